import { render } from 'preact';
import { App } from './App';
import { startFirstQuery } from './first-query';
import '../ui/panel.css';
import '../sidepanel/components/highlights/highlights.css';
import './library.css';

const root = document.getElementById('app');
// Asked before rendering: the background works on it while the page builds.
if (root) render(<App first={startFirstQuery()} />, root);
