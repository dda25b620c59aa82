/**
 * Importing analysts' own threat intelligence: MISP galaxy clusters and STIX
 * 2.0/2.1 bundles. Pure code (no DOM, no IndexedDB) so every context can use it
 * and it is tested in Node against real and hostile files.
 *
 * Flow: analyseImportFile (or parseImportFile) -> previewImport -> the user
 * confirms -> the store keeps the ImportRecord -> mergeDataset on read.
 *
 * Policies a user may meet:
 *  - Size over MAX_IMPORT_BYTES, nesting over 64 levels, more than 50,000 entries,
 *    a string over 10,000 characters or a name over 200 are refused.
 *  - Names must be plain text: markup-like tags, control, bidi-override and
 *    invisible characters are refused, not stripped.
 *  - Links: http(s) kept; javascript:, data:, vbscript:, file: and blob: refuse
 *    the whole file (no honest file holds them); other non-http strings are
 *    dropped with a note in ImportAnalysis.notes.
 *  - "__proto__", "constructor" and "prototype" keys are refused anywhere.
 *  - Descriptions are read only to judge attribution, never copied.
 */
import type { Result } from '../result';
import type { ImportRecord } from '../store/records';
import { analyseImportFile } from './analyse-file';
import type { KnownGroups } from './match-groups';

export { MAX_IMPORT_BYTES } from './limits';
export { analyseImportFile } from './analyse-file';
export type { ImportAnalysis } from './analyse-file';
export type { KnownGroups } from './match-groups';
export type { SkippedEntry } from './parsed-file';
export { previewImport } from './preview';
export type { ImportPreview } from './preview';
export { mergeDataset } from './merge';
export type { MergeableDataset } from './merge';
export { importSources } from './import-sources';

/**
 * Parses an import file into an ImportRecord. Pass `known` (the current groups
 * and aliases) so entries about known groups land under their ids and entries
 * that only match a known group (without saying North Korea) are taken too.
 */
export function parseImportFile(
  fileName: string,
  text: string,
  byteLength: number,
  importedAt: string,
  known?: KnownGroups,
): Result<ImportRecord> {
  const analysis = analyseImportFile(fileName, text, byteLength, importedAt, known);
  return analysis.ok ? { ok: true, value: analysis.value.record } : analysis;
}
