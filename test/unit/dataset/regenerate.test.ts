import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/dataset/build-dataset';
import { serialiseDataset } from '../../../scripts/dataset/serialise';
import { hasSharedData, readCommittedText, sharedDir } from './shared-data';

describe('dataset build', () => {
  it.skipIf(!hasSharedData)('regenerates the committed dataset.json byte for byte', () => {
    const rebuilt = serialiseDataset(buildDataset(sharedDir, { warn: () => {} }));
    expect(rebuilt === readCommittedText()).toBe(true);
  });

  it.skipIf(!hasSharedData)('is deterministic across runs', () => {
    const first = serialiseDataset(buildDataset(sharedDir, { warn: () => {} }));
    const second = serialiseDataset(buildDataset(sharedDir, { warn: () => {} }));
    expect(second).toBe(first);
  });
});
