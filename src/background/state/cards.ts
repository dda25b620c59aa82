import type { Alias, Bounty, DataSource, Group, Incident } from '../../shared/dataset/types';
import { byNameRelevance } from '../../shared/dataset/name-order';
import type { GroupCard } from '../../shared/views/group-views';

const CARD_INCIDENTS = 3;

interface CardInputs {
  groups: readonly Group[];
  aliases: readonly Alias[];
  bounties: readonly Bounty[];
  incidents: readonly Incident[];
  sources: readonly DataSource[];
}

/** Largest known loss first, then most recent: what a reader most likely came for. */
export function byRelevance(a: Incident, b: Incident): number {
  return (b.lossUsd ?? -1) - (a.lossUsd ?? -1) || b.date.localeCompare(a.date);
}

/** Groups a bounty covers, including the children of an umbrella it names. */
function bountyCovers(bounty: Bounty, group: Group): boolean {
  return bounty.groupIds.includes(group.id) || group.parentIds.some((id) => bounty.groupIds.includes(id));
}

function pickBounty(bounties: readonly Bounty[], group: Group): GroupCard['bounty'] {
  const covering = bounties
    .filter((bounty) => bountyCovers(bounty, group))
    .sort((a, b) => b.maxAmountUsd - a.maxAmountUsd || b.date.localeCompare(a.date));
  const best = covering[0];
  return best
    ? {
        id: best.id,
        date: best.date,
        program: best.program,
        maxAmountUsd: best.maxAmountUsd,
        sources: best.sources,
        isRewardsForJustice: best.isRewardsForJustice,
      }
    : null;
}

/** One card digest per group, indexed by group id. */
export function buildGroupCards(data: CardInputs): Record<string, GroupCard> {
  const sourceNames = new Map(data.sources.map((source) => [source.id, source.name]));
  const aliasesByGroup = new Map<string, Alias[]>();
  for (const alias of data.aliases) {
    aliasesByGroup.set(alias.groupId, [...(aliasesByGroup.get(alias.groupId) ?? []), alias]);
  }
  const cards: Record<string, GroupCard> = {};
  for (const group of data.groups) {
    const incidents = data.incidents.filter((incident) => incident.groupIds.includes(group.id));
    const names = (aliasesByGroup.get(group.id) ?? [])
      .filter((alias) => alias.name !== group.name)
      .sort(byNameRelevance)
      .map((alias) => ({
        name: alias.name,
        usedBy: alias.usedBy,
        disputed: alias.disputed,
        lang: alias.lang,
      }));
    cards[group.id] = {
      group: {
        id: group.id,
        name: group.name,
        kind: group.kind,
        summary: group.summary,
        sponsor: group.sponsor,
        attackId: group.attackId,
        links: group.links,
      },
      names,
      bounty: pickBounty(data.bounties, group),
      incidents: [...incidents]
        .sort(byRelevance)
        .slice(0, CARD_INCIDENTS)
        .map(({ id, name, date, victim, lossUsd, sources, disputed }) => ({
          id,
          name,
          date,
          victim,
          lossUsd,
          sources,
          disputed,
        })),
      incidentCount: incidents.length,
      sourceNames: group.sources.map((id) => sourceNames.get(id) ?? id),
    };
  }
  return cards;
}
