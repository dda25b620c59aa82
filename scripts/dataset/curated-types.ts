import type { AmbiguityClass, AttributorKind, SourceLink } from '../../src/shared/dataset/types';

/** Shapes of the files in assets/dataset/curated/. Each file says in its "about" field what it holds. */

export interface CuratedBundledSource {
  id: string;
  name: string;
  producer: string;
  url: string;
  licence: string;
  snapshot: string;
  commit: string;
  notices?: string[];
}

export interface CuratedSourcesFile {
  curated: { id: string; name: string; producer: string; url?: string; licence: string; snapshot: string };
  bundled: CuratedBundledSource[];
}

export interface CuratedGroupText {
  summary: string;
  sponsor?: string;
}

export interface CuratedGroupsFile {
  defaultSponsor: string;
  groups: Record<string, CuratedGroupText>;
}

export interface CuratedUmbrella {
  id: string;
  name: string;
  links: SourceLink[];
}

export interface CuratedParentLink {
  child: string;
  parent: string;
  why: string;
  sources: SourceLink[];
}

export interface CuratedUmbrellasFile {
  umbrellas: CuratedUmbrella[];
  parentLinks: CuratedParentLink[];
}

export interface CuratedAlias {
  groupId: string;
  name: string;
  lang?: string;
  why?: string;
  sources: SourceLink[];
}

export interface CuratedAliasesFile {
  aliases: CuratedAlias[];
}

export interface CuratedMatchRulesFile {
  caseSensitive: { names: string[]; maxLength: number; patterns: string[] };
  ambiguity: { name: string; class: AmbiguityClass; why: string }[];
}

export interface CuratedNamingSchemesFile {
  patterns: { pattern: string; usedBy: string; why?: string }[];
  names: { name: string; usedBy: string[]; why?: string }[];
}

export interface CuratedBounty {
  id: string;
  date: string;
  program: string;
  isRewardsForJustice: boolean;
  maxAmountUsd: number;
  scope: string;
  namedGroups: string[];
  namedPeople: string[];
  sources: SourceLink[];
  discrepancy?: string;
}

export interface CuratedIncident {
  id: string;
  name: string;
  date: string;
  victim: string;
  lossUsd: number | null;
  /** Group names (any alias); resolved to ids by the build. */
  groups: string[];
  attributions: { kind: AttributorKind; by: string; date?: string; source: SourceLink }[];
  disputed: boolean;
  summary: string;
  sources: SourceLink[];
}

export interface CuratedData {
  sources: CuratedSourcesFile;
  groups: CuratedGroupsFile;
  umbrellas: CuratedUmbrellasFile;
  aliases: CuratedAliasesFile;
  koreanNames: CuratedAliasesFile;
  matchRules: CuratedMatchRulesFile;
  namingSchemes: CuratedNamingSchemesFile;
  bounties: { bounties: CuratedBounty[] };
  incidents: { incidents: CuratedIncident[] };
}
