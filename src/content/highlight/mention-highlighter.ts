import type { BlockKey, MentionRecord, MentionStore } from '../scan/mention-store';
import type { Painter } from './painter';
import { ViewportWindow } from './viewport-window';

const ELEMENT_NODE = 1;

/**
 * Keeps the painter in step with the store, registering only the mentions of
 * blocks near the viewport (see viewport-window.ts). Text directly under a
 * document or shadow root has no element to watch and is always painted.
 */
export class MentionHighlighter {
  private readonly window: ViewportWindow;

  constructor(
    private readonly painter: Painter,
    private readonly store: MentionStore,
    signal?: AbortSignal,
  ) {
    this.window = new ViewportWindow(
      (anchor) => this.paintAll(this.store.inBlock(anchor)),
      (anchor) => this.unpaintAll(this.store.inBlock(anchor)),
      signal,
    );
  }

  /** A block's mentions changed: `removed` left the store, `added` joined it. */
  update(element: BlockKey, added: readonly MentionRecord[], removed: readonly MentionRecord[]): void {
    if (added.length === 0 && removed.length === 0) {
      return; // a block without mentions, before and after: most of a page
    }
    this.unpaintAll(removed);
    if (element.nodeType !== ELEMENT_NODE) {
      this.paintAll(added);
      return;
    }
    const anchor = element as Element;
    if (!anchor.isConnected) {
      this.window.untrack(anchor);
      return;
    }
    if (added.length > 0) {
      for (let index = 0; index < added.length; index++) {
        this.painter.expect((added[index] as MentionRecord).key);
      }
      this.window.track(anchor);
      if (this.window.isShown(anchor)) {
        this.paintAll(added);
      }
    }
  }

  /** Every mention went away (the store was cleared). */
  clear(removed: readonly MentionRecord[]): void {
    this.unpaintAll(removed);
    this.window.clear();
  }

  private paintAll(mentions: readonly MentionRecord[]): void {
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index] as MentionRecord;
      if (!mention.painted) {
        mention.painted = true;
        this.painter.add(mention.key, mention.range);
      }
    }
  }

  private unpaintAll(mentions: readonly MentionRecord[]): void {
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index] as MentionRecord;
      if (mention.painted) {
        mention.painted = false;
        this.painter.remove(mention.key, mention.range);
      }
    }
  }
}
