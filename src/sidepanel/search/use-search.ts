import { useEffect, useRef, useState } from 'preact/hooks';
import { askBackground } from '../../shared/messages/send';
import type { AppError } from '../../shared/result';
import type { SearchHit } from '../../shared/views/group-views';

/** Long enough to skip keystrokes in a word, short enough to feel instant. */
const DEBOUNCE_MS = 120;

export interface SearchState {
  /** The query these hits answer (may lag the input while typing). */
  query: string;
  hits: SearchHit[];
  pending: boolean;
  error: AppError | null;
}

/** Searches as the user types; only the answer to the latest query is ever shown. */
export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ query: '', hits: [], pending: false, error: null });
  const sequence = useRef(0);

  useEffect(() => {
    const ticket = ++sequence.current;
    const trimmed = query.trim();
    if (!trimmed) {
      setState({ query: '', hits: [], pending: false, error: null });
      return;
    }
    setState((previous) => ({ ...previous, pending: true }));
    const timer = setTimeout(() => {
      void askBackground({ type: 'ui/search', query: trimmed.slice(0, 2_000) }).then((answer) => {
        if (ticket !== sequence.current) {
          return;
        }
        setState(
          answer.ok
            ? { query: trimmed, hits: answer.value, pending: false, error: null }
            : { query: trimmed, hits: [], pending: false, error: answer.error },
        );
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  return state;
}
