import type { AmbiguityClass } from '../dataset/types';
import type { TermList } from './term-list';
import type { WatchTerm } from './types';

/**
 * A run of watch terms as one string and two number arrays: the form the
 * background stores them in for content scripts (bootstrap-cache.ts), which
 * read them as a TermList and make WatchTerm objects only for the terms a
 * page matches. A stored array of 500 term objects came back as ~4,000 heap
 * objects per read; this comes back as four.
 */
export interface PackedTerms {
  count: number;
  /** Every term's string fields (in FIELD's order), one after another. */
  strings: string;
  /** Per term and field, the value's length in `strings`; ABSENT for a field the term lacks. */
  lengths: number[];
  /** Per term, CASE_SENSITIVE and WHOLE_WORD bits. */
  flags: number[];
  /** False when the list carried no encoded names (the `name` fields are then all absent). */
  withNames: boolean;
}

const FIELD = { id: 0, text: 1, groups: 2, ambiguity: 3, label: 4, color: 5, name: 6 } as const;
const FIELD_COUNT = 7;
const ABSENT = -1;
const CASE_SENSITIVE = 1;
const WHOLE_WORD = 2;

/** Packs `terms`, with `names` (precompileNames's, one per term) when the list has them. */
export function packTerms(
  terms: readonly WatchTerm[],
  names: readonly (string | null)[] | null,
): PackedTerms {
  let strings = '';
  const lengths: number[] = [];
  const flags: number[] = [];
  terms.forEach((term, index) => {
    // In FIELD's order.
    const fields = [
      term.id,
      term.text,
      // Group ids come from datasets and imports: JSON keeps any character in them intact.
      term.groupIds.length > 0 ? JSON.stringify(term.groupIds) : undefined,
      term.ambiguity ?? undefined,
      term.label,
      term.color,
      names?.[index] ?? undefined,
    ];
    for (const value of fields) {
      strings += value ?? '';
      lengths.push(value === undefined ? ABSENT : value.length);
    }
    flags.push((term.caseSensitive ? CASE_SENSITIVE : 0) | (term.wholeWord ? WHOLE_WORD : 0));
  });
  return { count: terms.length, strings, lengths, flags, withNames: names !== null };
}

/**
 * Packed terms as read back from storage, checked, with where each value
 * starts worked out: or null where `value` is not PackedTerms or its lengths
 * do not fit its strings (a bug or a tool may have damaged storage). One
 * pass over the lengths does both; the content script calls it as each
 * chunk arrives, so no task of the page checks a whole long list (all the
 * chunks at once took 12 ms of one task, in code that runs once per page).
 */
export function unpackTerms(value: unknown): UnpackedTerms | null {
  const packed = value as Partial<PackedTerms> | null;
  if (
    !packed ||
    !Number.isInteger(packed.count) ||
    typeof packed.strings !== 'string' ||
    typeof packed.withNames !== 'boolean' ||
    !Array.isArray(packed.lengths) ||
    !Array.isArray(packed.flags) ||
    packed.lengths.length !== (packed.count as number) * FIELD_COUNT ||
    packed.flags.length !== packed.count
  ) {
    return null;
  }
  const { lengths, flags } = packed as { lengths: unknown[]; flags: unknown[] };
  const starts = new Int32Array(lengths.length);
  let at = 0;
  for (let slot = 0; slot < lengths.length; slot++) {
    const length = lengths[slot];
    if (typeof length !== 'number' || (length | 0) !== length || length < ABSENT) {
      return null;
    }
    starts[slot] = at;
    at += length === ABSENT ? 0 : length;
  }
  for (let term = 0; term < flags.length; term++) {
    const bits = flags[term];
    if (typeof bits !== 'number' || (bits | 0) !== bits) {
      return null;
    }
  }
  return at === packed.strings.length ? new UnpackedTerms(packed as PackedTerms, starts) : null;
}

/** One run of packed terms, checked by unpackTerms. */
export class UnpackedTerms {
  /** @param starts starts[term * FIELD_COUNT + field]: where that value begins in `packed.strings`. */
  constructor(
    private readonly packed: PackedTerms,
    private readonly starts: Int32Array,
  ) {}

  get count(): number {
    return this.packed.count;
  }

  get withNames(): boolean {
    return this.packed.withNames;
  }

  field(term: number, field: number): string | undefined {
    const slot = term * FIELD_COUNT + field;
    const length = this.packed.lengths[slot] as number;
    if (length === ABSENT) {
      return undefined;
    }
    const start = this.starts[slot] as number;
    return this.packed.strings.slice(start, start + length);
  }

