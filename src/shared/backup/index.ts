/**
 * Backups of the whole store as one JSON file: header (format, formatVersion,
 * createdAt, schemaVersion), the StoreDump, and a SHA-256 checksum over the
 * canonical JSON of everything else. Pure and synchronous.
 */
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './envelope';
export type { BackupEnvelope } from './envelope';
export { serialiseBackup } from './serialise-backup';
export { parseBackup, MAX_BACKUP_BYTES } from './parse-backup';
