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
  /** Every term's string fields (FIELDS, in order), one after another. */
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

/** One packed run, checked and with each field's start worked out. */
class UnpackedRun {
  /** starts[term * FIELD_COUNT + field]: where that value begins in `strings`. */
  private readonly starts: Int32Array;

  constructor(private readonly packed: PackedTerms) {
    this.starts = new Int32Array(packed.lengths.length);
    let at = 0;
    packed.lengths.forEach((length, slot) => {
      this.starts[slot] = at;
      at += Math.max(0, length);
    });
  }

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

/** True when `value` has PackedTerms's shape and its lengths fit its strings (it comes from storage, which a bug or a tool may have damaged). */
export function isPackedTerms(value: unknown): value is PackedTerms {
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
    return false;
  }
  let total = 0;
  for (const length of packed.lengths) {
    if (!Number.isInteger(length) || (length as number) < ABSENT) {
      return false;
    }
    total += Math.max(0, length as number);
  }
  return total === packed.strings.length && packed.flags.every((flags) => Number.isInteger(flags));
}

/** Packed runs read as one TermList; without names it ignores their encoded names (built by another version). */
export class PackedTermList implements TermList {
  readonly length: number;
  /** Where each run's first term is in the whole list. */
  private readonly firsts: number[] = [];
  private readonly made = new Map<number, WatchTerm>();

  static fromPacked(packed: readonly PackedTerms[]): PackedTermList {
    return new PackedTermList(
      packed.map((run) => new UnpackedRun(run)),
      true,
    );
  }

  private constructor(
    private readonly runs: readonly UnpackedRun[],
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
      term = this.make(index);
      this.made.set(index, term);
    }
    return term;
  }

  textAt(index: number): string {
    const run = this.runOf(index);
    return this.runs[run]?.field(this.inRun(index, run), FIELD.text) ?? '';
  }

  caseSensitiveAt(index: number): boolean {
    const run = this.runOf(index);
    return (this.runs[run] as UnpackedRun).flag(this.inRun(index, run), CASE_SENSITIVE);
  }

  wholeWordAt(index: number): boolean {
    const run = this.runOf(index);
    return (this.runs[run] as UnpackedRun).flag(this.inRun(index, run), WHOLE_WORD);
  }

  isCustomAt(index: number): boolean {
    const run = this.runOf(index);
    return !(this.runs[run] as UnpackedRun).hasField(this.inRun(index, run), FIELD.groups);
  }

  isAmbiguousAt(index: number): boolean {
    const run = this.runOf(index);
    return (this.runs[run] as UnpackedRun).hasField(this.inRun(index, run), FIELD.ambiguity);
  }

  encodedNameAt(index: number): string | null | undefined {
    const run = this.runOf(index);
    const packed = this.runs[run] as UnpackedRun;
    if (!this.useNames || !packed.withNames) {
      return undefined;
    }
    return packed.field(this.inRun(index, run), FIELD.name) ?? null;
  }

  private make(index: number): WatchTerm {
    const runIndex = this.runOf(index);
    const run = this.runs[runIndex] as UnpackedRun;
    const term = this.inRun(index, runIndex);
    const groups = run.field(term, FIELD.groups);
    const label = run.field(term, FIELD.label);
    const color = run.field(term, FIELD.color);
    return {
      id: run.field(term, FIELD.id) ?? '',
      text: run.field(term, FIELD.text) ?? '',
      groupIds: groups === undefined ? [] : (JSON.parse(groups) as string[]),
      caseSensitive: run.flag(term, CASE_SENSITIVE),
      wholeWord: run.flag(term, WHOLE_WORD),
      ambiguity: (run.field(term, FIELD.ambiguity) as AmbiguityClass | undefined) ?? null,
      ...(label === undefined ? {} : { label }),
      ...(color === undefined ? {} : { color }),
    };
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

  private inRun(index: number, run: number): number {
    return index - (this.firsts[run] as number);
  }
}
