import type { Bounty } from '../../shared/dataset/types';
import { ExternalLink } from '../../ui/components/ExternalLink';
import { formatPartialDate, formatUsd } from '../../ui/format';

/** Reward offers that name or cover the group. */
export function BountyList({ bounties }: { bounties: Bounty[] }) {
  return (
    <ul class="plain-list stack">
      {bounties.map((bounty) => (
        <li key={bounty.id} class="card">
          <p>
            <strong>Up to {formatUsd(bounty.maxAmountUsd)}</strong>
            <span class="muted">
              {' '}
              · {bounty.program} · {formatPartialDate(bounty.date)}
            </span>
          </p>
          <p>{bounty.scope}</p>
          {bounty.discrepancy && <p class="muted">Note: {bounty.discrepancy}</p>}
          <ul class="source-links">
            {bounty.sources.map((source) => (
              <li key={source.url}>
                <ExternalLink href={source.url}>{source.title}</ExternalLink>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
