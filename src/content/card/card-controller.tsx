import { render } from 'preact';
import type { GroupCard } from '../../shared/views/group-views';
import type { WatchTerm } from '../../shared/watch/types';
import type { MentionRecord } from '../scan/mention-store';
import { Card, type CardActions } from './Card';
import { pageScheme } from './page-scheme';
import { placeCard } from './position';
import type { UiHost } from './ui-host';
import { mark } from '../perf-marks';

export interface CardDeps {
  cards(): Record<string, GroupCard>;
  actions(): Omit<CardActions, 'close'>;
}

/**
 * Opens, places and closes the hover card. Rendering is synchronous (Preact's
 * first render), so the card is in place within the frame that asked for it.
 */
export class CardController {
  private current: MentionRecord | null = null;
  private returnFocus: Element | null = null;
  /** A warm-up card is mounted, hidden, until the browser's next frame has laid it out. */
  private warming = false;

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
    signal.addEventListener('abort', () => render(null, this.ui.mount));
  }

  get openMention(): MentionRecord | null {
    return this.current;
  }

  open(mention: MentionRecord, anchor: DOMRect, options: { focus: boolean }): void {
    if (options.focus) {
      this.returnFocus = document.activeElement;
    }
    this.current = mention;
    if (this.warming) {
      this.warming = false;
      this.ui.mount.style.visibility = '';
    }
    const groupId = mention.term.groupIds[0];
    const matchedText = mention.block.text.slice(mention.start, mention.end).replace(/\s+/g, ' ');
    render(
      <Card
        card={groupId ? (this.deps.cards()[groupId] ?? null) : null}
        term={mention.term}
        matchedText={matchedText}
        scheme={pageScheme(document)}
        actions={{ ...this.deps.actions(), close: () => this.close() }}
      />,
      this.ui.mount,
    );
    const card = this.ui.mount.firstElementChild as HTMLElement | null;
    if (!card) {
      return;
    }
    const size = card.getBoundingClientRect();
    const place = placeCard(anchor, size, { width: innerWidth, height: innerHeight });
    card.style.left = `${place.left}px`;
    card.style.top = `${place.top}px`;
    card.style.maxHeight = place.maxHeight === null ? '' : `${place.maxHeight}px`;
    mark('nktl:card-open');
    if (options.focus) {
      card.querySelector<HTMLElement>('button, a')?.focus();
    }
  }

  /**
   * Renders a card once, out of sight, and takes it down again after the
   * browser's next frame: the first real hover then finds Preact's code and
   * the card's styles and layout warm. Cold, the first card on a page took
   * ~60 ms; warm ones take a few. The card is left for the frame to lay out,
   * not measured here: reading its size forced a layout of the whole page in
   * this task (12 ms on a 5 MB article).
   */
  warmUp(card: GroupCard, term: WatchTerm): void {
    if (this.current || this.warming) {
      return;
    }
    const mount = this.ui.mount;
    mount.style.visibility = 'hidden';
    render(
      <Card
        card={card}
        term={term}
        matchedText={term.text}
        scheme={pageScheme(document)}
        actions={{ ...this.deps.actions(), close: () => undefined }}
      />,
      mount,
    );
    this.warming = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        // A hover may have opened a real card meanwhile: that one stays.
        if (this.warming && !this.current) {
          render(null, mount);
          mount.style.visibility = '';
        }
        this.warming = false;
      }),
    );
  }

  close(): void {
    if (!this.current) {
      return;
    }
    this.current = null;
    render(null, this.ui.mount);
    if (this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected) {
      this.returnFocus.focus();
    }
    this.returnFocus = null;
  }
}
