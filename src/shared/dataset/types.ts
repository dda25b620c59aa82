/**
 * The shape of the bundled dataset (assets/dataset/dataset.json) and of the
 * dataset object stores. Everything here is plain JSON so it can cross
 * extension messaging and be written to IndexedDB unchanged.
 *
 * Ids are stable slugs ("lazarus-group", "bybit-2025") so user data (watch
 * switches) can refer to them across dataset versions.
 */

/** A place a fact was seen: a web page, or a source file we derived from. */
export interface SourceLink {
  url: string;
  /** Short human label, e.g. "FBI PSA I-022625-PSA" or "MITRE ATT&CK G0032". */
  title: string;
}

/**
 * Where a dataset record came from: one of the bundled upstream files, our own
 * curation, or a user import (id "import:<file name>").
 */
export interface DataSource {
  id: string;
  name: string;
  /** Who publishes it (MITRE, MISP project, Microsoft, NK Threat Lens, or an import's producer). */
  producer: string;
  url?: string;
  licence?: string;
  /** ISO date of the snapshot the dataset was built from. */
  snapshot?: string;
  /** Notices the licence asks us to reproduce, verbatim where required. */
  notices?: string[];
  kind: 'bundled' | 'curated' | 'imported';
}

/**
 * Why an alias needs corroborating context before it is highlighted:
 * it is an ordinary word, name or thing elsewhere.
 */
export type AmbiguityClass =
  | 'chemical-element' // ZINC, THALLIUM, PLUTONIUM
  | 'surname' // Lazarus (Emma Lazarus)
  | 'fictional-character' // Andariel (Diablo), Reaper
  | 'common-word'; // Reaper, Group123?, words of ordinary prose

export interface Alias {
  /** `${groupId}:${normalised name}`; unique. */
  id: string;
  groupId: string;
  /** The name as the source spells it. */
  name: string;
  /** BCP 47 tag of the script/language; "en" for Latin names, "ko" for Korean. */
  lang: string;
  /** Match only with this exact case (e.g. short all-caps names like "ZINC"). */
  caseSensitive: boolean;
  /** Non-null when the name needs corroborating NK/cyber context to count as a mention. */
  ambiguity: AmbiguityClass | null;
  /** DataSource ids that list this name for this group. */
  sources: string[];
  /** Who uses the name (vendor naming schemes): "Microsoft", "CrowdStrike", "Mandiant", ... */
  usedBy: string[];
  /** True when sources attach this same name to more than one group. */
  disputed: boolean;
  /** Other group ids the name is also attached to, when disputed. */
  alsoGroupIds: string[];
  /**
   * Position in the bundled dataset's alias list, set when the store loads it.
   * IndexedDB returns records in key order, and the matcher must see the
   * primary attribution of a disputed name first; imported aliases have none.
   */
  rank?: number;
}

export type GroupKind = 'group' | 'umbrella' | 'campaign';

export interface Group {
  id: string;
  /** Canonical display name (ATT&CK's where it has one). */
  name: string;
  kind: GroupKind;
  /** Our own one- or two-sentence summary. Never copied from a source. */
  summary: string;
  /** Sponsor as attributed, e.g. "Reconnaissance General Bureau (RGB), DPRK". */
  sponsor: string;
  country: 'KP';
  attackId?: string;
  mispUuid?: string;
  /** Umbrella groups this one is reported as part of (ids). */
  parentIds: string[];
  /** DataSource ids that describe this group. */
  sources: string[];
  /** Links to the group's pages at each source. */
  links: SourceLink[];
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the group was first reported active, when known. */
  firstSeen?: string;
}

export interface Bounty {
  id: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the offer was announced. */
  date: string;
  /** "Rewards for Justice", or the other State Department programme that made it. */
  program: string;
  isRewardsForJustice: boolean;
  /** Maximum reward in USD. */
  maxAmountUsd: number;
  scope: string;
  namedGroups: string[];
  namedPeople: string[];
  groupIds: string[];
  sources: SourceLink[];
  /** Where sources disagree (amount, date), say how. */
  discrepancy?: string;
}

export type AttributorKind = 'us-gov' | 'other-gov' | 'vendor';

export interface Attribution {
  kind: AttributorKind;
  /** "FBI", "South Korea NIS", "Mandiant", ... */
  by: string;
  date?: string;
  source: SourceLink;
}

export interface Incident {
  id: string;
  name: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the incident. */
  date: string;
  victim: string;
  /** Loss in USD, or null when there was no (known) monetary loss. */
  lossUsd: number | null;
  groupIds: string[];
  attributions: Attribution[];
  /** True when the attribution is contested. */
  disputed: boolean;
  /** Our own short summary. */
  summary: string;
  sources: SourceLink[];
}

export interface Dataset {
  /** Increases whenever the content changes; the store reloads on change. */
  version: string;
  /** ISO date the dataset was built. */
  builtAt: string;
  sources: DataSource[];
  groups: Group[];
  aliases: Alias[];
  bounties: Bounty[];
  incidents: Incident[];
}
