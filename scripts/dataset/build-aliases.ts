import type { Alias } from '../../src/shared/dataset/types';
import { aliasId, normaliseAliasName } from '../../src/shared/dataset/normalise';
import type { AliasClaim } from './group-draft';
import type { MatchRule } from './match-rules';
import { SOURCE_IDS, bySourcePriority } from './source-ids';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u;

/**
 * Folds claims into one Alias per (group, normalised name). A name held by
 * several groups is disputed on every record, each listing the others. Output
 * order: by normalised name, and for a shared name the record ATT&CK vouches
 * for first (then the one with most sources), so the first hit is the primary.
 */
export function buildAliases(
  claims: AliasClaim[],
  usedBy: (name: string) => string[],
  matchRule: (name: string) => MatchRule,
): Alias[] {
  const byKey = new Map<string, AliasClaim[]>();
  for (const claim of claims) {
    const key = aliasId(claim.groupId, claim.name);
    byKey.set(key, [...(byKey.get(key) ?? []), claim]);
  }

  const groupsByName = new Map<string, Set<string>>();
  for (const claim of claims) {
    const key = normaliseAliasName(claim.name);
    groupsByName.set(key, (groupsByName.get(key) ?? new Set()).add(claim.groupId));
  }

  const aliases: Alias[] = [];
  for (const [id, group] of byKey) {
    // The spelling of the most trusted source wins (ATT&CK's "ZINC" over MISP's "Zinc").
    const ordered = [...group].sort((a, b) => bySourcePriority(a.sourceId, b.sourceId));
    const first = ordered[0];
    if (first === undefined) {
      continue;
    }
    const name = first.name;
    const holders = groupsByName.get(normaliseAliasName(name)) ?? new Set<string>();
    const alsoGroupIds = [...holders].filter((g) => g !== first.groupId).sort();
    const rule = matchRule(name);
    aliases.push({
      id,
      groupId: first.groupId,
      name,
      lang: ordered.find((c) => c.lang !== undefined)?.lang ?? (HANGUL.test(name) ? 'ko' : 'en'),
      caseSensitive: rule.caseSensitive,
      ambiguity: rule.ambiguity,
      sources: [...new Set(ordered.map((c) => c.sourceId))].sort(bySourcePriority),
      usedBy: usedBy(name),
      disputed: alsoGroupIds.length > 0,
      alsoGroupIds,
    });
  }
  return aliases.sort(compareAliases);
}

function compareAliases(a: Alias, b: Alias): number {
  const nameA = normaliseAliasName(a.name);
  const nameB = normaliseAliasName(b.name);
  if (nameA !== nameB) {
    return nameA < nameB ? -1 : 1;
  }
  const attackA = a.sources.includes(SOURCE_IDS.attack) ? 0 : 1;
  const attackB = b.sources.includes(SOURCE_IDS.attack) ? 0 : 1;
  return attackA - attackB || b.sources.length - a.sources.length || (a.groupId < b.groupId ? -1 : 1);
}
