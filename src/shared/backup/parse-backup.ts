import type { Result } from '../result';
import { err, ok } from '../result';
import type { JsonObject } from '../import/json-access';
import { isJsonObject, own } from '../import/json-access';
import { MAX_NESTING_DEPTH } from '../import/limits';
import { parseUntrustedJson } from '../import/safe-json';
import { checkJsonTree } from '../import/tree-walk';
import type { StoreDump } from '../store/records';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, CHECKSUM_ALGORITHM, checksumOf } from './envelope';
import { STORE_KEYS, storeDumpShape } from './record-shapes';

/** Backups carry whole imports and the dataset; generous, but bounded. */
export const MAX_BACKUP_BYTES = 100_000_000;
/** Setting values and custom terms may hold long text, but nothing legitimate approaches this. */
const MAX_BACKUP_STRING_LENGTH = 1_000_000;

/**
 * Reads a backup file. Every check runs before anything is returned, so a
 * restore either gets a whole, well-formed dump or a message saying why not.
 */
export function parseBackup(text: string, byteLength: number): Result<StoreDump> {
  const json = parseUntrustedJson(text, byteLength, {
    maxBytes: MAX_BACKUP_BYTES,
    maxDepth: MAX_NESTING_DEPTH,
  });
  if (!json.ok) {
    return json;
  }
  const hazards = checkJsonTree(json.value, { maxStringLength: MAX_BACKUP_STRING_LENGTH });
  if (!hazards.ok) {
    return hazards;
  }
  const envelope = json.value;
  if (!isJsonObject(envelope) || own(envelope, 'format') !== BACKUP_FORMAT) {
    return err(
      'backup-wrong-format',
      'This is not an NK Threat Lens backup (its "format" is not nk-threat-lens-backup).',
    );
  }
  const version = own(envelope, 'formatVersion');
  if (!Number.isSafeInteger(version) || (version as number) < 1) {
    return err('backup-bad-version', 'This backup has no valid formatVersion.');
  }
  if ((version as number) > BACKUP_FORMAT_VERSION) {
    return err(
      'backup-future-version',
      `This backup was made by a newer version of NK Threat Lens (backup format ${String(version)}; this version reads up to ${BACKUP_FORMAT_VERSION}). Update the extension and try again.`,
    );
  }
  const checked = verifyChecksum(envelope);
  if (!checked.ok) {
    return checked;
  }
  const data = own(envelope, 'data');
  const problem = storeDumpShape(data, '$.data');
  if (problem !== null) {
    return err('backup-bad-record', `The backup holds a malformed record. ${problem}`);
  }
  const dump = data as StoreDump;
  if (own(envelope, 'schemaVersion') !== dump.schemaVersion) {
    return err('backup-bad-record', 'The backup header and its data disagree on the schema version.');
  }
  const duplicate = findDuplicateKey(dump);
  if (duplicate !== null) {
    return err('backup-duplicate-key', duplicate);
  }
  return ok(dump);
}

function verifyChecksum(envelope: JsonObject): Result<true> {
  const checksum = own(envelope, 'checksum');
  if (!isJsonObject(checksum) || typeof own(checksum, 'value') !== 'string') {
    return err('backup-no-checksum', 'This backup has no checksum, so it cannot be checked for damage.');
  }
  if (own(checksum, 'algorithm') !== CHECKSUM_ALGORITHM) {
    return err('backup-no-checksum', `This backup's checksum is not ${CHECKSUM_ALGORITHM}.`);
  }
  const unsigned: Record<string, unknown> = {};
  for (const key of Object.keys(envelope)) {
    if (key !== 'checksum') {
      // Defined as data properties: a key from the file never reaches a setter.
      Object.defineProperty(unsigned, key, { value: envelope[key], enumerable: true });
    }
  }
  if (checksumOf(unsigned) !== (own(checksum, 'value') as string).toLowerCase()) {
    return err(
      'backup-checksum-mismatch',
      'This backup has been changed or damaged since it was made (its checksum does not match). Nothing was restored.',
    );
  }
  return ok(true);
}

function findDuplicateKey(dump: StoreDump): string | null {
  for (const { section, store, key } of STORE_KEYS) {
    const records = (dump[section] as unknown as Record<string, Record<string, unknown>[]>)[store] ?? [];
    const seen = new Set<unknown>();
    for (const record of records) {
      const value = record[key];
      if (seen.has(value)) {
        return `The backup lists two ${store} records with ${key} ${JSON.stringify(value)}.`;
      }
      seen.add(value);
    }
  }
  return null;
}
