import { useEffect, useState } from 'preact/hooks';

/**
 * A value shown at once when the user changes it, before the background's
 * broadcast brings the stored value back. Controlled inputs would otherwise
 * jump back to the old value for that round trip.
 */
export function useOptimistic<T>(stored: T): [T, (next: T) => void] {
  const [shown, setShown] = useState(stored);
  useEffect(() => setShown(stored), [stored]);
  return [shown, setShown];
}
