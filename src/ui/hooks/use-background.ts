import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { UiResponses } from '../../shared/messages/responses';
import { askBackground } from '../../shared/messages/send';
import type { UiRequest } from '../../shared/messages/ui-to-background';
import type { AppError } from '../../shared/result';

export type Loadable<T> =
  | { status: 'loading'; value: T | null }
  | { status: 'ok'; value: T }
  | { status: 'error'; value: T | null; error: AppError };

/**
 * Asks the background and tracks the answer. Pass null to ask nothing yet.
 * The request is re-sent when `key` changes or on `reload()`; an answer that
 * arrives after a newer request was sent is dropped, and the previous value
 * stays on screen while a reload is under way so lists do not flash empty.
 */
export function useBackground<R extends UiRequest>(
  request: R | null,
  key: string,
): Loadable<UiResponses[R['type']]> & { reload: () => void } {
  type T = UiResponses[R['type']];
  const [state, setState] = useState<Loadable<T>>({ status: 'loading', value: null });
  const [round, setRound] = useState(0);
  const latestRequest = useRef(request);
  latestRequest.current = request;
  const sequence = useRef(0);

  useEffect(() => {
    const current = latestRequest.current;
    if (!current) {
      return;
    }
    const ticket = ++sequence.current;
    setState((previous) => ({ status: 'loading', value: previous.value }));
    void askBackground(current).then((answer) => {
      if (ticket !== sequence.current) {
        return;
      }
      setState((previous) =>
        answer.ok
          ? { status: 'ok', value: answer.value as T }
          : { status: 'error', value: previous.value, error: answer.error },
      );
    });
  }, [key, round, request === null]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
