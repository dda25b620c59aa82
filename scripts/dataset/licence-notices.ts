import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * ATT&CK's licence asks that copies reproduce MITRE's copyright designation
 * and the licence text. Both are taken verbatim from the shipped LICENSE.txt
 * (its ATT&CK section), so a new snapshot brings its own year.
 */
export function readAttackNotices(sharedDir: string): string[] {
  const text = readFileSync(join(sharedDir, 'mitre-attack/LICENSE.txt'), 'utf8').replace(/\r\n/gu, '\n');
  const attackSection = text.split(/\n(?=CAPEC)/u)[0] ?? '';
  const licenceMatch = /License\n-+\n([\s\S]*?)\n\n/u.exec(attackSection);
  const copyrightMatch = /"(©[^"]+)"/u.exec(attackSection);
  if (!licenceMatch?.[1] || !copyrightMatch?.[1]) {
    throw new Error('mitre-attack/LICENSE.txt: could not find the ATT&CK licence text and copyright notice');
  }
  const licence = licenceMatch[1].split('\n').join(' ').replace(/\s+/gu, ' ').trim();
  return [copyrightMatch[1].trim(), licence];
}
