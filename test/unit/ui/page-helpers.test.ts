import { describe, expect, it } from 'vitest';
import { filterGroups } from '../../../src/options/watch/filter-groups';
import { groupMentions } from '../../../src/sidepanel/on-this-page/group-mentions';
import { fractionalYear, layoutTimeline } from '../../../src/sidepanel/profile/timeline-layout';
import type { PageMention } from '../../../src/shared/views/page-views';
import type { GroupSwitchView } from '../../../src/shared/views/state-views';
import { formatPartialDate } from '../../../src/ui/format';

const mention = (
  index: number,
  groupId: string | null,
  groupName: string,
  termId = `t${index}`,
): PageMention => ({
  index,
  frameId: 0,
  groupId,
  groupName,
  termId,
  alias: groupName,
  before: '',
  after: '',
});

describe('groupMentions', () => {
  it('groups by group (custom terms by term), most-mentioned first, then by name, page order within', () => {
    const groups = groupMentions([
      mention(0, 'kimsuky', 'Kimsuky'),
      mention(1, 'lazarus-group', 'Lazarus Group'),
      mention(2, null, 'My term', 'custom:1'),
      mention(3, 'lazarus-group', 'Lazarus Group'),
    ]);
    expect(groups.map((group) => [group.key, group.mentions.map((m) => m.index)])).toEqual([
      ['lazarus-group', [1, 3]],
      ['kimsuky', [0]],
      ['custom:1', [2]],
    ]);
  });
});

describe('filterGroups', () => {
  const alias = (name: string) => ({
    id: name,
    name,
    lang: 'en',
    enabled: true,
    ambiguity: null,
    caseSensitive: false,
    disputed: false,
  });
  const groups: GroupSwitchView[] = [
    {
      id: 'b',
      name: 'Kimsuky',
      kind: 'group',
      enabled: true,
      aliases: [alias('Velvet Chollima'), alias('APT43')],
    },
    { id: 'a', name: 'Lazarus Group', kind: 'group', enabled: true, aliases: [alias('Diamond Sleet')] },
  ];

  it('sorts by name and keeps all aliases without a filter', () => {
    expect(filterGroups(groups, ' ').map((entry) => entry.group.id)).toEqual(['b', 'a']);
  });

  it('matches aliases and opens their list', () => {
    const [entry, ...rest] = filterGroups(groups, 'chollima');
    expect(rest).toEqual([]);
    expect(entry?.group.id).toBe('b');
    expect(entry?.aliases.map((a) => a.name)).toEqual(['Velvet Chollima']);
    expect(entry?.matchedAlias).toBe(true);
  });
});

describe('timeline layout', () => {
  it('reads partial dates', () => {
    expect(fractionalYear('2016')).toBe(2016.5);
    expect(fractionalYear('2016-07')).toBeCloseTo(2016.54, 2);
    expect(fractionalYear('2016-01-01')).toBeCloseTo(2016.0013, 3);
  });

  it('puts later incidents to the right, larger losses higher, unknown losses on the axis', () => {
    const layout = layoutTimeline([
      { id: 'a', name: 'A', date: '2016-02', lossUsd: 81_000_000, disputed: false },
      { id: 'b', name: 'B', date: '2025-02-21', lossUsd: 1_500_000_000, disputed: false },
      { id: 'c', name: 'C', date: '2014-11-24', lossUsd: null, disputed: false },
    ]);
    const [c, a, b] = layout.points;
    expect([c?.incident.id, a?.incident.id, b?.incident.id]).toEqual(['c', 'a', 'b']);
    expect(c?.y).toBe(layout.axisY);
    expect(b!.y).toBeLessThan(a!.y);
    expect(b?.label).toBe('$1.5B');
    expect(layout.years[0]?.label).toBe('2014');
    expect(layout.lossTicks.map((tick) => tick.label)).toEqual(['$1M', '$10M', '$100M', '$1B', '$10B']);
  });
});

describe('formatPartialDate', () => {
  it('shows only the precision the date has', () => {
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate('2025-02')).toBe('Feb 2025');
    expect(formatPartialDate('2025-02-21')).toBe('21 Feb 2025');
  });
});
