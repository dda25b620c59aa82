import type { Bounty } from '../../src/shared/dataset/types';
import type { CuratedBounty } from './curated-types';

/** Curated reward offers with their named groups resolved to ids; sorted by date then id. */
export function joinBounties(
  bounties: CuratedBounty[],
  resolveGroup: (name: string, where: string) => string,
): Bounty[] {
  return bounties
    .map((b): Bounty => {
      const groupIds = [...new Set(b.namedGroups.map((n) => resolveGroup(n, `bounty ${b.id}`)))].sort();
      const bounty: Bounty = {
        id: b.id,
        date: b.date,
        program: b.program,
        isRewardsForJustice: b.isRewardsForJustice,
        maxAmountUsd: b.maxAmountUsd,
        scope: b.scope,
        namedGroups: b.namedGroups,
        namedPeople: b.namedPeople,
        groupIds,
        sources: b.sources,
      };
      if (b.discrepancy !== undefined) {
        bounty.discrepancy = b.discrepancy;
      }
      return bounty;
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
