import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: two levels above this file (scripts/dataset/). */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export const curatedDir = resolve(repoRoot, 'assets/dataset/curated');
export const datasetPath = resolve(repoRoot, 'assets/dataset/dataset.json');

/** The shared upstream data: ../shared/data beside the repo, or NKTL_SHARED_DIR when set. */
export function resolveSharedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['NKTL_SHARED_DIR'];
  return override !== undefined && override.length > 0
    ? resolve(override)
    : resolve(repoRoot, '../shared/data');
}
