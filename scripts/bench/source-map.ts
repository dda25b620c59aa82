import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Maps a minified extension frame (file, line, column) back to its source
 * through the build's .map files, so "where the time goes" names
 * src/content/… functions instead of one-letter minified names.
 * A tiny VLQ decoder: the bench may not add packages.
 */

interface Segment {
  column: number;
  source: number;
  line: number;
  sourceColumn: number;
  name: number | undefined;
}

interface Decoded {
  sources: string[];
  names: string[];
  lines: Segment[][];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const cache = new Map<string, Decoded | null>();

export interface Original {
  source: string;
  line: number;
  name: string | undefined;
}

/** `file` is relative to the built extension root (e.g. assets/x.js); line and column 0-based. */
export function originalPosition(
  distRoot: string,
  file: string,
  line: number,
  column: number,
): Original | null {
  const map = load(resolve(distRoot, `${file}.map`));
  const segments = map?.lines[line];
  if (!map || !segments) {
    return null;
  }
  let found: Segment | undefined;
  for (const segment of segments) {
    if (segment.column > column) {
      break;
    }
    found = segment;
  }
  if (!found) {
    return null;
  }
  const source = (map.sources[found.source] ?? '?').replace(/^(\.\.\/)+/, '');
  return { source, line: found.line + 1, name: found.name === undefined ? undefined : map.names[found.name] };
}

function load(path: string): Decoded | null {
  if (!cache.has(path)) {
    cache.set(path, existsSync(path) ? decode(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return cache.get(path) ?? null;
}

function decode(raw: { sources: string[]; names: string[]; mappings: string }): Decoded {
  const lines: Segment[][] = [];
  const state = [0, 0, 0, 0, 0];
  for (const lineText of raw.mappings.split(';')) {
    const segments: Segment[] = [];
    state[0] = 0;
    for (const text of lineText.split(',')) {
      if (!text) {
        continue;
      }
      const values = vlq(text);
      for (let index = 0; index < values.length; index += 1) {
        state[index] = (state[index] ?? 0) + (values[index] ?? 0);
      }
      if (values.length >= 4) {
        segments.push({
          column: state[0] ?? 0,
          source: state[1] ?? 0,
          line: state[2] ?? 0,
          sourceColumn: state[3] ?? 0,
          name: values.length >= 5 ? state[4] : undefined,
        });
      }
    }
    lines.push(segments);
  }
  return { sources: raw.sources, names: raw.names, lines };
}

function vlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}
