import type { AmbiguityClass, DataSource, GroupKind } from '../dataset/types';
import type { Settings } from '../settings';
import type { CustomTerm, DatasetMeta, SiteRule } from '../store/records';
import type { WatchList } from '../watch/types';
import type { GroupCard } from './group-views';

/** Everything a content script needs to start, cached in storage.local between page loads. */
export interface ContentBootstrap {
  revision: string;
  /** The content script decides from these (and settings.enabled) whether its page is on. */
  siteRules: SiteRule[];
  settings: Settings;
  watchList: WatchList;
  cards: Record<string, GroupCard>;
}

export interface AliasSwitchView {
  id: string;
  name: string;
  lang: string;
  enabled: boolean;
  ambiguity: AmbiguityClass | null;
  caseSensitive: boolean;
  disputed: boolean;
}

export interface GroupSwitchView {
  id: string;
  name: string;
  kind: GroupKind;
  enabled: boolean;
  aliases: AliasSwitchView[];
}

export interface ImportSummary {
  id: string;
  fileName: string;
  producer: string;
  importedAt: string;
  groupCount: number;
  aliasCount: number;
}

/** What the popup and options page show: the user's choices over the dataset. */
export interface Overview {
  settings: Settings;
  groups: GroupSwitchView[];
  customTerms: CustomTerm[];
  siteRules: SiteRule[];
  imports: ImportSummary[];
  dataset: Pick<DatasetMeta, 'version' | 'builtAt'> | null;
}

export interface AboutData {
  sources: DataSource[];
  dataset: Pick<DatasetMeta, 'version' | 'builtAt' | 'loadedAt'> | null;
  counts: { groups: number; aliases: number; bounties: number; incidents: number };
}
