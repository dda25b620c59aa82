import { IGNORABLE_SOURCE } from './chars';

const HAS_IGNORABLE = new RegExp(IGNORABLE_SOURCE, 'u');
const IGNORABLE_CODES = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** Text with invisible characters removed, and where each remaining character was. */
export interface StrippedText {
  text: string;
  /** Original offset of each character of `text`; one extra entry for the end. */
  originalOffsets: Int32Array | null;
}

/**
 * Soft hyphens and zero-width characters inside a name ("Laz\u00adarus") are
 * removed before matching rather than allowed between every pair of
 * characters in the pattern, which would slow every step of the scan. Most
 * text has none, and then this is one fast search and no copy.
 */
export function stripIgnorables(text: string): StrippedText {
  if (!HAS_IGNORABLE.test(text)) {
    return { text, originalOffsets: null };
  }
  const offsets = new Int32Array(text.length + 1);
  const kept: string[] = [];
  let runStart = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    if (IGNORABLE_CODES.has(text.charCodeAt(i))) {
      kept.push(text.slice(runStart, i));
      runStart = i + 1;
    } else {
      offsets[length++] = i;
    }
  }
  kept.push(text.slice(runStart));
  offsets[length] = text.length;
  return { text: kept.join(''), originalOffsets: offsets.subarray(0, length + 1) };
}

/** Maps a [start, end) range of the stripped text back to the original text. */
export function originalRange(stripped: StrippedText, start: number, end: number): [number, number] {
  const offsets = stripped.originalOffsets;
  if (!offsets) {
    return [start, end];
  }
  return [offsets[start] ?? start, (offsets[end - 1] ?? end - 1) + 1];
}
