import type { AppError } from '../../shared/result';

/**
 * A live region for errors. It stays in the DOM even when empty so screen
 * readers announce a message as soon as it appears.
 */
export function ErrorAlert({ error, id }: { error: AppError | string | null; id?: string }) {
  const message = typeof error === 'string' ? error : error?.message;
  return (
    <div role="alert" class="alert" id={id}>
      {message ?? ''}
    </div>
  );
}
