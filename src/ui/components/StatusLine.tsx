import type { AppError } from '../../shared/result';
import { ErrorAlert } from './ErrorAlert';

/** What a section shows while its data loads or when loading failed. */
export function StatusLine({ status, error }: { status: 'loading' | 'ok' | 'error'; error?: AppError }) {
  if (status === 'error' && error) {
    return <ErrorAlert error={error} />;
  }
  if (status === 'loading') {
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  }
  return null;
}
