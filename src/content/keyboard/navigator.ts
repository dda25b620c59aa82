import { CURRENT_KEY, FLASH_KEY } from '../highlight/keys';
import type { Painter } from '../highlight/painter';
import { boundingRectOf } from '../text/range-geometry';
import type { MentionRecord, MentionStore } from '../scan/mention-store';

const FLASH_MS = 1_600;

/**
 * Moves through the page's mentions in document order (keyboard commands),
 * scrolls them into view and marks the current one with its own highlight.
 */
export class MentionNavigator {
  private current: MentionRecord | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: MentionStore,
    private readonly painter: Painter,
  ) {}

  get currentMention(): MentionRecord | null {
    return this.current?.range.startContainer.isConnected ? this.current : null;
  }

  next(step: 1 | -1): MentionRecord | null {
    const all = this.store.inDocumentOrder();
    if (all.length === 0) {
      return null;
    }
    const at = this.currentMention ? all.indexOf(this.currentMention) : -1;
    const index = at < 0 ? this.firstFromViewport(all, step) : (at + step + all.length) % all.length;
    const target = all[index] ?? null;
    if (target) {
      this.show(target);
    }
    return target;
  }

  /** Scrolls to the mention with this index and flashes it (side panel click). */
  reveal(index: number): boolean {
    const target = this.store.inDocumentOrder()[index];
    if (!target) {
      return false;
    }
    this.show(target);
    this.painter.add(FLASH_KEY, target.range);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.painter.remove(FLASH_KEY, target.range), FLASH_MS);
    return true;
  }

  private show(target: MentionRecord): void {
    if (this.current) {
      this.painter.remove(CURRENT_KEY, this.current.range);
    }
    this.current = target;
    this.painter.add(CURRENT_KEY, target.range);
    const element = target.range.startContainer.parentElement;
    element?.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  }

  /** The first mention at or below the top of the viewport (or above, going backwards). */
  private firstFromViewport(all: readonly MentionRecord[], step: 1 | -1): number {
    const tops = (mention: MentionRecord) => boundingRectOf(mention.range).top;
    if (step === 1) {
      const index = all.findIndex((mention) => tops(mention) >= 0);
      return index < 0 ? 0 : index;
    }
    const below = all.findIndex((mention) => tops(mention) > innerHeight);
    return below <= 0 ? all.length - 1 : below - 1;
  }
}
