import { readFileSync } from 'node:fs';

/** Reads a JSON file, dropping a leading UTF-8 byte-order mark (MicrosoftMapping.json has one). */
export function readJsonFile(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
