import type { Alias } from '../../shared/dataset/types';
import { fnv1a } from '../../shared/hash';
import {
  precompileNames,
  precompilePatterns,
  precompilePhraseNames,
  precompileStartFinders,
} from '../../shared/matcher';
import type { CustomTerm, WatchSwitch } from '../../shared/store/records';
import { keyRepresentatives } from '../../shared/watch/key-representatives';
import type { WatchList, WatchTerm } from '../../shared/watch/types';

export const groupTarget = (groupId: string): string => `group:${groupId}`;
export const aliasTarget = (aliasId: string): string => `alias:${aliasId}`;

/** Whether an alias is watched: neither it nor its group is switched off. */
export function isAliasWatched(alias: Alias, switchedOff: ReadonlySet<string>): boolean {
  return !switchedOff.has(groupTarget(alias.groupId)) && !switchedOff.has(aliasTarget(alias.id));
}

export function switchedOffTargets(switches: readonly WatchSwitch[]): Set<string> {
  return new Set(switches.filter((item) => !item.enabled).map((item) => item.target));
}

/**
 * The terms a content script looks for. Dataset aliases come in dataset order
 * (the primary attribution of a disputed name first, which the matcher keeps
 * when two terms have the same text), then the user's enabled custom terms.
 */
export function compileWatchList(
  aliases: readonly Alias[],
  switches: readonly WatchSwitch[],
  customTerms: readonly CustomTerm[],
): WatchList {
  const switchedOff = switchedOffTargets(switches);
  const terms: WatchTerm[] = [];
  for (const alias of aliases) {
    if (!isAliasWatched(alias, switchedOff)) {
      continue;
    }
    terms.push({
      id: alias.id,
      text: alias.name,
      groupIds: [alias.groupId, ...alias.alsoGroupIds],
      caseSensitive: alias.caseSensitive,
      wholeWord: true,
      ambiguity: alias.ambiguity,
    });
  }
  for (const custom of customTerms) {
    if (!custom.enabled) {
      continue;
    }
    terms.push({
      id: custom.id,
      text: custom.text,
      groupIds: [],
      caseSensitive: custom.caseSensitive,
      wholeWord: custom.wholeWord,
      ambiguity: null,
      label: custom.label || custom.text,
      color: custom.color,
    });
  }
  return {
    revision: fnv1a(JSON.stringify(terms)),
    terms,
    patterns: precompilePatterns(terms),
    names: precompileNames(terms),
    startFinders: precompileStartFinders(terms),
    phraseNames: precompilePhraseNames(),
    keyTerms: keyRepresentatives(terms),
  };
}
