import type { Result } from '../result';
import { ok } from '../result';
import type { ImportRecord } from '../store/records';
import { buildImportRecord } from './build-record';
import { detectFormat } from './detect-format';
import { MAX_IMPORT_BYTES, MAX_NESTING_DEPTH, MAX_STRING_LENGTH } from './limits';
import type { KnownGroups } from './match-groups';
import { buildGroupIndex } from './match-groups';
import { readMispCluster } from './misp';
import type { ParsedFile, SkippedEntry } from './parsed-file';
import { safeFileName } from './safe-file-name';
import { parseUntrustedJson } from './safe-json';
import { rememberSkipped } from './skipped-memo';
import { readStixBundle } from './stix';
import { checkJsonTree } from './tree-walk';

/** Everything parseImportFile learns about a file, for the confirmation dialog. */
export interface ImportAnalysis {
  record: ImportRecord;
  format: ParsedFile['format'];
  /** Entries not taken, with reasons: pass to previewImport. */
  skipped: SkippedEntry[];
  /** Objects of types we do not read (STIX malware, marking-definition, ...). */
  ignoredObjectCount: number;
  /** Non-fatal remarks: dropped non-http links and the like. */
  notes: string[];
}

const NO_KNOWN_GROUPS: KnownGroups = { groups: [], aliases: [] };

/**
 * The whole pipeline, cheapest checks first: size, emptiness and nesting depth
 * on the raw text, JSON.parse, format-independent hazards (forbidden keys, huge
 * strings), then the format reader, which checks every field it reads. The
 * first problem fails the file; a record is only built from a fully checked file.
 */
export function analyseImportFile(
  fileName: string,
  text: string,
  byteLength: number,
  importedAt: string,
  known: KnownGroups = NO_KNOWN_GROUPS,
): Result<ImportAnalysis> {
  const json = parseUntrustedJson(text, byteLength, {
    maxBytes: MAX_IMPORT_BYTES,
    maxDepth: MAX_NESTING_DEPTH,
  });
  if (!json.ok) {
    return json;
  }
  const hazards = checkJsonTree(json.value, { maxStringLength: MAX_STRING_LENGTH });
  if (!hazards.ok) {
    return hazards;
  }
  const detected = detectFormat(json.value);
  if (!detected.ok) {
    return detected;
  }
  const parsed =
    detected.value.format === 'misp-galaxy'
      ? readMispCluster(detected.value.root)
      : readStixBundle(detected.value.root);
  if (!parsed.ok) {
    return parsed;
  }
  const built = buildImportRecord(parsed.value, safeFileName(fileName), importedAt, buildGroupIndex(known));
  rememberSkipped(built.record, built.skipped);
  return ok({
    record: built.record,
    format: parsed.value.format,
    skipped: built.skipped,
    ignoredObjectCount: parsed.value.ignoredObjectCount,
    notes: built.notes,
  });
}
