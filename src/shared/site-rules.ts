import type { SiteRule } from './store/records';

/**
 * Whether highlighting runs on a page. The most specific matching rule wins
 * (a deny beats an allow of equal specificity), so "allow news.example.com"
 * can carve an exception out of "deny example.com"; with no rule a page is on.
 *
 * Patterns:  "example.com"     the host and its subdomains
 *            "*.example.com"   subdomains only
 *            "https://x.org/a" a URL prefix
 */
export function isPageEnabled(pageUrl: string, rules: readonly SiteRule[], masterSwitch: boolean): boolean {
  if (!masterSwitch) {
    return false;
  }
  const best = bestRule(pageUrl, rules);
  return best?.mode !== 'deny';
}

export function bestRule(pageUrl: string, rules: readonly SiteRule[]): SiteRule | null {
  let best: SiteRule | null = null;
  let bestScore = -1;
  for (const rule of rules) {
    const score = matchScore(pageUrl, rule.pattern);
    if (score < 0) {
      continue;
    }
    if (score > bestScore || (score === bestScore && rule.mode === 'deny')) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}

/** -1 for no match; otherwise higher for more specific patterns. */
export function matchScore(pageUrl: string, pattern: string): number {
  const trimmed = pattern.trim().toLowerCase();
  if (!trimmed) {
    return -1;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed)) {
    return pageUrl.toLowerCase().startsWith(trimmed) ? 1000 + trimmed.length : -1;
  }
  const host = hostOf(pageUrl);
  if (!host) {
    return -1;
  }
  if (trimmed.startsWith('*.')) {
    const base = trimmed.slice(2);
    return host.endsWith(`.${base}`) ? base.length : -1;
  }
  return host === trimmed || host.endsWith(`.${trimmed}`) ? trimmed.length + 1 : -1;
}

export function hostOf(pageUrl: string): string | null {
  try {
    return new URL(pageUrl).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}
