/**
 * Content script entry: runs in every frame (about:blank ones included).
 * A second injection into the same frame (extension reload) finds the
 * marker and does nothing.
 */
import { ContentApp } from './content-app';
import { yieldToPage } from './scan/time-slice';

const MARKER = Symbol.for('nk-threat-lens.content');
const scope = globalThis as unknown as Record<symbol, unknown>;

if (!scope[MARKER] && document.documentElement instanceof HTMLElement) {
  const controller = new AbortController();
  scope[MARKER] = controller;
  // The app is built in a task of its own, after the one that evaluated this
  // bundle: together they made the longest of the boot's tasks.
  void yieldToPage().then(() => new ContentApp(controller.signal).start());
}
