import type { CardController } from '../card/card-controller';
import type { UiHost } from '../card/ui-host';
import type { MentionStore } from '../scan/mention-store';
import { mentionAt } from './hit-test';

/** Grace period for moving the pointer from the mention onto the card. */
const CLOSE_DELAY_MS = 300;

/** At most one hit-test per this many milliseconds; later moves wait for the next frame. */
const MIN_CHECK_INTERVAL_MS = 16;

/**
 * Watches the pointer with one passive listener on the document (no
 * listeners on page elements). The first move after a pause is hit-tested at
 * once, so a card opens in the same frame; a burst of moves is thinned to
 * one hit-test per frame, with the last move always checked.
 */
export function trackHover(
  store: MentionStore,
  card: CardController,
  ui: UiHost,
  shadowRoots: () => ShadowRoot[],
  enabled: () => boolean,
  signal: AbortSignal,
): void {
  let frame = 0;
  let lastCheck = -Infinity;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let last: PointerEvent | null = null;
  /** What the last move hit, inside open shadow roots too (composedPath is empty once dispatch ends). */
  let lastTarget: Node | null = null;

  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = () => {
    closeTimer ??= setTimeout(() => {
      closeTimer = undefined;
      card.close();
    }, CLOSE_DELAY_MS);
  };

  const check = () => {
    frame = 0;
    lastCheck = performance.now();
    const event = last;
    if (!event || !enabled()) {
      return;
    }
    if (ui.contains(event.target as Node)) {
      cancelClose();
      return;
    }
    const hit = mentionAt(store, { x: event.clientX, y: event.clientY, target: lastTarget }, shadowRoots());
    if (!hit) {
      if (card.openMention) {
        scheduleClose();
      }
      return;
    }
    cancelClose();
    if (card.openMention !== hit.mention) {
      card.open(hit.mention, hit.rect, { focus: false });
    }
  };

  document.addEventListener(
    'pointermove',
    (event) => {
      last = event;
      lastTarget = (event.composedPath()[0] as Node | undefined) ?? null;
      if (frame) {
        return;
      }
      if (performance.now() - lastCheck >= MIN_CHECK_INTERVAL_MS) {
        check();
      } else {
        frame = requestAnimationFrame(check);
      }
    },
    { capture: true, passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    cancelClose();
  });
}