  hasField(term: number, field: number): boolean {
    return this.packed.lengths[term * FIELD_COUNT + field] !== ABSENT;
  }

  flag(term: number, bit: number): boolean {
    return ((this.packed.flags[term] as number) & bit) !== 0;
  }
}

/** Packed runs read as one TermList; without names it ignores their encoded names (built by another version). */
export class PackedTermList implements TermList {
  readonly length: number;
  /** Where each run's first term is in the whole list. */
  private readonly firsts: number[] = [];
  private readonly made = new Map<number, WatchTerm>();

  static of(runs: readonly UnpackedTerms[]): PackedTermList {
    return new PackedTermList(runs, true);
  }

  private constructor(
    private readonly runs: readonly UnpackedTerms[],
    private readonly useNames: boolean,
  ) {
    let count = 0;
    for (const run of runs) {
      this.firsts.push(count);
      count += run.count;
    }
    this.length = count;
  }

  /** The same terms, read without their encoded names (the matcher then tokenizes their texts). */
  withoutNames(): PackedTermList {
    return new PackedTermList(this.runs, false);
  }

  at(index: number): WatchTerm {
    let term = this.made.get(index);
    if (!term) {
      term = this.read(index, termOf);
      this.made.set(index, term);
    }
    return term;
  }

  textAt(index: number): string {
    return this.read(index, textOf);
  }

  caseSensitiveAt(index: number): boolean {
    return this.read(index, isCaseSensitive);
  }

  wholeWordAt(index: number): boolean {
    return this.read(index, isWholeWord);
  }

  isCustomAt(index: number): boolean {
    return !this.read(index, hasGroups);
  }

  isAmbiguousAt(index: number): boolean {
    return this.read(index, isAmbiguous);
  }

  encodedNameAt(index: number): string | null | undefined {
    return this.useNames ? this.read(index, encodedNameOf) : undefined;
  }

  /** `reader` applied to term `index`'s run and its place in that run. */
  private read<T>(index: number, reader: (run: UnpackedTerms, term: number) => T): T {
    const run = this.runOf(index);
    return reader(this.runs[run] as UnpackedTerms, index - (this.firsts[run] as number));
  }

  /** The run holding term `index` (a binary search: a list has a few dozen runs). */
  private runOf(index: number): number {
    if (!(index >= 0 && index < this.length)) {
      throw new RangeError(`No term at ${index} of ${this.length}`);
    }
    let low = 0;
    let high = this.firsts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.firsts[middle] as number) <= index) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }
}

// The fields PackedTermList reads, each from one term of a run (module-level, so no call allocates a closure).
const textOf = (run: UnpackedTerms, term: number): string => run.field(term, FIELD.text) ?? '';
const isCaseSensitive = (run: UnpackedTerms, term: number): boolean => run.flag(term, CASE_SENSITIVE);
const isWholeWord = (run: UnpackedTerms, term: number): boolean => run.flag(term, WHOLE_WORD);
const hasGroups = (run: UnpackedTerms, term: number): boolean => run.hasField(term, FIELD.groups);
const isAmbiguous = (run: UnpackedTerms, term: number): boolean => run.hasField(term, FIELD.ambiguity);
/** Undefined where the run carries no names; null for a term whose name could not be encoded. */
const encodedNameOf = (run: UnpackedTerms, term: number): string | null | undefined =>
  run.withNames ? (run.field(term, FIELD.name) ?? null) : undefined;

function termOf(run: UnpackedTerms, term: number): WatchTerm {
  const groups = run.field(term, FIELD.groups);
  const label = run.field(term, FIELD.label);
  const color = run.field(term, FIELD.color);
  return {
    id: run.field(term, FIELD.id) ?? '',
    text: textOf(run, term),
    groupIds: groups === undefined ? [] : parseGroupIds(groups),
    caseSensitive: isCaseSensitive(run, term),
    wholeWord: isWholeWord(run, term),
    ambiguity: (run.field(term, FIELD.ambiguity) as AmbiguityClass | undefined) ?? null,
    ...(label === undefined ? {} : { label }),
    ...(color === undefined ? {} : { color }),
  };
}

/**
 * A term's group ids as packTerms wrote them. A damaged store (its lengths
 * checked out, its text did not) gives no groups rather than an exception in
 * the middle of a page's scan: the term is then highlighted as a custom one.
 */
function parseGroupIds(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) && parsed.every((id) => typeof id === 'string') ? parsed : [];
  } catch {
    return [];
  }
}
