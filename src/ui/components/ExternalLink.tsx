import type { ComponentChildren } from 'preact';

/** Only web links become anchors: a `javascript:` or `data:` URL from an import is shown as text. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A link to a source page, opened in a new tab without a referrer or opener. */
export function ExternalLink({ href, children }: { href: string; children?: ComponentChildren }) {
  if (!isWebUrl(href)) {
    return <span>{children ?? href}</span>;
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
