import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const corpusDir = path.join(repoRoot, 'test/fixtures/import');
/** Real upstream files, kept outside the repo; tests that need them skip (with a note) when absent. */
export const sharedDataDir = path.resolve(repoRoot, '../shared/data');

export function readFixture(relativePath: string): { text: string; byteLength: number } {
  const buffer = readFileSync(path.join(corpusDir, relativePath));
  return { text: buffer.toString('utf8'), byteLength: buffer.byteLength };
}

export function readSharedData(relativePath: string): { text: string; byteLength: number } | null {
  const file = path.join(sharedDataDir, relativePath);
  if (!existsSync(file)) {
    console.warn(`Skipping: ${file} is absent (real upstream data lives in ../shared/data).`);
    return null;
  }
  const buffer = readFileSync(file);
  return { text: buffer.toString('utf8'), byteLength: buffer.byteLength };
}

export const IMPORTED_AT = '2026-02-03T04:05:06.000Z';
