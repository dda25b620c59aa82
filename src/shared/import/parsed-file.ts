import type { SourceLink } from '../dataset/types';

/**
 * What the format readers (misp.ts, stix.ts) hand to build-record.ts: every
 * entry of the file, checked and reduced to the facts we use, before deciding
 * which entries to take. Descriptions are read only to judge attribution and
 * are never carried further.
 */

export interface ImportedActor {
  /** Where the entry sits in the file ("$.values[3]"), for notes. */
  path: string;
  name: string;
  /** Other names the file gives (synonyms, aliases), plain text, without `name`. */
  aliases: string[];
  attackId?: string;
  mispUuid?: string;
  stixId?: string;
  /** Why the file says it is North Korean, or null when it does not. */
  northKoreaEvidence: string | null;
  links: SourceLink[];
  firstSeen?: string;
  /** Remarks about this entry (dropped links); shown only if the entry is taken. */
  notes: string[];
}

export interface ImportedCampaign {
  path: string;
  name: string;
  /** YYYY-MM-DD from first_seen, or null when the file gives no date. */
  date: string | null;
  /** STIX ids of the intrusion sets / threat actors it is attributed to. */
  actorStixIds: string[];
  links: SourceLink[];
}

export interface SkippedEntry {
  name: string;
  reason: string;
}

export interface ParsedFile {
  format: 'misp-galaxy' | 'stix-bundle';
  producer: string;
  actors: ImportedActor[];
  campaigns: ImportedCampaign[];
  /** Entries dropped while reading (revoked, deprecated), with reasons. */
  skipped: SkippedEntry[];
  /** Objects of types we do not use (malware, marking-definition, ...), counted, not read. */
  ignoredObjectCount: number;
  /** Things the user may want to know that did not stop the import (dropped links, ...). */
  notes: string[];
}

export const UNKNOWN_PRODUCER = 'unknown producer';
