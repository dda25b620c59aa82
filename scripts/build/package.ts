/**
 * `npm run package`: zips each built target in dist/ (dist/chrome, and
 * dist/firefox when built) into dist/nk-threat-lens-<browser>-<version>.zip
 * for store upload. Source maps stay out of the archives.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zip } from './zip';

const dist = resolve(import.meta.dirname, '../../dist');
const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
  version: string;
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let packaged = 0;
for (const browser of ['chrome', 'firefox']) {
  const dir = join(dist, browser);
  if (!existsSync(join(dir, 'manifest.json'))) {
    continue;
  }
  const entries = filesUnder(dir)
    .filter((path) => !path.endsWith('.map'))
    .sort()
    .map((path) => ({ name: relative(dir, path).split('\\').join('/'), data: readFileSync(path) }));
  const out = join(dist, `nk-threat-lens-${browser}-${version}.zip`);
  writeFileSync(out, zip(entries));
  console.log(`${out} (${entries.length} files)`);
  packaged++;
}
if (packaged === 0) {
  console.error('Nothing to package: run `npm run build` (and `npm run build:firefox`) first.');
  process.exit(1);
}
