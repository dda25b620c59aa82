import type { StoreDump } from '../store/records';
import type { BackupEnvelope } from './envelope';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, CHECKSUM_ALGORITHM, checksumOf } from './envelope';

/** One JSON file holding the whole store, readable by people and checked on restore. */
export function serialiseBackup(dump: StoreDump, createdAt: string): string {
  const unsigned = {
    format: BACKUP_FORMAT as typeof BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt,
    schemaVersion: dump.schemaVersion,
    data: dump,
  };
  const envelope: BackupEnvelope = {
    ...unsigned,
    checksum: { algorithm: CHECKSUM_ALGORITHM, value: checksumOf(unsigned) },
  };
  return JSON.stringify(envelope, null, 1);
}
