import { createHash } from 'node:crypto';
import type { Dataset } from '../../src/shared/dataset/types';

/** Two-space JSON with a final newline: the committed file's exact bytes. */
export function serialiseDataset(d: Dataset): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}

/**
 * The dataset version: builtAt plus a hash of everything else, so any content
 * change gives a new version and an unchanged rebuild gives the same one.
 */
export function computeVersion(d: Omit<Dataset, 'version'>): string {
  const hash = createHash('sha256').update(JSON.stringify(d)).digest('hex').slice(0, 12);
  return `${d.builtAt}+${hash}`;
}
