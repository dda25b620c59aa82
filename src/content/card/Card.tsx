import type { GroupCard } from '../../shared/views/group-views';
import type { WatchTerm } from '../../shared/watch/types';
import { formatDate, formatUsd } from './format';

export interface CardActions {
  openSidePanel(groupId: string | null): void;
  unwatch(termId: string): void;
  disableSite(): void;
  close(): void;
}

export interface CardProps {
  card: GroupCard | null;
  term: WatchTerm;
  /** The text as it appears on the page. */
  matchedText: string;
  scheme: 'light' | 'dark';
  /** Unique in the card's shadow root, which holds one card per group. */
  titleId: string;
  actions: CardActions;
}

const MAX_NAMES = 12;

/** Every string here comes from the dataset or the page: rendered as text, never as HTML. */
export function Card({ card, term, matchedText, scheme, titleId, actions }: CardProps) {
  return (
    <div class={`card ${scheme}`} role="dialog" aria-labelledby={titleId} aria-modal="false">
      <header>
        <h2 id={titleId}>{card ? card.group.name : (term.label ?? term.text)}</h2>
        <button type="button" class="close" aria-label="Close card" onClick={actions.close}>
          ×
        </button>
      </header>
      <p class="matched">
        Matched “{matchedText}”{card ? '' : ' · your custom term'}
        {card?.group.attackId ? ` · ATT&CK ${card.group.attackId}` : ''}
      </p>
      {card ? <GroupDetails card={card} /> : null}
      <footer>
        <button type="button" onClick={() => actions.openSidePanel(card?.group.id ?? null)}>
          Open in side panel
        </button>
        <button type="button" onClick={() => actions.unwatch(term.id)}>
          Stop watching “{term.text}”
        </button>
        <button type="button" onClick={actions.disableSite}>
          Turn off on this site
        </button>
      </footer>
    </div>
  );
}

function GroupDetails({ card }: { card: GroupCard }) {
  const names = card.names.slice(0, MAX_NAMES);
  return (
    <>
      {card.group.summary ? <p class="summary">{card.group.summary}</p> : null}
      {card.group.sponsor ? (
        <p class="sponsor">
          <span class="label">Attributed to</span> {card.group.sponsor}
        </p>
      ) : null}
      {names.length > 0 ? (
        <section aria-label="Other names">
          <h3>Also known as</h3>
          <ul class="names">
            {names.map((name) => (
              <li key={name.name} lang={name.lang}>
                {name.name}
                {name.usedBy.length > 0 ? <span class="by"> · {name.usedBy.join(', ')}</span> : null}
                {name.disputed ? <span class="disputed"> · disputed</span> : null}
              </li>
            ))}
            {card.names.length > MAX_NAMES ? (
              <li class="more">+{card.names.length - MAX_NAMES} more</li>
            ) : null}
          </ul>
        </section>
      ) : null}
      {card.bounty ? (
        <section aria-label="Bounty">
          <h3>Reward</h3>
          <p>
            Up to <strong>{formatUsd(card.bounty.maxAmountUsd)}</strong> · {card.bounty.program},{' '}
            {formatDate(card.bounty.date)}
            {card.bounty.sources[0] ? (
              <>
                {' · '}
                <a href={card.bounty.sources[0].url} target="_blank" rel="noopener noreferrer">
                  source
                </a>
              </>
            ) : null}
          </p>
        </section>
      ) : null}
      {card.incidents.length > 0 ? (
        <section aria-label="Linked incidents">
          <h3>
            Linked incidents
            {card.incidentCount > card.incidents.length
              ? ` (top ${card.incidents.length} of ${card.incidentCount})`
              : ''}
          </h3>
          <ul class="incidents">
            {card.incidents.map((incident) => (
              <li key={incident.id}>
                <span class="date">{formatDate(incident.date)}</span> {incident.victim}
                {incident.lossUsd !== null ? <strong> · {formatUsd(incident.lossUsd)}</strong> : null}
                {incident.disputed ? <span class="disputed"> · disputed</span> : null}
                {incident.sources[0] ? (
                  <>
                    {' · '}
                    <a href={incident.sources[0].url} target="_blank" rel="noopener noreferrer">
                      source
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="sources">
        <span class="label">Sources:</span> {card.sourceNames.join(', ')}
        {card.group.links[0] ? (
          <>
            {' · '}
            <a href={card.group.links[0].url} target="_blank" rel="noopener noreferrer">
              {card.group.links[0].title}
            </a>
          </>
        ) : null}
      </p>
    </>
  );
}
