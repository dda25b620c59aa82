import type { Alias, Bounty, DataSource, Group, Incident } from '../dataset/types';

/**
 * What the hover card shows for one group. Digests for every group travel
 * with the content script's start-up cache so a card opens within a frame,
 * without a round trip to a service worker that may be asleep.
 */
export interface GroupCard {
  group: Pick<Group, 'id' | 'name' | 'kind' | 'summary' | 'sponsor' | 'attackId' | 'links'>;
  /** Other names, with who uses them and whether sources disagree. */
  names: { name: string; usedBy: string[]; disputed: boolean; lang: string }[];
  /** The largest current bounty naming or linked to this group, if any. */
  bounty: Pick<Bounty, 'id' | 'date' | 'program' | 'maxAmountUsd' | 'sources' | 'isRewardsForJustice'> | null;
  /** The most relevant incidents: largest losses first, then most recent. */
  incidents: Pick<Incident, 'id' | 'name' | 'date' | 'victim' | 'lossUsd' | 'sources' | 'disputed'>[];
  incidentCount: number;
  /** Names of the data sources behind this group. */
  sourceNames: string[];
}

/** A group's whole profile, for the side panel. */
export interface GroupProfile {
  group: Group;
  aliases: Alias[];
  bounties: Bounty[];
  incidents: Incident[];
  sources: DataSource[];
  parents: Pick<Group, 'id' | 'name'>[];
  children: Pick<Group, 'id' | 'name'>[];
}

export interface SearchHit {
  kind: 'group' | 'alias' | 'incident' | 'bounty';
  id: string;
  /** The group to open when the hit is chosen. */
  groupId: string | null;
  title: string;
  detail: string;
}
