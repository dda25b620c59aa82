/**
 * Errors cross extension contexts as values: an Error object does not survive
 * structured cloning through runtime messaging, and a throw in a listener is
 * silently lost. Every cross-context answer is a Result.
 */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export interface AppError {
  /** Stable machine-readable code, e.g. "bad-message", "unknown-type", "import-too-large". */
  code: string;
  /** A sentence a user can read. */
  message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = (code: string, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
