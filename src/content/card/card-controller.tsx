import { render } from 'preact';
import type { GroupCard } from '../../shared/views/group-views';
import type { WatchTerm } from '../../shared/watch/types';
import type { MentionRecord } from '../scan/mention-store';
import { mark } from '../perf-marks';
import { Card, type CardActions } from './Card';
import { pageScheme } from './page-scheme';
import { placeCard } from './position';
import type { UiHost } from './ui-host';

export interface CardDeps {
  cards(): Record<string, GroupCard>;
  actions(): Omit<CardActions, 'close'>;
}

/** The class of a slot whose card is not showing: laid out, unseen. */
export const CLOSED_CLASS = 'closed';

/** Where one group's card lives in the mount. */
interface Slot {
  element: HTMLElement;
  titleId: string;
  /** The card's natural size at its last layout (see onResize); null until it has had one. */
  size: { width: number; height: number } | null;
  /** The reader scrolled inside the card: scroll it back to the top when it next opens. */
  scrolled: boolean;
}

/** Slot key of the card for custom terms (no group). */
const CUSTOM_SLOT = '';

/**
 * Opens, places and closes the hover card. Rendering is synchronous (Preact),
 * so the card is in place within the frame that asked for it.
 *
 * Each group's card has its own slot in the mount, built once and then kept:
 * closing hides it (visibility, via CLOSED_CLASS) and opening diffs the
 * mention's details into it. Why not one card re-rendered for each group:
 * inserting a card made Chromium lay out the whole document, however our
 * host was contained, and swapping one group's lists for another's removed
 * and inserted dozens of nodes; on a 5 MB article that took 10-30 ms inside
 * the hover. A card that is already laid out only changes a line of text and
 * its position. `prepare` builds the slots of the groups on the page ahead
 * of the first hover, in idle time. A hidden card takes no pointer events,
 * no focus and no place in the accessibility tree.
 */
export class CardController {
  private current: MentionRecord | null = null;
  private returnFocus: Element | null = null;
  private readonly slots = new Map<string, Slot>();
  private shown: Slot | null = null;
  /** The open card's mention box, to place the card again if its size changes. */
  private anchor: DOMRect | null = null;
  private readonly resizes = new ResizeObserver((entries) => this.onResize(entries));
  /** Card elements already given a scroll listener. */
  private readonly watched = new WeakSet<Element>();
  /** Cards waiting for idle time to be built, by slot key. */
  private readonly queued = new Map<string, { card: GroupCard; term: WatchTerm }>();
  private idleCallback = 0;

  constructor(
    private readonly ui: UiHost,
    private readonly deps: CardDeps,
    signal: AbortSignal,
  ) {
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
      cancelIdleCallback(this.idleCallback);
      this.queued.clear();
      for (const slot of this.slots.values()) {
        render(null, slot.element);
      }
    });
  }

  get openMention(): MentionRecord | null {
    return this.current;
  }

  open(mention: MentionRecord, anchor: DOMRect, options: { focus: boolean }): void {
    if (options.focus) {
      this.returnFocus = document.activeElement;
    }
    this.current = mention;
    const groupId = mention.term.groupIds[0];
    const card = groupId ? (this.deps.cards()[groupId] ?? null) : null;
    const slot = this.slotFor(card ? card.group.id : CUSTOM_SLOT);
    const matchedText = mention.block.text.slice(mention.start, mention.end).replace(/\s+/g, ' ');
    this.renderInto(slot, card, mention.term, matchedText, () => this.close());
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

  /** Whether this group's card is built (or queued to be). */
  has(groupId: string): boolean {
    return this.slots.has(groupId) || this.queued.has(groupId);
  }

  /**
   * Builds, out of sight, the cards of these groups that have none yet, one
   * per idle period, and leaves each for the browser's next frame to lay
   * out (reading its size here would force that layout into our task).
   */
  prepare(cards: readonly { card: GroupCard; term: WatchTerm }[]): void {
    for (const entry of cards) {
      if (!this.slots.has(entry.card.group.id)) {
        this.queued.set(entry.card.group.id, entry);
      }
    }
    this.buildNextWhenIdle();
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

  /**
   * One step per idle period: first read the size of the cards built in
   * earlier steps (laid out by the frames since, so reading is free), then
   * build the next card, leaving its layout to the next frame.
   */
  private buildNextWhenIdle(): void {
    if (this.idleCallback) {
      return;
    }
    const unmeasured = [...this.slots.values()].some(
      (slot) => slot.size === null && slot !== this.shown && cardOf(slot),
    );
    if (this.queued.size === 0 && !unmeasured) {
      return;
    }
    this.idleCallback = requestIdleCallback(() => {
      this.idleCallback = 0;
      for (const slot of this.slots.values()) {
        const element = cardOf(slot);
        if (slot.size === null && element && slot !== this.shown) {
          const box = element.getBoundingClientRect();
          slot.size = { width: box.width, height: box.height };
        }
      }
      const [key, entry] = this.queued.entries().next().value ?? [];
      if (key !== undefined && entry) {
        this.queued.delete(key);
        if (!this.slots.has(key)) {
          this.renderInto(this.slotFor(key), entry.card, entry.term, entry.term.text, () => undefined);
        }
      }
      this.buildNextWhenIdle();
    });
  }

  private slotFor(key: string): Slot {
    let slot = this.slots.get(key);
    if (!slot) {
      const element = document.createElement('div');
      element.className = `slot ${CLOSED_CLASS}`;
      this.ui.mount.append(element);
      // Every slot's card stays in the root: its heading needs an id of its own.
      slot = { element, titleId: `nktl-card-title-${this.slots.size}`, size: null, scrolled: false };
      this.slots.set(key, slot);
    }
    return slot;
  }

  /** After a layout that resized the open card: keep its natural size, and place it again. */
  private onResize(entries: ResizeObserverEntry[]): void {
    for (const entry of entries) {
      const slot = [...this.slots.values()].find((candidate) => cardOf(candidate) === entry.target);
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

  private renderInto(
    slot: Slot,
    card: GroupCard | null,
    term: WatchTerm,
    matchedText: string,
    close: () => void,
  ): void {
    render(
      <Card
        card={card}
        term={term}
        matchedText={matchedText}
        scheme={pageScheme(document)}
        titleId={slot.titleId}
        actions={{ ...this.deps.actions(), close }}
      />,
      slot.element,
    );
    const element = cardOf(slot);
    if (element && !this.watched.has(element)) {
      this.watched.add(element);
      element.addEventListener('scroll', () => (slot.scrolled = true), { passive: true });
    }
  }
}

function cardOf(slot: Slot): HTMLElement | null {
  return slot.element.firstElementChild as HTMLElement | null;
}

/**
 * Moves the card beside its mention with `translate`, which the compositor
 * applies without a layout (left/top would lay the card out again).
 */
function place(card: HTMLElement, anchor: DOMRect, size: { width: number; height: number }): void {
  const placement = placeCard(anchor, size, { width: innerWidth, height: innerHeight });
  // Whole pixels: text moved by a fraction of a pixel renders blurred.
  card.style.translate = `${Math.round(placement.left)}px ${Math.round(placement.top)}px`;
  const maxHeight = placement.maxHeight === null ? '' : `${placement.maxHeight}px`;
  if (card.style.maxHeight !== maxHeight) {
    card.style.maxHeight = maxHeight;
  }
}
