import { render } from 'preact';
import { App } from './App';
import '../ui/panel.css';
import '../sidepanel/components/highlights/highlights.css';
import './library.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
