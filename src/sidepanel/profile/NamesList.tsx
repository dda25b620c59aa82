import type { Alias, DataSource } from '../../shared/dataset/types';

const AMBIGUITY_LABEL: Record<NonNullable<Alias['ambiguity']>, string> = {
  'chemical-element': 'also a chemical element',
  surname: 'also a surname',
  'fictional-character': 'also a fictional character',
  'common-word': 'also a common word',
};

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
  const sourceName = (id: string) => sources.find((source) => source.id === id)?.producer ?? id;
  const sorted = [...aliases].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <ul class="plain-list names-list">
      {sorted.map((alias) => (
        <li key={alias.id}>
          <span class="alias-name" lang={alias.lang}>
            {alias.name}
          </span>
          {alias.usedBy.length > 0 && <span class="muted"> · used by {alias.usedBy.join(', ')}</span>}
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
  );
}
