import type { Entry } from './entries';

/**
 * A match of one entry. It carries a mention's fields from the start
 * (`term`, `corroborated`), so that the matcher can hand candidates back as
 * mentions instead of copying each one: on a 5 MB page that was 38,000
 * objects more for the collector. Made only by makeCandidate, so every
 * candidate has one hidden class.
 */
export interface Candidate {
  start: number;
  end: number;
  entry: Entry;
  term: Entry['term'];
  corroborated: boolean;
}

export function makeCandidate(start: number, end: number, entry: Entry): Candidate {
  return { start, end, entry, term: entry.term, corroborated: false };
}
