import type { SearchHit } from '../../shared/views/group-views';
import type { EffectiveDataset } from './effective-dataset';

const MAX_HITS = 50;

/** Case- and accent-insensitive form for comparisons. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐–—_]+/g, ' ')
    .trim();
}

/**
 * Searches groups, aliases, incidents and bounties. Every word of the query
 * must occur in a record's searchable text; hits whose title starts with the
 * query rank first, then kind order (groups, aliases, incidents, bounties).
 */
export function searchDataset(data: EffectiveDataset, query: string): SearchHit[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) {
    return [];
  }
  const groupName = new Map(data.groups.map((group) => [group.id, group.name]));
  const candidates: { hit: SearchHit; haystack: string }[] = [
    ...data.groups.map((group) => ({
      hit: {
        kind: 'group' as const,
        id: group.id,
        groupId: group.id,
        title: group.name,
        detail: group.summary,
      },
      haystack: `${group.name} ${group.attackId ?? ''} ${group.summary} ${group.sponsor}`,
    })),
    ...data.aliases
      .filter((alias) => alias.name !== groupName.get(alias.groupId))
      .map((alias) => ({
        hit: {
          kind: 'alias' as const,
          id: alias.id,
          groupId: alias.groupId,
          title: alias.name,
          detail: `Another name for ${groupName.get(alias.groupId) ?? alias.groupId}${alias.usedBy.length ? ` (${alias.usedBy.join(', ')})` : ''}`,
        },
        haystack: alias.name,
      })),
    ...data.incidents.map((incident) => ({
      hit: {
        kind: 'incident' as const,
        id: incident.id,
        groupId: incident.groupIds[0] ?? null,
        title: incident.name,
        detail: `${incident.date} · ${incident.victim}`,
      },
      haystack: `${incident.name} ${incident.victim} ${incident.date} ${incident.summary}`,
    })),
    ...data.bounties.map((bounty) => ({
      hit: {
        kind: 'bounty' as const,
        id: bounty.id,
        groupId: bounty.groupIds[0] ?? null,
        title: `${bounty.program}: up to $${bounty.maxAmountUsd.toLocaleString('en-US')}`,
        detail: `${bounty.date} · ${bounty.scope}`,
      },
      haystack: `${bounty.program} ${bounty.scope} ${bounty.namedGroups.join(' ')} ${bounty.namedPeople.join(' ')} ${bounty.date}`,
    })),
  ];
  const folded = words.join(' ');
  return candidates
    .map((candidate, order) => ({ ...candidate, order, haystack: foldForSearch(candidate.haystack) }))
    .filter((candidate) => words.every((word) => candidate.haystack.includes(word)))
    .sort((a, b) => {
      const aPrefix = foldForSearch(a.hit.title).startsWith(folded) ? 0 : 1;
      const bPrefix = foldForSearch(b.hit.title).startsWith(folded) ? 0 : 1;
      return aPrefix - bPrefix || a.order - b.order;
    })
    .slice(0, MAX_HITS)
    .map((candidate) => candidate.hit);
}
