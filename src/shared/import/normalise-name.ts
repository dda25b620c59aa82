/**
 * Name keys for matching imported names to known groups. Vendors spell the same
 * name "APT 38", "APT-38" and "apt38", so the matching key folds case and drops
 * spaces, hyphens, underscores and dots. Alias ids and disputes use the
 * dataset's own gentler key (dataset/normalise.ts) so merged records keep the
 * invariants validateDataset checks.
 */

export function matchKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.\u2010-\u2015]+/g, '');
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;

/** BCP 47 tag guessed from the script: Hangul is Korean, everything else is treated as English. */
export function guessLang(name: string): string {
  return HANGUL.test(name) ? 'ko' : 'en';
}
