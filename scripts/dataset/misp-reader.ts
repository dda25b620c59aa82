import { join } from 'node:path';
import { readJsonFile } from './read-json-file';

/** A MISP galaxy cluster value attributed to North Korea (meta.country "KP"). */
export interface MispActor {
  uuid: string;
  value: string;
  synonyms: string[];
  refs: string[];
  /** dest-uuids of `related` entries, for joining the Microsoft cluster to threat actors. */
  related: string[];
}

interface MispCluster {
  values: {
    uuid: string;
    value: string;
    meta?: { country?: string; synonyms?: string[]; refs?: string[] };
    related?: { 'dest-uuid': string }[];
  }[];
}

export const MISP_THREAT_ACTOR_PATH = 'misp-galaxy/threat-actor.json';
export const MISP_MICROSOFT_PATH = 'misp-galaxy/microsoft-activity-group.json';

/** Reads one MISP cluster file and keeps its North Korean entries, in file order. */
export function readMispNorthKorea(sharedDir: string, relativePath: string): MispActor[] {
  const cluster = readJsonFile(join(sharedDir, relativePath)) as MispCluster;
  return cluster.values
    .filter((entry) => entry.meta?.country === 'KP')
    .map((entry) => ({
      uuid: entry.uuid,
      value: entry.value,
      synonyms: entry.meta?.synonyms ?? [],
      refs: entry.meta?.refs ?? [],
      related: (entry.related ?? []).map((r) => r['dest-uuid']),
    }));
}
