import type { DataSource } from '../dataset/types';
import type { ImportRecord } from '../store/records';

/** The DataSource of every import, to show beside the bundled sources ("About the data"). */
export function importSources(imports: ImportRecord[]): DataSource[] {
  return imports.map((record) => ({ ...record.source }));
}
