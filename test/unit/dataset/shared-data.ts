import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../../src/shared/dataset/types';
import { datasetPath, resolveSharedDataDir } from '../../../scripts/dataset/paths';

/** Where the upstream data lives, and whether this checkout has it (CI may not). */
export const sharedDir = resolveSharedDataDir();
export const hasSharedData = existsSync(resolve(sharedDir, 'mitre-attack/enterprise-groups-bundle.json'));

if (!hasSharedData) {
  console.warn(`dataset tests: ${sharedDir} is absent; tests that rebuild from upstream data are skipped`);
}

export function readCommittedText(): string {
  return readFileSync(datasetPath, 'utf8');
}

export function readCommittedDataset(): Dataset {
  return JSON.parse(readCommittedText()) as Dataset;
}
