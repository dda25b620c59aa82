import type { DataSource } from '../../src/shared/dataset/types';
import type { CuratedSourcesFile } from './curated-types';

/**
 * The DataSource records shown in "About the data": the bundled upstream files
 * (with their licences, snapshots and required notices) and our curation.
 * `attackNotices` comes verbatim from ATT&CK's LICENSE.txt.
 */
export function buildDataSources(curated: CuratedSourcesFile, attackNotices: string[]): DataSource[] {
  const bundled = curated.bundled.map((source): DataSource => {
    const notices = source.id === 'mitre-attack' ? attackNotices : (source.notices ?? []);
    const record: DataSource = {
      id: source.id,
      name: source.name,
      producer: source.producer,
      url: source.url,
      licence: source.licence,
      snapshot: source.snapshot,
      kind: 'bundled',
    };
    if (notices.length > 0) {
      record.notices = notices;
    }
    return record;
  });
  const own: DataSource = {
    id: curated.curated.id,
    name: curated.curated.name,
    producer: curated.curated.producer,
    licence: curated.curated.licence,
    snapshot: curated.curated.snapshot,
    kind: 'curated',
  };
  if (curated.curated.url !== undefined) {
    own.url = curated.curated.url;
  }
  return [...bundled, own];
}
