import type { BackgroundRuntime } from '../runtime';

/** What every handler gets: the runtime and who asked. */
export interface HandlerContext {
  runtime: BackgroundRuntime;
  tabId: number | undefined;
  frameId: number | undefined;
  now: () => Date;
}

/** A handler failure with a stable code; dispatch turns it into an error value. */
export function fail(code: string, message: string): never {
  throw Object.assign(new Error(message), { code });
}
