import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateArticle, type ArticleTerms } from './generate-article';

/**
 * The bench's fixture folder (a fresh temp dir): the generated articles, a
 * blank page, and the page scripts under /bench/, served over HTTP so each
 * script has a URL the CPU profile can attribute samples to.
 */

const HERE = import.meta.dirname;
const MARK_JS = resolve(HERE, '../../node_modules/mark.js/dist/mark.min.js');

export const SCRIPTS = {
  minimal: '/bench/minimal-annotator.js',
  markLibrary: '/bench/mark.min.js',
  markRunner: '/bench/mark-runner.js',
  appender: '/bench/appender.js',
} as const;

export interface Fixtures {
  dir: string;
  /** Path of each article by size label, e.g. { '1 MB': '/article-1mb.html' }. */
  articles: Map<string, string>;
  blank: string;
}

export function writeFixtures(sizes: { label: string; bytes: number }[], terms: ArticleTerms): Fixtures {
  const dir = mkdtempSync(join(tmpdir(), 'nktl-bench-'));
  mkdirSync(join(dir, 'bench'));
  copyFileSync(resolve(HERE, 'minimal-annotator.js'), join(dir, SCRIPTS.minimal));
  copyFileSync(resolve(HERE, 'mark-runner.js'), join(dir, SCRIPTS.markRunner));
  copyFileSync(resolve(HERE, 'appender.js'), join(dir, SCRIPTS.appender));
  copyFileSync(MARK_JS, join(dir, SCRIPTS.markLibrary));
  writeFileSync(
    join(dir, 'blank.html'),
    '<!doctype html><meta charset="utf-8"><title>blank</title><p>Nothing here.</p>',
  );
  const articles = new Map<string, string>();
  for (const size of sizes) {
    const path = `/article-${size.label.replace(/\W+/g, '').toLowerCase()}.html`;
    writeFileSync(join(dir, path), generateArticle(size.bytes, terms, articleSeed(size.bytes)).html);
    articles.set(size.label, path);
  }
  return { dir, articles, blank: '/blank.html' };
}

/**
 * Each size's article has its own seed, whatever other sizes a run
 * generates: the full bench's 5 MB article, `--size 5MB` and the diagnostic
 * scripts' are then one page. (Seeding by position in the list gave the
 * 5 MB article another seed when it was generated alone, and other counts.)
 */
function articleSeed(bytes: number): number {
  return bytes >= 5_000_000 ? 1001 : 1000;
}
