import browser from 'webextension-polyfill';
import { compileMatcherInSlices } from '../shared/matcher';
import { askBackgroundFromContent } from '../shared/messages/send';
import { isPageEnabled } from '../shared/site-rules';
import type { PageBootstrap } from '../shared/bootstrap-cache';
import { keyRepresentatives } from '../shared/watch/key-representatives';
import { allTerms, termsAt } from '../shared/watch/term-list';
import type { WatchTerm } from '../shared/watch/types';
import { listenToBackground } from './bg-receiver';
import { cachedBootstrap, freshBootstrap } from './boot/load-bootstrap';
import { CARD_CSS } from './card/card-css';
import { CardController } from './card/card-controller';
import { CUSTOM_SLOT, type PreparedCard } from './card/card-slots';
import { createUiHost, type UiHost } from './card/ui-host';
import { OverlayPainter } from './highlight/overlay-painter';
import { MentionHighlighter } from './highlight/mention-highlighter';
import { CssHighlightPainter, supportsCssHighlights, type Painter } from './highlight/painter';
import { groupHighlightKey, highlightKeyFor } from './highlight/keys';
import { highlightRules } from './highlight/styles';
import { trackHover } from './hover/hover-tracker';
import { MentionNavigator } from './keyboard/navigator';
import { observeRoot, type RootChanges } from './observe/root-observer';
import { listPageMentions } from './page-mentions';
import { MentionStore } from './scan/mention-store';
import { Scanner } from './scan/scanner';
import { yieldToPage } from './scan/time-slice';
import { collectBlocksFor } from './text';
import { boundingRectOf } from './text/range-geometry';

/**
 * The badge follows a change within REPORT_DELAY_MS; a page that keeps
 * changing gets one report per REPORT_INTERVAL_MS, in step with its rescans
 * (see MIN_RESCAN_INTERVAL_MS): each report is a message to the background
 * that cost the page ~0.5 ms or more of its main thread.
 */
const REPORT_DELAY_MS = 50;
const REPORT_INTERVAL_MS = 1_000;
const START_IDLE_TIMEOUT_MS = 1_000;
/** Long enough for the viewport window to register the mentions a scroll brought near. */
const PREPARE_CARDS_AFTER_SCROLL_MS = 250;

function whenIdle(timeout: number): Promise<void> {
  // Both browsers the extension is built for have requestIdleCallback (card-slots.tsx relies on it too).
  return new Promise((resume) => requestIdleCallback(() => resume(), { timeout }));
}

/**
 * Everything the extension does inside one frame. Aborting the signal it is
 * given tears it all down: listeners, observers, highlights, the card host.
 */
export class ContentApp {
  private bootstrap: PageBootstrap | null = null;
  /** One term per highlight key (keyRepresentatives): a few, however long the list (the others stay packed). */
  private keyTerms: WatchTerm[] = [];
  private watchRevision = '';
  /** Counts matcher compiles started, so a slower, older one never lands after a newer one. */
  private compiles = 0;
  private active = false;
  /** A pointer has moved over the page: from then on, hover cards are built ahead (see prepareCards). */
  private pointerSeen = false;
  private generation = new AbortController();
  private readonly store = new MentionStore();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly ui: UiHost;
  private readonly painter: Painter;
  private readonly scanner: Scanner;
  private readonly card: CardController;
  private readonly navigator: MentionNavigator;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private lastReport = -Infinity;
  private lastUrl = location.href;

  constructor(private readonly signal: AbortSignal) {
    this.ui = createUiHost(CARD_CSS, signal);
    this.painter = supportsCssHighlights()
      ? new CssHighlightPainter(document)
      : new OverlayPainter(this.ui.root, signal);
    this.scanner = new Scanner({
      highlighter: new MentionHighlighter(this.painter, this.store, signal),
      store: this.store,
      skip: (element) => this.ui.contains(element),
      onShadowRoot: (root, signal) => this.watchRoot(root, signal),
      onChanged: () => this.scheduleReport(),
    });
    this.card = new CardController(
      this.ui,
      {
        cards: () => this.bootstrap?.cards ?? {},
        actions: () => ({
          openSidePanel: (groupId) =>
            void askBackgroundFromContent({ type: 'content/open-side-panel', groupId }),
          unwatch: (termId) => {
            this.card.close();
            void askBackgroundFromContent({ type: 'content/unwatch-term', termId });
          },
          disableSite: () => {
            this.card.close();
            void askBackgroundFromContent({ type: 'content/disable-site', url: location.href });
          },
        }),
      },
      signal,
    );
    this.navigator = new MentionNavigator(this.store, this.painter);
    trackHover(
      this.store,
      this.card,
      this.ui,
      () => [...this.shadowRoots],
      () => this.active && (this.bootstrap?.settings.hoverCard ?? true),
      signal,
    );
    listenToBackground((message) => this.onBackgroundMessage(message), signal);
    // Cards are built once a pointer moves over the page (a reader who never
    // points never hovers) and again after each scroll, for the groups then
    // near the viewport.
    addEventListener(
      'pointermove',
      () => {
        this.pointerSeen = true;
        this.prepareCards();
      },
      { once: true, passive: true, capture: true, signal },
    );
    let scrollTimer: ReturnType<typeof setTimeout> | undefined;
    addEventListener(
      'scroll',
      () => {
        clearTimeout(scrollTimer);
        scrollTimer = setTimeout(() => this.prepareCards(), PREPARE_CARDS_AFTER_SCROLL_MS);
      },
      { passive: true, capture: true, signal },
    );
    signal.addEventListener('abort', () => {
      this.generation.abort();
      this.painter.clear();
    });
  }

