import { useCallback, useState } from 'preact/hooks';
import type { UiResponses } from '../../shared/messages/responses';
import { askBackground } from '../../shared/messages/send';
import type { UiRequest } from '../../shared/messages/ui-to-background';
import type { AppError } from '../../shared/result';

/**
 * Sends one request on a user's action and tracks whether it is under way and
 * how it failed, for a button and its error region.
 */
export function useAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const run = useCallback(
    async <R extends UiRequest>(request: R): Promise<UiResponses[R['type']] | undefined> => {
      setPending(true);
      setError(null);
      const answer = await askBackground(request);
      setPending(false);
      if (!answer.ok) {
        setError(answer.error);
        return undefined;
      }
      return answer.value;
    },
    [],
  );

  return { run, pending, error, setError };
}
