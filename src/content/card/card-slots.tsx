import { render } from 'preact';
import type { GroupCard } from '../../shared/views/group-views';
import type { WatchTerm } from '../../shared/watch/types';
import { Card, type CardActions } from './Card';
import { pageScheme } from './page-scheme';

/** The class of a slot whose card is not showing: laid out, unseen. */
export const CLOSED_CLASS = 'closed';

/** Slot key of the card for custom terms (no group). */
export const CUSTOM_SLOT = '';

export interface Size {
  width: number;
  height: number;
}

/** Where one group's card lives in the mount. */
export interface Slot {
  element: HTMLElement;
  titleId: string;
  /** The card's natural size at its last layout; null until it has had one. */
  size: Size | null;
  /** The reader scrolled inside the card: scroll it back to the top when it next opens. */
  scrolled: boolean;
}

/** A card to build ahead of a hover: a group's (with one of its terms), or, with no group, the custom terms' card. */
export interface PreparedCard {
  card: GroupCard | null;
  term: WatchTerm;
}

/** Each group's card has its own slot; every custom term shares one. */
export function slotKeyOf(card: GroupCard | null): string {
  return card ? card.group.id : CUSTOM_SLOT;
}

/** What a card shows: its group (null for a custom term), the term and the text that matched. */
export interface CardContent {
  card: GroupCard | null;
  term: WatchTerm;
  matchedText: string;
  close: () => void;
}

/**
 * One card per group, each in its own slot in the mount, built once and then
 * kept (see CardController for why). `prepare` builds the cards of the given
 * groups ahead of a hover, one per idle period, and measures each in a later
 * idle period, once a frame has laid it out, so opening it needs no layout.
 */
export class CardSlots {
  private readonly slots = new Map<string, Slot>();
  /** Cards waiting for idle time to be built, by slot key. */
  private readonly queued = new Map<string, PreparedCard>();
  private idleCallback = 0;

  constructor(
    /** Where slots go: read on first use, which builds the UI host (see ui-host.ts). */
    private readonly mount: () => HTMLElement,
    private readonly actions: () => Omit<CardActions, 'close'>,
    /** The slot showing now: not measured in idle time (its size comes from the ResizeObserver). */
    private readonly showing: () => Slot | null,
  ) {}

  /** Whether the card of this slot key (a group id, or CUSTOM_SLOT) is built or queued to be. */
  has(key: string): boolean {
    return this.slots.has(key) || this.queued.has(key);
  }

  slotFor(key: string): Slot {
    const known = this.slots.get(key);
    if (known) {
      return known;
    }
    const element = document.createElement('div');
    element.className = `slot ${CLOSED_CLASS}`;
    this.mount().append(element);
    // Every slot's card stays in the root: its heading needs an id of its own.
    const slot: Slot = {
      element,
      titleId: `nktl-card-title-${this.slots.size}`,
      size: null,
      scrolled: false,
    };
    // Scroll events do not bubble, but the slot sees its card's in the capture phase.
    element.addEventListener('scroll', () => (slot.scrolled = true), { capture: true, passive: true });
    this.slots.set(key, slot);
    return slot;
  }

  /** The slot whose card is this element. */
  slotOf(card: Element): Slot | undefined {
    return [...this.slots.values()].find((slot) => cardOf(slot) === card);
  }

  render(slot: Slot, content: CardContent): void {
    render(
      <Card
        card={content.card}
        term={content.term}
        matchedText={content.matchedText}
        scheme={pageScheme(document)}
        titleId={slot.titleId}
        actions={{ ...this.actions(), close: content.close }}
      />,
      slot.element,
    );
  }

  prepare(cards: readonly PreparedCard[]): void {
    for (const entry of cards) {
      const key = slotKeyOf(entry.card);
      if (!this.slots.has(key)) {
        this.queued.set(key, entry);
      }
    }
    this.buildNextWhenIdle();
  }

  clear(): void {
    cancelIdleCallback(this.idleCallback);
    this.queued.clear();
    for (const slot of this.slots.values()) {
      render(null, slot.element);
    }
  }

  /**
   * One step per idle period: first read the size of the cards built in
   * earlier steps (laid out by the frames since, so reading is free), then
   * build the next card, leaving its layout to the next frame (reading its
   * size at once would force that layout into our task).
   */
  private buildNextWhenIdle(): void {
    if (this.idleCallback || (this.queued.size === 0 && this.unmeasured().length === 0)) {
      return;
    }
    this.idleCallback = requestIdleCallback(() => {
      this.idleCallback = 0;
      for (const slot of this.unmeasured()) {
        const box = (cardOf(slot) as HTMLElement).getBoundingClientRect();
        slot.size = { width: box.width, height: box.height };
      }
      const [key, entry] = this.queued.entries().next().value ?? [];
      if (key !== undefined && entry) {
        this.queued.delete(key);
        if (!this.slots.has(key)) {
          this.render(this.slotFor(key), {
            card: entry.card,
            term: entry.term,
            matchedText: entry.term.text,
            close: () => undefined,
          });
        }
      }
      this.buildNextWhenIdle();
    });
  }

  private unmeasured(): Slot[] {
    const showing = this.showing();
    return [...this.slots.values()].filter(
      (slot) => slot.size === null && slot !== showing && cardOf(slot) !== null,
    );
  }
}

export function cardOf(slot: Slot): HTMLElement | null {
  return slot.element.firstElementChild as HTMLElement | null;
}
