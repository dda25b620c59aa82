import type { DataSource, SourceLink } from '../../shared/dataset/types';
import { ExternalLink } from '../../ui/components/ExternalLink';

/** The data sources behind the group and its pages at each. */
export function SourcesList({ sources, links }: { sources: DataSource[]; links: SourceLink[] }) {
  return (
    <>
      <ul class="source-links">
        {links.map((link) => (
          <li key={link.url + link.title}>
            <ExternalLink href={link.url}>{link.title}</ExternalLink>
          </li>
        ))}
      </ul>
      <ul class="plain-list muted">
        {sources.map((source) => (
          <li key={source.id}>
            {source.name} ({source.producer}
            {source.snapshot ? `, snapshot ${source.snapshot}` : ''})
          </li>
        ))}
      </ul>
    </>
  );
}
