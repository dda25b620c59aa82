import type { SearchHit } from '../../shared/views/group-views';

const KIND_HEADINGS: Record<SearchHit['kind'], string> = {
  group: 'Groups',
  alias: 'Names',
  incident: 'Incidents',
  bounty: 'Rewards',
};
const KIND_ORDER: SearchHit['kind'][] = ['group', 'alias', 'incident', 'bounty'];

/** Hits under a heading per kind; a hit with a group opens it. */
export function SearchResults({
  hits,
  onOpenGroup,
}: {
  hits: SearchHit[];
  onOpenGroup: (groupId: string) => void;
}) {
  return (
    <div class="stack">
      {KIND_ORDER.map((kind) => {
        const ofKind = hits.filter((hit) => hit.kind === kind);
        if (ofKind.length === 0) {
          return null;
        }
        return (
          <section key={kind} aria-label={KIND_HEADINGS[kind]}>
            <h2 class="result-kind">{KIND_HEADINGS[kind]}</h2>
            <ul class="plain-list">
              {ofKind.map((hit) => (
                <li key={`${hit.kind}:${hit.id}`}>
                  {hit.groupId ? (
                    <button
                      type="button"
                      class="list-button"
                      onClick={() => onOpenGroup(hit.groupId as string)}
                    >
                      <span class="list-button-title">{hit.title}</span>
                      <span class="muted list-button-detail">{hit.detail}</span>
                    </button>
                  ) : (
                    <div class="list-button static">
                      <span class="list-button-title">{hit.title}</span>
                      <span class="muted list-button-detail">{hit.detail}</span>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
