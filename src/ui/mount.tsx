import { render, type ComponentType } from 'preact';
import './theme.css';

/** Renders a page's root component into its #app element. */
export function mountApp(App: ComponentType): void {
  const root = document.getElementById('app');
  if (!root) {
    throw new Error('The page has no #app element.');
  }
  render(<App />, root);
}
