/**
 * Content script entry: runs in every frame (about:blank ones included).
 * A second injection into the same frame (extension reload) finds the
 * marker and does nothing.
 */
import { ContentApp } from './content-app';

const MARKER = Symbol.for('nk-threat-lens.content');
const scope = globalThis as unknown as Record<symbol, unknown>;

if (!scope[MARKER] && document.documentElement instanceof HTMLElement) {
  const controller = new AbortController();
  scope[MARKER] = controller;
  void new ContentApp(controller.signal).start();
}
