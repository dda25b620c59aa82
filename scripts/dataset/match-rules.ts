import type { AmbiguityClass } from '../../src/shared/dataset/types';
import type { CuratedMatchRulesFile } from './curated-types';
import { normaliseAliasName } from '../../src/shared/dataset/normalise';

export interface MatchRule {
  caseSensitive: boolean;
  ambiguity: AmbiguityClass | null;
}

/**
 * Per-name match rules from curated/match-rules.json: names that are ordinary
 * words elsewhere (ZINC, Lazarus, Andariel, Reaper) and names that must keep
 * their exact case (short names, all-caps element names, ATT&CK ids).
 */
export function makeMatchRule(rules: CuratedMatchRulesFile): (name: string) => MatchRule {
  const caseNames = new Set(rules.caseSensitive.names.map(normaliseAliasName));
  const casePatterns = rules.caseSensitive.patterns.map((p) => new RegExp(p, 'u'));
  const ambiguity = new Map<string, AmbiguityClass>();
  for (const entry of rules.ambiguity) {
    ambiguity.set(normaliseAliasName(entry.name), entry.class);
  }
  return (name: string): MatchRule => {
    const key = normaliseAliasName(name);
    const caseSensitive =
      caseNames.has(key) ||
      [...name].length <= rules.caseSensitive.maxLength ||
      casePatterns.some((pattern) => pattern.test(name));
    return { caseSensitive, ambiguity: ambiguity.get(key) ?? null };
  };
}
