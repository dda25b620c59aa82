import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArticleTerms } from './generate-article';
import { seeded } from './prng';

/**
 * The term lists every annotator is given: the bundled dataset's alias names
 * (what the extension watches out of the box) and a 10,000-term custom watch
 * list generated from a seed (malware-like names, domains, campaign names).
 */

const DATASET = resolve(import.meta.dirname, '../../assets/dataset/dataset.json');

export interface CustomTermSpec {
  text: string;
  label: string;
  color: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  enabled: boolean;
}

/** Alias names of the bundled dataset, each once, in dataset order. */
export function datasetAliasNames(): string[] {
  const dataset = JSON.parse(readFileSync(DATASET, 'utf8')) as { aliases: { name: string }[] };
  return [...new Set(dataset.aliases.map((alias) => alias.name))];
}

const ADJECTIVES = [
  'Silent',
  'Crimson',
  'Hollow',
  'Frozen',
  'Amber',
  'Velvet',
  'Rusty',
  'Quiet',
  'Bitter',
  'Golden',
  'Lunar',
  'Hidden',
  'Electric',
  'Pale',
  'Savage',
  'Cobalt',
  'Scarlet',
  'Iron',
  'Lucky',
  'Wicked',
  'Rapid',
  'Broken',
  'Shadow',
  'Misty',
  'Grey',
  'Copper',
  'Sudden',
  'Noble',
  'Twisted',
  'Bright',
  'Ashen',
  'Feral',
  'Glass',
  'Jade',
  'Marble',
  'Neon',
  'Onyx',
  'Polar',
  'Rogue',
  'Solar',
  'Tidal',
  'Umber',
  'Vivid',
  'Woven',
  'Zephyr',
  'Arctic',
  'Blazing',
  'Cunning',
  'Drifting',
  'Ember',
];
const NOUNS = [
  'Falcon',
  'Lantern',
  'Orchid',
  'Harbor',
  'Viper',
  'Comet',
  'Anchor',
  'Raven',
  'Mantis',
  'Beacon',
  'Cipher',
  'Thistle',
  'Kraken',
  'Willow',
  'Jackal',
  'Prism',
  'Gazelle',
  'Hornet',
  'Quarry',
  'Sparrow',
  'Turret',
  'Walrus',
  'Badger',
  'Canyon',
  'Dagger',
  'Ferret',
  'Goblet',
  'Heron',
  'Ibis',
  'Juniper',
  'Kestrel',
  'Lynx',
  'Marten',
  'Nettle',
  'Otter',
  'Pelican',
  'Quill',
  'Ridge',
  'Saber',
  'Tundra',
  'Urchin',
  'Vortex',
  'Wombat',
  'Yarrow',
  'Zeppelin',
  'Basilisk',
  'Condor',
  'Dervish',
  'Estuary',
  'Fathom',
];
const TLDS = ['com', 'net', 'org', 'io', 'xyz', 'app', 'dev', 'info'];
const COLOURS = ['#ffb000', '#5ec8ff', '#9be564', '#ff7eb6', '#c9a0ff'];

/**
 * `count` distinct custom terms. Shapes vary as a real team's list would:
 * CamelCase tool names, hyphenated domains, two-word campaign names and
 * versioned implant names. None collides with an alias name.
 */
export function customTerms(count: number, seed = 0x5eed): CustomTermSpec[] {
  const random = seeded(seed);
  const taken = new Set(datasetAliasNames().map((name) => name.toLowerCase()));
  const terms: CustomTermSpec[] = [];
  while (terms.length < count) {
    const adjective = random.pick(ADJECTIVES);
    const noun = random.pick(NOUNS);
    const number = random.int(1000);
    const shape = random.int(4);
    const text =
      shape === 0
        ? `${adjective}${noun}`
        : shape === 1
          ? `${adjective.toLowerCase()}-${noun.toLowerCase()}${number}.${random.pick(TLDS)}`
          : shape === 2
            ? `Operation ${adjective} ${noun}${number > 500 ? ` ${number}` : ''}`
            : `${noun}Loader v${1 + random.int(9)}.${random.int(10)}.${number}`;
    if (taken.has(text.toLowerCase())) {
      continue;
    }
    taken.add(text.toLowerCase());
    terms.push({
      text,
      label: `bench ${terms.length}`,
      color: COLOURS[terms.length % COLOURS.length] ?? '#ffb000',
      caseSensitive: false,
      wholeWord: true,
      enabled: true,
    });
  }
  return terms;
}

/** The watch-list file the options page imports (format: src/shared/watch/watchlist-file.ts). */
export function watchListFile(terms: readonly CustomTermSpec[]): string {
  return JSON.stringify({ format: 'nk-threat-lens-watchlist', version: 1, terms });
}

/** The bench's custom watch list: this many terms on top of the dataset's aliases. */
export const CUSTOM_LIST_SIZE = 10_000;
/** Custom terms that actually occur in the articles: the list's first ones. */
export const CUSTOM_IN_TEXT = 300;

/**
 * What the bench's articles mention: every alias, and the custom list's
 * first CUSTOM_IN_TEXT terms. The bench and the scripts that stand in for
 * it build their pages from this, so the pages are one.
 */
export function benchArticleTerms(): ArticleTerms {
  return {
    aliases: datasetAliasNames(),
    custom: customTerms(CUSTOM_IN_TEXT).map((term) => term.text),
  };
}
