import type { AboutData } from '../../shared/views/state-views';
import { ExternalLink } from '../../ui/components/ExternalLink';
import { Section } from '../../ui/components/Section';
import { StatusLine } from '../../ui/components/StatusLine';
import type { Loadable } from '../../ui/hooks/use-background';
import { formatTimestamp } from '../../ui/format';

const KIND_LABEL = { bundled: 'bundled', curated: 'curated', imported: 'your import' } as const;

/** Where the data comes from, under which licence, with the notices the licences require. */
export function AboutSection({ about }: { about: Loadable<AboutData> }) {
  const data = about.value;
  return (
    <Section id="about" title="About the data">
      {!data && <StatusLine status={about.status} error={'error' in about ? about.error : undefined} />}
      {data && (
        <>
          <p>
            Dataset version <strong>{data.dataset?.version ?? 'none loaded'}</strong>
            {data.dataset && (
              <>
                , built {data.dataset.builtAt}, loaded {formatTimestamp(data.dataset.loadedAt)}
              </>
            )}
            . It holds {data.counts.groups} groups, {data.counts.aliases} names, {data.counts.incidents}{' '}
            incidents and {data.counts.bounties} reward offers. Everything is stored in your browser; the
            extension sends nothing anywhere.
          </p>
          <ul class="plain-list stack">
            {data.sources.map((source) => (
              <li key={source.id} class="card source-card">
                <h3>
                  {source.name} <span class="badge">{KIND_LABEL[source.kind]}</span>
                </h3>
                <dl class="facts">
                  <dt>Producer</dt>
                  <dd>{source.producer}</dd>
                  <dt>Licence</dt>
                  <dd>{source.licence ?? 'not stated'}</dd>
                  {source.snapshot && (
                    <>
                      <dt>Snapshot</dt>
                      <dd>{source.snapshot}</dd>
                    </>
                  )}
                  {source.url && (
                    <>
                      <dt>Link</dt>
                      <dd class="break">
                        <ExternalLink href={source.url} />
                      </dd>
                    </>
                  )}
                </dl>
                {source.notices?.map((notice, index) => (
                  <blockquote key={index} class="notice-text">
                    {notice}
                  </blockquote>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
