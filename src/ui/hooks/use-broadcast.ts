import { useEffect, useRef } from 'preact/hooks';
import type { BackgroundToUi } from '../../shared/messages/background-to-ui';
import { listenForBroadcasts } from '../broadcasts';

/** Calls the latest `onBroadcast` for each background broadcast while the component is mounted. */
export function useBroadcast(onBroadcast: (message: BackgroundToUi) => void): void {
  const latest = useRef(onBroadcast);
  latest.current = onBroadcast;
  useEffect(() => listenForBroadcasts((message) => latest.current(message)), []);
}