  /** Cached state first (no wait on a sleeping service worker), then the background's current state. */
  async start(): Promise<void> {
    const cached = await cachedBootstrap();
    // Let the page finish its own first layout and paint before we compete
    // for the thread (at most a second: a page that is never idle still gets scanned).
    await whenIdle(START_IDLE_TIMEOUT_MS);
    if (cached) {
      void this.apply(cached);
    }
    const fresh = await freshBootstrap(cached);
    if (fresh && fresh.revision !== cached?.revision) {
      void this.apply(fresh);
    }
  }

  private async apply(bootstrap: PageBootstrap): Promise<void> {
    this.bootstrap = bootstrap;
    const enabled = isPageEnabled(location.href, bootstrap.siteRules, bootstrap.settings.enabled);
    if (!enabled) {
      this.deactivate();
      return;
    }
    const watchChanged = bootstrap.watchList.revision !== this.watchRevision || !this.active;
    const { terms, patterns, startFinders, phraseNames, keyTerms, patternsBuiltBy } = bootstrap.watchList;
    // What the background precomputed is used only if this version built it.
    const ours = patternsBuiltBy === browser.runtime.getManifest().version;
    // Without the background's (a cache left by another version, until the background rewrites it),
    // every term is made an object here to find them: once, and rarely.
    const representatives = ours && Array.isArray(keyTerms) ? keyTerms : keyRepresentatives(allTerms(terms));
    this.keyTerms = termsAt(terms, representatives);
    this.painter.setRules(highlightRules(terms, bootstrap.settings.highlightStyle, representatives));
    if (!watchChanged) {
      return;
    }
    this.watchRevision = bootstrap.watchList.revision;
    this.active = true;
    const compiling = ++this.compiles;
    /** A newer watch list came, or the page was switched off, since this one started. */
    const superseded = () => compiling !== this.compiles || !this.active;
    // Without the background's representatives the rules above looked at every term
    // (10,000 on a long custom list): the compile starts in a task of its own.
    await yieldToPage();
    if (superseded()) {
      return;
    }
    const matcher = await compileMatcherInSlices(
      ours ? terms : terms.withoutNames(),
      ours ? { patterns, startFinders, phraseNames } : {},
      yieldToPage,
    );
    if (superseded()) {
      return;
    }
    this.scanner.setMatcher(matcher);
    this.restartScan();
  }

  /**
   * The cards of the groups whose mentions are near the viewport, built
   * ahead of a hover (see CardController): once a pointer has moved over
   * the page, after the mentions change and after each scroll. Only those:
   * a reader can only hover what is on screen, and a long page may name
   * every group. (On the bench's 5 MB article, building them during the
   * scan added ~9% to its CPU.)
   */
  private prepareCards(): void {
    const bootstrap = this.bootstrap;
    if (!bootstrap || !this.active || !this.pointerSeen) {
      return;
    }
    const entries: PreparedCard[] = Object.entries(bootstrap.cards)
      .filter(([groupId]) => !this.card.has(groupId) && this.painter.isDrawing(groupHighlightKey(groupId)))
      .flatMap(([groupId, card]) => {
        const term = this.keyTerms.find((candidate) => candidate.groupIds[0] === groupId);
        return term ? [{ card, term }] : [];
      });
    // The custom terms share one card; its first hover would otherwise build
    // it and force a layout of the whole page to place it.
    const drawnCustom = this.card.has(CUSTOM_SLOT) ? undefined : this.firstDrawnCustomTerm();
    if (drawnCustom) {
      entries.push({ card: null, term: drawnCustom });
    }
    this.card.prepare(entries);
  }

