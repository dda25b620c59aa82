import type { Settings } from '../../shared/settings';
import { allTerms, termsAt, type TermList } from '../../shared/watch/term-list';
import { fnv1a } from '../../shared/hash';
import { keyRepresentatives } from '../../shared/watch/key-representatives';
import { CURRENT_KEY, FLASH_KEY, highlightKeyFor } from './keys';

// Hues that stay distinguishable from each other; used translucent so the
// page's own text colour shows through on light and dark pages alike.
const GROUP_HUES = [42, 200, 330, 140, 265, 15, 175, 300];

function groupColour(key: string, alpha: number): string {
  const hue = GROUP_HUES[parseInt(fnv1a(key).slice(0, 4), 16) % GROUP_HUES.length] ?? 42;
  return `hsl(${hue} 95% 55% / ${alpha})`;
}

function hexWithAlpha(hex: string, alpha: number): string {
  const value = /^#[0-9a-f]{6}$/i.test(hex) ? hex : '#ffb000';
  return `${value}${Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0')}`;
}

function declarations(colour: (alpha: number) => string, style: Settings['highlightStyle']): string {
  switch (style) {
    case 'underline':
      return `text-decoration: underline 2px ${colour(1)}; text-underline-offset: 2px;`;
    case 'outline':
      return `text-decoration: underline 1px solid ${colour(1)}; background-color: ${colour(0.16)};`;
    default:
      return `background-color: ${colour(0.38)}; color: inherit;`;
  }
}

/**
 * The ::highlight() rule of every key the watch list can produce, by key.
 * `representatives` are indexes of one term per key (keyRepresentatives),
 * as the background sent them; computed here only for a list without them.
 */
export function highlightRules(
  terms: TermList,
  style: Settings['highlightStyle'],
  representatives: readonly number[] = keyRepresentatives(allTerms(terms)),
): Map<string, string> {
  const rules = new Map<string, string>();
  for (const term of termsAt(terms, representatives)) {
    const key = highlightKeyFor(term);
    if (!rules.has(key)) {
      const colour = term.color
        ? (alpha: number) => hexWithAlpha(term.color ?? '', alpha)
        : (alpha: number) => groupColour(key, alpha);
      rules.set(key, `::highlight(${key}) { ${declarations(colour, style)} }`);
    }
  }
  rules.set(
    CURRENT_KEY,
    `::highlight(${CURRENT_KEY}) { background-color: #1d4ed8; color: #ffffff; text-decoration: underline 2px #ffffff; }`,
  );
  rules.set(FLASH_KEY, `::highlight(${FLASH_KEY}) { background-color: #f97316; color: #111111; }`);
  return rules;
}
