import { afterEach, describe, expect, it } from 'vitest';
import { onContextMenuClick } from '../../../src/background/context-menu';
import { BackgroundRuntime } from '../../../src/background/runtime';
import { ensureBundledDataset } from '../../../src/background/store/dataset-load';
import { closeAllStores, openStore } from '../../../src/background/store/open';
import { smallDataset } from '../store/fixtures';

afterEach(closeAllStores);

async function runtime() {
  const db = await openStore(`menu-${Math.random()}`);
  await ensureBundledDataset(db, smallDataset('1', ['Kimsuky']));
  const revisions: string[] = [];
  const background = new BackgroundRuntime(db, {
    saveBootstrap: async () => undefined,
    broadcastStateChanged: async (revision) => void revisions.push(revision),
    extensionVersion: 'test',
  });
  return { background, revisions };
}

describe('context menu: watch this term', () => {
  it('turns the selected text into an enabled custom term and tells every tab', async () => {
    const { background, revisions } = await runtime();
    await onContextMenuClick(
      { menuItemId: 'nktl-watch-selection', selectionText: '  Operation\n Dream   Job ' },
      background,
    );
    const terms = await background.db.getAll('customTerms');
    expect(terms).toHaveLength(1);
    expect(terms[0]).toMatchObject({
      text: 'Operation Dream Job',
      label: 'Operation Dream Job',
      enabled: true,
      wholeWord: true,
    });
    expect(revisions).toHaveLength(1);
    const bootstrap = await background.bootstrap();
    expect(bootstrap.watchList.terms.map((term) => term.text)).toContain('Operation Dream Job');
  });

  it('ignores other menu items and empty selections', async () => {
    const { background, revisions } = await runtime();
    await onContextMenuClick({ menuItemId: 'something-else', selectionText: 'Kimsuky' }, background);
    await onContextMenuClick({ menuItemId: 'nktl-watch-selection', selectionText: '   ' }, background);
    expect(await background.db.getAll('customTerms')).toEqual([]);
    expect(revisions).toEqual([]);
  });
});
