import { useEffect, useMemo, useState } from 'preact/hooks';
import { takeRequestedGroup } from '../shared/side-panel-request';
import { panelId, tabId, Tabs, type TabSpec } from '../ui/components/Tabs';
import { useBackground } from '../ui/hooks/use-background';
import { useBroadcast } from '../ui/hooks/use-broadcast';
import { GroupsList } from './groups/GroupsList';
import { OnThisPage } from './on-this-page/OnThisPage';
import { GroupProfileView } from './profile/GroupProfileView';
import { SearchPanel } from './search/SearchPanel';

type PanelTab = 'page' | 'groups' | 'search';

const TABS: TabSpec<PanelTab>[] = [
  { id: 'page', label: 'On this page' },
  { id: 'groups', label: 'Groups' },
  { id: 'search', label: 'Search' },
];
const ID_PREFIX = 'panel';

/**
 * The analyst's side panel: three tabs, and a group profile that opens over
 * the current tab's list (Back returns to it). The panel may be asked to open
 * at a group before it starts (takeRequestedGroup) or while open (bg/show-group).
 */
export function SidePanelApp() {
  const [tab, setTab] = useState<PanelTab>('page');
  const [groupId, setGroupId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const overview = useBackground({ type: 'ui/overview' }, 'overview');

  useEffect(() => {
    void takeRequestedGroup().then((requested) => {
      if (requested) {
        setGroupId(requested);
      }
    });
  }, []);

  useBroadcast((message) => {
    if (message.type === 'bg/show-group') {
      setGroupId(message.groupId);
    } else if (message.type === 'bg/ui-state-changed') {
      overview.reload();
    }
  });

  const groupNames = useMemo(
    () => new Map((overview.value?.groups ?? []).map((group) => [group.id, group.name])),
    [overview.value],
  );

  const selectTab = (next: PanelTab) => {
    setTab(next);
    setGroupId(null);
  };

  return (
    <main class="panel">
      <header class="panel-header">
        <h1>NK Threat Lens</h1>
      </header>
      <Tabs
        tabs={TABS}
        selected={tab}
        onSelect={selectTab}
        idPrefix={ID_PREFIX}
        label="Side panel sections"
      />
      {TABS.map((spec) => (
        <div
          key={spec.id}
          role="tabpanel"
          id={panelId(ID_PREFIX, spec.id)}
          aria-labelledby={tabId(ID_PREFIX, spec.id)}
          hidden={spec.id !== tab}
          class="panel-body"
        >
          {spec.id === tab && groupId && (
            <GroupProfileView
              groupId={groupId}
              groupNames={groupNames}
              onOpenGroup={setGroupId}
              onBack={() => setGroupId(null)}
            />
          )}
          {/* Lists stay mounted under an open profile so Back returns to the same place and query. */}
          <div hidden={spec.id === tab && groupId !== null}>
            {spec.id === 'page' && <OnThisPage onOpenGroup={setGroupId} />}
            {spec.id === 'groups' && <GroupsList overview={overview} onOpenGroup={setGroupId} />}
            {spec.id === 'search' && (
              <SearchPanel query={query} onQueryChange={setQuery} onOpenGroup={setGroupId} />
            )}
          </div>
        </div>
      ))}
    </main>
  );
}
