import { fnv1a } from '../shared/hash';
import { resolveSettings } from '../shared/settings';
import type { ContentBootstrap } from '../shared/views/state-views';
import { buildGroupCards } from './state/cards';
import { readEffectiveDataset, type EffectiveDataset } from './state/effective-dataset';
import { compileWatchList } from './state/watch-list';
import type { Store } from './store/open';
import { readUserData } from './store/user-data';

/** Side effects the runtime needs from the browser, injected so tests can use fakes. */
export interface RuntimePorts {
  /** Persist the bootstrap where content scripts read it (storage.local, see bootstrap-cache.ts). */
  saveBootstrap(bootstrap: ContentBootstrap): Promise<void>;
  /** Tell every tab and open extension page that state changed. */
  broadcastStateChanged(revision: string): Promise<void>;
  /** This extension's version (manifest), stamped on what only this version may reuse. */
  extensionVersion: string;
}

/**
 * Derived state over the store. The service worker may be stopped at any
 * time, so nothing here is the only copy of anything: every value is
 * recomputed from IndexedDB on first use after a wake.
 */
export class BackgroundRuntime {
  private datasetPromise: Promise<EffectiveDataset> | null = null;
  private bootstrapPromise: Promise<ContentBootstrap> | null = null;
  private storedPromise: Promise<ContentBootstrap> | null = null;

  constructor(
    readonly db: Store,
    private readonly ports: RuntimePorts,
  ) {}

  dataset(): Promise<EffectiveDataset> {
    this.datasetPromise ??= readEffectiveDataset(this.db);
    return this.datasetPromise;
  }

  bootstrap(): Promise<ContentBootstrap> {
    this.bootstrapPromise ??= this.computeBootstrap();
    return this.bootstrapPromise;
  }

  /** The bootstrap, once it is in storage: content scripts read its term chunks from there. */
  storedBootstrap(): Promise<ContentBootstrap> {
    this.storedPromise ??= this.bootstrap().then(async (bootstrap) => {
      await this.ports.saveBootstrap(bootstrap);
      return bootstrap;
    });
    this.storedPromise.catch(() => {
      this.storedPromise = null;
    });
    return this.storedPromise;
  }

  /**
   * Call after any write. 'dataset' also drops the merged dataset (imports,
   * restores, reloads); 'user' keeps it (switches, terms, rules, settings).
   */
  async changed(scope: 'user' | 'dataset'): Promise<ContentBootstrap> {
    if (scope === 'dataset') {
      this.datasetPromise = null;
    }
    this.bootstrapPromise = null;
    this.storedPromise = null;
    const bootstrap = await this.storedBootstrap();
    await this.ports.broadcastStateChanged(bootstrap.revision);
    return bootstrap;
  }

  private async computeBootstrap(): Promise<ContentBootstrap> {
    const [data, user] = await Promise.all([this.dataset(), readUserData(this.db)]);
    const watchList = {
      ...compileWatchList(data.aliases, user.watchSwitches, user.customTerms),
      patternsBuiltBy: this.ports.extensionVersion,
    };
    const settings = resolveSettings(user.settings);
    const cards = buildGroupCards(data);
    const revision = fnv1a(
      // The version too: it built the watch list's precomputed patterns, which pages use only
      // when their own version built them, so after an update the stored copy must be rewritten.
      JSON.stringify([
        this.ports.extensionVersion,
        watchList.revision,
        data.meta?.version,
        data.imports.map((record) => record.id),
        user.siteRules,
        settings,
      ]),
    );
    return { revision, siteRules: user.siteRules, settings, watchList, cards };
  }
}
