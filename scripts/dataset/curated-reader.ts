import { join } from 'node:path';
import type { CuratedData } from './curated-types';
import { readJsonFile } from './read-json-file';

/** Loads every curated file. Their shapes are checked where used, and the result by validateDataset. */
export function readCurated(curatedDir: string): CuratedData {
  const read = <T>(file: string): T => readJsonFile(join(curatedDir, file)) as T;
  return {
    sources: read('sources.json'),
    groups: read('groups.json'),
    umbrellas: read('umbrellas.json'),
    aliases: read('aliases.json'),
    koreanNames: read('korean-names.json'),
    matchRules: read('match-rules.json'),
    namingSchemes: read('naming-schemes.json'),
    bounties: read('bounties.json'),
    incidents: read('incidents.json'),
  };
}
