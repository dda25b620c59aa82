/**
 * `npm run dataset`: rebuilds assets/dataset/dataset.json from ../shared/data
 * (or NKTL_SHARED_DIR) and assets/dataset/curated/, and refuses to write an
 * invalid dataset.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { validateDataset } from '../../src/shared/dataset/validate';
import { buildDataset } from './build-dataset';
import { datasetPath, resolveSharedDataDir } from './paths';
import { serialiseDataset } from './serialise';

function main(): number {
  const sharedDir = resolveSharedDataDir();
  if (!existsSync(sharedDir)) {
    console.error(`dataset: shared data not found at ${sharedDir} (set NKTL_SHARED_DIR to override)`);
    return 2;
  }
  const dataset = buildDataset(sharedDir);
  const problems = validateDataset(dataset);
  if (problems.length > 0) {
    console.error(`dataset: validation failed with ${problems.length} problem(s); nothing written:`);
    for (const problem of problems) {
      console.error(`  - ${problem}`);
    }
    return 1;
  }
  mkdirSync(dirname(datasetPath), { recursive: true });
  writeFileSync(datasetPath, serialiseDataset(dataset));
  console.log(
    `dataset: wrote ${datasetPath} (version ${dataset.version}: ${dataset.groups.length} groups, ` +
      `${dataset.aliases.length} aliases, ${dataset.bounties.length} bounties, ${dataset.incidents.length} incidents)`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`dataset: build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
