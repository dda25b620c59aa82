import { useMemo, useState } from 'preact/hooks';
import type { GroupSwitchView } from '../../shared/views/state-views';
import { Section } from '../../ui/components/Section';
import { filterGroups } from './filter-groups';
import { GroupSwitchCard } from './GroupSwitchCard';

/** Which groups and which of their names are highlighted. */
export function WatchTermsSection({ groups }: { groups: GroupSwitchView[] }) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => filterGroups(groups, filter), [groups, filter]);
  return (
    <Section id="watch" title="Watch terms">
      <p class="muted">
        Switch off a group to stop highlighting all its names, or a single name that causes false hits. Names
        marked “needs context” are highlighted only near words about cyber attacks or North Korea.
      </p>
      <label class="field">
        <span>Filter by group or name</span>
        <input type="search" value={filter} onInput={(event) => setFilter(event.currentTarget.value)} />
      </label>
      <p class="muted" role="status" aria-live="polite">
        {`${shown.length} of ${groups.length} groups shown`}
      </p>
      <ul class="plain-list group-switches">
        {shown.map((entry) => (
          <GroupSwitchCard key={entry.group.id} entry={entry} />
        ))}
      </ul>
    </Section>
  );
}
