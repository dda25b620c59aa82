import type { ImportRecord } from '../store/records';
import type { SkippedEntry } from './parsed-file';

/**
 * The skipped entries are not part of ImportRecord (the stored shape is fixed),
 * yet the preview must list them. parseImportFile remembers them here for the
 * record object it returns, so `previewImport(parseImportFile(...).value, current)`
 * reports them without the caller threading them through. A WeakMap keeps
 * nothing alive and writes nothing into the record. A record that has been
 * cloned (messaging, storage) is a different object: pass `skipped` from
 * analyseImportFile explicitly in that case.
 */
const skippedByRecord = new WeakMap<ImportRecord, SkippedEntry[]>();

export function rememberSkipped(record: ImportRecord, skipped: SkippedEntry[]): void {
  skippedByRecord.set(record, skipped);
}

export function recallSkipped(record: ImportRecord): SkippedEntry[] {
  return skippedByRecord.get(record) ?? [];
}
