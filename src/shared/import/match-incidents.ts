import type { Incident } from '../dataset/types';
import { matchKey } from './normalise-name';

/**
 * Finds the known incident an imported one is about: same id, or the same name
 * once spelling is folded ("Operation Dream Job" in ATT&CK is the curated
 * operation-dream-job-2019). Without this, every import of ATT&CK would add a
 * second copy of campaigns the dataset already curates.
 */
export function incidentFinder(known: readonly Incident[]): (imported: Incident) => Incident | undefined {
  const byId = new Map(known.map((i) => [i.id, i]));
  const byName = new Map<string, Incident>();
  for (const incident of known) {
    const key = matchKey(incident.name);
    if (!byName.has(key)) {
      byName.set(key, incident);
    }
  }
  return (imported) => byId.get(imported.id) ?? byName.get(matchKey(imported.name));
}
