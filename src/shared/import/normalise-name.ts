/**
 * Name keys for matching imported names to known groups. Vendors spell the same
 * name "APT 38", "APT-38" and "apt38", so the matching key folds case and drops
 * spaces, hyphens, underscores and dots. Alias ids use a gentler key that keeps
 * words apart, so ids stay readable ("lazarus-group:lazarus group").
 */

export function matchKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.\u2010-\u2015]+/g, '');
}

export function aliasIdKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;

/** BCP 47 tag guessed from the script: Hangul is Korean, everything else is treated as English. */
export function guessLang(name: string): string {
  return HANGUL.test(name) ? 'ko' : 'en';
}
