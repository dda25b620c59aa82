import type { CuratedNamingSchemesFile } from './curated-types';
import { normaliseAliasName } from '../../src/shared/dataset/normalise';

/**
 * Which vendors' naming schemes use a name: "* Sleet" is Microsoft's,
 * "* Chollima" CrowdStrike's, UNC#### Mandiant's, and so on. Patterns and
 * one-off names live in curated/naming-schemes.json; a name no rule covers
 * gets an empty list rather than a guess.
 */
export function makeUsedBy(schemes: CuratedNamingSchemesFile): (name: string) => string[] {
  const patterns = schemes.patterns.map((rule) => ({
    regex: new RegExp(rule.pattern, 'u'),
    usedBy: rule.usedBy,
  }));
  const named = new Map<string, string[]>();
  for (const entry of schemes.names) {
    named.set(normaliseAliasName(entry.name), entry.usedBy);
  }
  return (name: string): string[] => {
    const result = new Set<string>(named.get(normaliseAliasName(name)) ?? []);
    for (const { regex, usedBy } of patterns) {
      if (regex.test(name)) {
        result.add(usedBy);
      }
    }
    return [...result].sort();
  };
}
