import { join } from 'node:path';
import { readJsonFile } from './read-json-file';

/** One North Korean row of Microsoft's naming map: the current name and the other names it lists. */
export interface MicrosoftActor {
  name: string;
  otherNames: string[];
}

interface MappingRow {
  'Threat actor name': string;
  'Origin/Threat': string;
  'Other names': string;
}

export const MICROSOFT_MAP_PATH = 'microsoft-mstic/MicrosoftMapping.json';

export function readMicrosoftNorthKorea(sharedDir: string): MicrosoftActor[] {
  const rows = readJsonFile(join(sharedDir, MICROSOFT_MAP_PATH)) as MappingRow[];
  return rows
    .filter((row) => row['Origin/Threat'].split(',').some((part) => part.trim() === 'North Korea'))
    .map((row) => ({
      name: row['Threat actor name'].trim(),
      otherNames: row['Other names']
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name.length > 0),
    }));
}
