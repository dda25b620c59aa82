import type { GroupCard } from '../../shared/views/group-views';
import { mark } from '../perf-marks';
import type { MentionRecord } from '../scan/mention-store';
import type { CardActions } from './Card';
import {
  cardOf,
  CardSlots,
  CLOSED_CLASS,
  slotKeyOf,
  type PreparedCard,
  type Size,
  type Slot,
} from './card-slots';
import { placeCard } from './position';
import type { UiHost } from './ui-host';

export interface CardDeps {
  cards(): Record<string, GroupCard>;
  actions(): Omit<CardActions, 'close'>;
}

/**
 * Opens, places and closes the hover card. Rendering is synchronous (Preact),
 * so the card is in place within the frame that asked for it.
 *
 * Each group's card is built once and kept (card-slots.tsx): closing hides
 * it (visibility, via CLOSED_CLASS) and opening diffs the mention's details
 * into it. Why not one card re-rendered for each group: inserting a card
 * made Chromium lay out the whole document, however our host was contained,
 * and swapping one group's lists for another's removed and inserted dozens
 * of nodes; on a 5 MB article that took 10-30 ms inside the hover. A card
 * that is already laid out only changes a line of text and its position. A
 * hidden card takes no pointer events, no focus and no place in the
 * accessibility tree.
 */
export class CardController {
  private current: MentionRecord | null = null;
  private returnFocus: Element | null = null;
  private shown: Slot | null = null;
  /** The open card's mention box, to place the card again if its size changes. */
  private anchor: DOMRect | null = null;
  private readonly slots: CardSlots;
  private readonly resizes = new ResizeObserver((entries) => this.onResize(entries));

  constructor(
    private readonly ui: UiHost,
    private readonly deps: CardDeps,
    signal: AbortSignal,
  ) {
    this.slots = new CardSlots(
      () => ui.mount,
      () => deps.actions(),
      () => this.shown,
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.current) {
          event.stopPropagation();
          this.close();
        }
      },
      { capture: true, signal },
    );
    signal.addEventListener('abort', () => {
      this.resizes.disconnect();
      this.slots.clear();
    });
  }

  get openMention(): MentionRecord | null {
    return this.current;
  }

  /** Whether the card of this slot key (a group id, or CUSTOM_SLOT) is built or queued to be. */
  has(key: string): boolean {
    return this.slots.has(key);
  }

  /** Builds these cards ahead of a hover, in idle time (see CardSlots). */
  prepare(cards: readonly PreparedCard[]): void {
    this.slots.prepare(cards);
  }

  open(mention: MentionRecord, anchor: DOMRect, options: { focus: boolean }): void {
    if (options.focus) {
      this.returnFocus = document.activeElement;
    }
    this.current = mention;
    const groupId = mention.term.groupIds[0];
    const card = groupId ? (this.deps.cards()[groupId] ?? null) : null;
    const slot = this.slots.slotFor(slotKeyOf(card));
    const matchedText = mention.block.text.slice(mention.start, mention.end).replace(/\s+/g, ' ');
    this.slots.render(slot, { card, term: mention.term, matchedText, close: () => this.close() });
    const element = cardOf(slot);
    if (!element) {
      return;
    }
    this.anchor = anchor;
    // The size from the card's last layout: measuring now would force a
    // layout inside the pointer event, and the first layout after a scroll
    // also makes Chromium look for a new scroll anchor across the page (up
    // to 16 ms on a 5 MB article). The frame lays out the changed text, and
    // if that changes the card's size, onResize places it again before paint.
    place(element, anchor, slot.size ?? element.getBoundingClientRect());
    if (slot.scrolled) {
      slot.scrolled = false;
      element.scrollTop = 0;
    }
    if (this.shown !== slot) {
      this.hideShown();
      this.shown = slot;
      // Watched only while open: a ResizeObserver's callback runs inside the
      // page's rendering frame, which is no place for us otherwise.
      this.resizes.observe(element);
    }
    slot.element.classList.remove(CLOSED_CLASS);
    mark('nktl:card-open');
    if (options.focus) {
      element.querySelector<HTMLElement>('button, a')?.focus();
    }
  }

  close(): void {
    if (!this.current) {
      return;
    }
    this.current = null;
    // A hidden element keeps focus until the next style update; let it go now.
    const focused = this.ui.root.activeElement;
    if (focused instanceof HTMLElement) {
      focused.blur();
    }
    this.hideShown();
    this.shown = null;
    this.anchor = null;
    if (this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected) {
      this.returnFocus.focus();
    }
    this.returnFocus = null;
  }

  private hideShown(): void {
    const element = this.shown && cardOf(this.shown);
    if (this.shown && element) {
      this.resizes.unobserve(element);
      this.shown.element.classList.add(CLOSED_CLASS);
    }
  }

  /** After a layout that resized the open card: keep its natural size, and place it again. */
  private onResize(entries: ResizeObserverEntry[]): void {
    for (const entry of entries) {
      const slot = this.slots.slotOf(entry.target);
      const box = entry.borderBoxSize[0];
      // A card shortened to fit (max-height) is not at its natural size.
      if (!slot || !box || (entry.target as HTMLElement).style.maxHeight) {
        continue;
      }
      const size = { width: box.inlineSize, height: box.blockSize };
      const changed = slot.size?.width !== size.width || slot.size.height !== size.height;
      slot.size = size;
      if (changed && this.shown === slot && this.anchor && this.current) {
        place(entry.target as HTMLElement, this.anchor, size);
      }
    }
  }
}

/**
 * Moves the card beside its mention with `translate`, which the compositor
 * applies without a layout (left/top would lay the card out again).
 */
function place(card: HTMLElement, anchor: DOMRect, size: Size): void {
  const placement = placeCard(anchor, size, { width: innerWidth, height: innerHeight });
  // Whole pixels: text moved by a fraction of a pixel renders blurred.
  card.style.translate = `${Math.round(placement.left)}px ${Math.round(placement.top)}px`;
  const maxHeight = placement.maxHeight === null ? '' : `${placement.maxHeight}px`;
  if (card.style.maxHeight !== maxHeight) {
    card.style.maxHeight = maxHeight;
  }
}
