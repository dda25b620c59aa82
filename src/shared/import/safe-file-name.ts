import { MAX_NAME_LENGTH } from './limits';

/**
 * The file name becomes the source's display name and part of the record id.
 * It comes from the user's own disk, so it is cleaned rather than refused:
 * control characters go, whitespace collapses, length is capped.
 */
export function safeFileName(fileName: string): string {
  const cleaned = fileName
    // oxlint-disable-next-line no-control-regex -- finding control characters is the point
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_LENGTH);
  return cleaned === '' ? 'unnamed file' : cleaned;
}
