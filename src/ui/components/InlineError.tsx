import type { AppError } from '../../shared/result';

/** A failed row action's message, next to the control that caused it; nothing when all is well. */
export function InlineError({ error }: { error: AppError | null }) {
  return error ? (
    <span role="alert" class="inline-error">
      {error.message}
    </span>
  ) : null;
}
