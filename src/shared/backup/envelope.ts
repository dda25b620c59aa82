import type { StoreDump } from '../store/records';
import { canonicalJson } from './canonical-json';
import { sha256HexOfText } from './sha256';

/** The backup file: a header, the store dump, and a checksum over both. */

export const BACKUP_FORMAT = 'nk-threat-lens-backup';
/** Bump when a backup written now could not be read by the previous parser. */
export const BACKUP_FORMAT_VERSION = 1;
export const CHECKSUM_ALGORITHM = 'SHA-256';

export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  schemaVersion: number;
  /** Over the canonical JSON of every other member of the envelope. */
  checksum: { algorithm: typeof CHECKSUM_ALGORITHM; value: string };
  data: StoreDump;
}

export function checksumOf(unsigned: Omit<BackupEnvelope, 'checksum'> | Record<string, unknown>): string {
  return sha256HexOfText(canonicalJson(unsigned));
}
