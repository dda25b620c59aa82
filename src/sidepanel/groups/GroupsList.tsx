import { useMemo, useState } from 'preact/hooks';
import type { GroupSwitchView } from '../../shared/views/state-views';
import { StatusLine } from '../../ui/components/StatusLine';
import type { Loadable } from '../../ui/hooks/use-background';
import type { Overview } from '../../shared/views/state-views';

const KIND_LABEL: Record<GroupSwitchView['kind'], string> = {
  group: 'group',
  umbrella: 'umbrella name',
  campaign: 'campaign',
};

/** Every group in the dataset (bundled and imported), filterable by name. */
export function GroupsList({
  overview,
  onOpenGroup,
}: {
  overview: Loadable<Overview>;
  onOpenGroup: (groupId: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (overview.value?.groups ?? [])
      .filter((group) => !needle || group.name.toLowerCase().includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [overview.value, filter]);

  return (
    <div class="stack">
      <label class="field">
        <span>Filter groups</span>
        <input type="search" value={filter} onInput={(event) => setFilter(event.currentTarget.value)} />
      </label>
      <StatusLine status={overview.status} error={'error' in overview ? overview.error : undefined} />
      <p class="muted" role="status" aria-live="polite">
        {overview.value ? `${groups.length} of ${overview.value.groups.length} groups` : ''}
      </p>
      <ul class="plain-list group-list">
        {groups.map((group) => (
          <li key={group.id}>
            <button type="button" class="list-button" onClick={() => onOpenGroup(group.id)}>
              <span class="list-button-title">{group.name}</span>
              {group.kind !== 'group' && <span class="badge">{KIND_LABEL[group.kind]}</span>}
              <span class="muted list-button-detail">{`${group.aliases.length} names`}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
