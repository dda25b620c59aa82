import type { Incident } from '../../shared/dataset/types';
import { ExternalLink } from '../../ui/components/ExternalLink';
import { formatPartialDate, formatUsd } from '../../ui/format';

/** Every incident in date order, with who attributed it and the sources. */
export function IncidentList({ incidents }: { incidents: Incident[] }) {
  const sorted = [...incidents].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol class="plain-list incident-list">
      {sorted.map((incident) => (
        <li key={incident.id} class="card">
          <h4>
            {incident.name} {incident.disputed && <span class="badge warn">attribution disputed</span>}
          </h4>
          <p class="muted">
            {formatPartialDate(incident.date)} · {incident.victim} ·{' '}
            {incident.lossUsd ? formatUsd(incident.lossUsd) : 'no known monetary loss'}
          </p>
          <p>{incident.summary}</p>
          {incident.attributions.length > 0 && (
            <p class="muted">
              Attributed by{' '}
              {incident.attributions.map((attribution, index) => (
                <span key={`${attribution.by}:${index}`}>
                  {index > 0 && ', '}
                  <ExternalLink href={attribution.source.url}>{attribution.by}</ExternalLink>
                  {attribution.date ? ` (${formatPartialDate(attribution.date)})` : ''}
                </span>
              ))}
            </p>
          )}
          <ul class="source-links">
            {incident.sources.map((source) => (
              <li key={source.url}>
                <ExternalLink href={source.url}>{source.title}</ExternalLink>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