  /** A custom term whose highlight (one per colour) is drawn now. */
  private firstDrawnCustomTerm(): WatchTerm | undefined {
    return this.keyTerms.find(
      (term) => term.groupIds.length === 0 && this.painter.isDrawing(highlightKeyFor(term)),
    );
  }

  private deactivate(): void {
    this.active = false;
    this.compiles++;
    this.watchRevision = '';
    this.generation.abort();
    this.card.close();
    this.scanner.setMatcher(null);
    this.scanner.clear();
    // Leave nothing of ours in the page's highlight registry while off.
    this.painter.clear();
  }

  /**
   * A new generation: observe every root, scan everything. The old
   * mentions stay until each root's pass replaces or drops them (see
   * Scanner.scanRoot), so switching one term does not blank the page; with
   * mentions on the page the pass starts with what is on screen.
   */
  private restartScan(): void {
    this.generation.abort();
    this.generation = new AbortController();
    const signal = this.generation.signal;
    this.shadowRoots.clear();
    // The document's pass reports the open shadow roots it passes (see watchRoot).
    this.watchRoot(document, signal, this.store.size > 0);
  }

  private watchRoot(root: Document | ShadowRoot, signal: AbortSignal, viewportFirst = false): void {
    if (root instanceof ShadowRoot) {
      if (this.shadowRoots.has(root)) {
        return;
      }
      this.shadowRoots.add(root);
      this.painter.adoptRoot(root);
    }
    observeRoot(
      root,
      (node) => this.ui.contains(node),
      (changes) => this.onChanges(changes, signal),
      signal,
    );
    if (root instanceof ShadowRoot) {
      // Found in the middle of another pass's slice: start after it, not inside it.
      void yieldToPage().then(() => this.scanner.scanRoot(root, signal));
    } else {
      void this.scanner.scanRoot(root, signal, viewportFirst);
    }
  }

  private onChanges(changes: RootChanges, signal: AbortSignal): void {
    if (signal.aborted) {
      return;
    }
    if (location.href !== this.lastUrl) {
      this.onNavigation();
      return;
    }
    if (changes.full) {
      void this.scanner.scanRoot(changes.root, signal);
      return;
    }
    // The walk that collects the changed blocks also reports the open shadow
    // roots it passes: a second walk of each added subtree just to find them
    // cost as much again on a page that appends content all the time.
    const blocks = collectBlocksFor(changes.nodes, {
      onShadowRoot: (shadowRoot) => this.watchRoot(shadowRoot, signal),
    });
    void this.scanner.rescan(blocks, signal, changes.removals);
  }

  /** Single-page apps change the URL without a load: re-check the site rules for the new address. */
  private onNavigation(): void {
    this.lastUrl = location.href;
    if (this.bootstrap) {
      this.watchRevision = '';
      void this.apply(this.bootstrap);
    }
  }

  /**
   * Soon after a change, but at most one report per REPORT_INTERVAL_MS while
   * a page keeps changing; each carries the counts as they are when it is sent.
   */
  private scheduleReport(): void {
    if (this.reportTimer !== undefined) {
      return;
    }
    const wait = Math.max(REPORT_DELAY_MS, this.lastReport + REPORT_INTERVAL_MS - performance.now());
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      this.lastReport = performance.now();
      if (this.signal.aborted) {
        return;
      }
      void askBackgroundFromContent({
        type: 'content/report',
        url: location.href,
        count: this.store.size,
        countsByKey: this.store.countsByKey(),
      });
      this.prepareCards();
    }, wait);
  }

  private onBackgroundMessage(message: Parameters<Parameters<typeof listenToBackground>[0]>[0]) {
    switch (message.type) {
      case 'bg/state-changed': {
        // Answer at once and refresh afterwards: the background may still be
        // busy with the change that made it send this.
        if (message.revision !== this.bootstrap?.revision) {
          void freshBootstrap(this.bootstrap).then((fresh) => fresh && this.apply(fresh));
        }
        return null;
      }
      case 'bg/list-mentions':
        return listPageMentions(this.store, this.bootstrap?.cards ?? {});
      case 'bg/reveal-mention':
        return this.navigator.reveal(message.index);
      case 'bg/command':
        this.onCommand(message.command);
        return null;
    }
  }

  private onCommand(command: 'next-mention' | 'previous-mention' | 'open-card'): void {
    if (command === 'open-card') {
      const mention = this.navigator.currentMention ?? this.navigator.next(1);
      if (mention) {
        const rect = boundingRectOf(mention.range);
        this.card.open(mention, rect, { focus: true });
      }
      return;
    }
    this.card.close();
    this.navigator.next(command === 'next-mention' ? 1 : -1);
  }
}
