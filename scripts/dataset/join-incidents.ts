import type { Attribution, Incident } from '../../src/shared/dataset/types';
import type { CuratedIncident } from './curated-types';

/** Curated incidents with group names resolved to ids; sorted by date then id. */
export function joinIncidents(
  incidents: CuratedIncident[],
  resolveGroup: (name: string, where: string) => string,
): Incident[] {
  return incidents
    .map((i): Incident => ({
      id: i.id,
      name: i.name,
      date: i.date,
      victim: i.victim,
      lossUsd: i.lossUsd,
      groupIds: [...new Set(i.groups.map((n) => resolveGroup(n, `incident ${i.id}`)))].sort(),
      attributions: i.attributions.map((a) => {
        const attribution: Attribution = { kind: a.kind, by: a.by, source: a.source };
        if (a.date !== undefined) {
          attribution.date = a.date;
        }
        return attribution;
      }),
      disputed: i.disputed,
      summary: i.summary,
      sources: i.sources,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
