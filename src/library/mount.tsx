/** Renders the library into the page, handing it the first screen's query (already in flight). */
import { render } from 'preact';
import { App } from './App';
import type { FirstQuery } from './first-query';
import '../ui/panel.css';
import '../sidepanel/components/highlights/highlights.css';
import './library.css';

export function mount(first: FirstQuery): void {
  const root = document.getElementById('app');
  if (root) render(<App first={first} />, root);
}
