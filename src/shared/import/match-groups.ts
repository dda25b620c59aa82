import type { Alias, Group } from '../dataset/types';
import { matchKey } from './normalise-name';

/**
 * Finds which known group an imported entry is about, so the preview reports
 * the groups an import really touches and aliases land under the right id.
 *
 * Order of evidence: ATT&CK id, MISP uuid, then names. Names are scored: the
 * entry's own name equal to a group's name outranks it equal to an alias, which
 * outranks any number of synonym hits. Synonyms alone may only match entries
 * the file says are North Korean: MISP lists dozens of synonyms per actor, and a
 * foreign group sharing one odd synonym must not be folded into an NK group.
 */

export interface KnownGroups {
  groups: Group[];
  aliases: Alias[];
}

export interface GroupIndex {
  groups: Map<string, Group>;
  byAttackId: Map<string, string>;
  byMispUuid: Map<string, string>;
  /** matchKey -> group ids whose canonical name has that key. */
  byName: Map<string, string[]>;
  /** matchKey -> group ids that list it as an alias. */
  byAlias: Map<string, string[]>;
  /** Group id -> position, to break ties the same way every time. */
  order: Map<string, number>;
  /** Group id -> matchKeys of its name and aliases. */
  namesOf: Map<string, Set<string>>;
}

export interface MatchCandidate {
  name: string;
  aliases: string[];
  attackId?: string;
  mispUuid?: string;
  /** Whether synonyms alone may decide the match. */
  allowSynonymMatch: boolean;
}

const NAME_EQUALS_GROUP_NAME = 1000;
const NAME_EQUALS_ALIAS = 100;
const SYNONYM_HIT = 1;

function push(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) {
    map.set(key, [id]);
  } else if (!ids.includes(id)) {
    ids.push(id);
  }
}

export function buildGroupIndex(known: KnownGroups): GroupIndex {
  const index: GroupIndex = {
    groups: new Map(),
    byAttackId: new Map(),
    byMispUuid: new Map(),
    byName: new Map(),
    byAlias: new Map(),
    order: new Map(),
    namesOf: new Map(),
  };
  known.groups.forEach((group, position) => {
    index.groups.set(group.id, group);
    index.order.set(group.id, position);
    if (group.attackId) {
      index.byAttackId.set(group.attackId.toUpperCase(), group.id);
    }
    if (group.mispUuid) {
      index.byMispUuid.set(group.mispUuid.toLowerCase(), group.id);
    }
    push(index.byName, matchKey(group.name), group.id);
    index.namesOf.set(group.id, new Set([matchKey(group.name)]));
  });
  for (const alias of known.aliases) {
    const names = index.namesOf.get(alias.groupId);
    if (!names) {
      continue;
    }
    const key = matchKey(alias.name);
    names.add(key);
    push(index.byAlias, key, alias.groupId);
  }
  return index;
}

export function findMatchingGroup(candidate: MatchCandidate, index: GroupIndex): string | null {
  if (candidate.attackId) {
    const id = index.byAttackId.get(candidate.attackId.toUpperCase());
    if (id) {
      return id;
    }
  }
  if (candidate.mispUuid) {
    const id = index.byMispUuid.get(candidate.mispUuid.toLowerCase());
    if (id) {
      return id;
    }
  }
  const scores = new Map<string, number>();
  const add = (ids: string[] | undefined, points: number): void => {
    for (const id of ids ?? []) {
      scores.set(id, (scores.get(id) ?? 0) + points);
    }
  };
  const nameKey = matchKey(candidate.name);
  add(index.byName.get(nameKey), NAME_EQUALS_GROUP_NAME);
  add(index.byAlias.get(nameKey), NAME_EQUALS_ALIAS);
  if (scores.size === 0 && !candidate.allowSynonymMatch) {
    return null;
  }
  for (const alias of candidate.aliases) {
    const key = matchKey(alias);
    if (key === nameKey) {
      continue;
    }
    add(index.byName.get(key), SYNONYM_HIT);
    add(index.byAlias.get(key), SYNONYM_HIT);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, score] of scores) {
    const better =
      score > bestScore ||
      (score === bestScore && best !== null && (index.order.get(id) ?? 0) < (index.order.get(best) ?? 0));
    if (better) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
