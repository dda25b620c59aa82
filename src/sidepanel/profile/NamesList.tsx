import { useState } from 'preact/hooks';
import { byNameRelevance } from '../../shared/dataset/name-order';
import type { Alias, DataSource } from '../../shared/dataset/types';

const AMBIGUITY_LABEL: Record<NonNullable<Alias['ambiguity']>, string> = {
  'chemical-element': 'also a chemical element',
  surname: 'also a surname',
  'fictional-character': 'also a fictional character',
  'common-word': 'also a common word',
};

/** Enough names to recognise the group; the rest on request so the profile's other sections stay in reach. */
const FIRST_NAMES_SHOWN = 12;

/**
 * The group's names, each with who uses it (vendor naming schemes), the data
 * sources that list it, and, when sources attach it to other groups too, a
 * "disputed" badge naming them.
 */
export function NamesList({
  aliases,
  sources,
  groupNames,
  onOpenGroup,
}: {
  aliases: Alias[];
  sources: DataSource[];
  groupNames: ReadonlyMap<string, string>;
  onOpenGroup: (groupId: string) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const sourceName = (id: string) => sources.find((source) => source.id === id)?.producer ?? id;
  const sorted = [...aliases].sort(byNameRelevance);
  const shown = showAll ? sorted : sorted.slice(0, FIRST_NAMES_SHOWN);
  return (
    <>
      <ul class="plain-list names-list">
        {shown.map((alias) => (
          <li key={alias.id}>
            <span class="alias-name" lang={alias.lang}>
              {alias.name}
            </span>
            {alias.usedBy.length > 0 && <span> · used by {alias.usedBy.join(', ')}</span>}
            <span class="muted"> · from {[...new Set(alias.sources.map(sourceName))].join(', ')}</span>{' '}
            {alias.ambiguity && <span class="badge">{AMBIGUITY_LABEL[alias.ambiguity]}</span>}{' '}
            {alias.disputed && (
              <span class="badge warn">
                disputed: also attributed to{' '}
                {alias.alsoGroupIds.map((groupId, index) => (
                  <span key={groupId}>
                    {index > 0 && ', '}
                    <button type="button" class="link-like inherit" onClick={() => onOpenGroup(groupId)}>
                      {groupNames.get(groupId) ?? groupId}
                    </button>
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
      {sorted.length > FIRST_NAMES_SHOWN && (
        <button type="button" class="names-more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer names' : `Show all ${sorted.length} names`}
        </button>
      )}
    </>
  );
}
