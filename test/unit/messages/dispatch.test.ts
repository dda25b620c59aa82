import { afterEach, describe, expect, it } from 'vitest';
import { backgroundRoutes } from '../../../src/background/handlers/routes';
import type { HandlerContext } from '../../../src/background/handlers/context';
import { BackgroundRuntime } from '../../../src/background/runtime';
import { ensureBundledDataset } from '../../../src/background/store/dataset-load';
import { dumpStore } from '../../../src/background/store/dump';
import { closeAllStores, openStore } from '../../../src/background/store/open';
import { dispatch, type SenderInfo } from '../../../src/shared/messages/dispatch';
import { smallDataset, USER_TERMS } from '../store/fixtures';

const self = { id: 'our-extension-id', origin: 'chrome-extension://our-extension-id/' };
const fromContent: SenderInfo = { id: self.id, url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 };
const fromOptions: SenderInfo = { id: self.id, url: `${self.origin}src/options/index.html`, tab: { id: 4 } };
const fromOtherExtension: SenderInfo = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };
const fromPageWithoutTab: SenderInfo = { id: self.id, url: 'https://evil.example/' };

afterEach(closeAllStores);

async function setUp() {
  const db = await openStore(`dispatch-${Math.random()}`);
  await ensureBundledDataset(db, smallDataset('1', ['Lazarus Group', 'Kimsuky']));
  await db.put('customTerms', USER_TERMS[0]!);
  const broadcasts: string[] = [];
  const runtime = new BackgroundRuntime(db, {
    saveBootstrap: async () => undefined,
    extensionVersion: '0.0.0-test',
    broadcastStateChanged: async (revision) => void broadcasts.push(revision),
  });
  const context: HandlerContext = { runtime, tabId: 3, frameId: 0, now: () => new Date('2026-02-01') };
  const send = (message: unknown, sender: SenderInfo) =>
    dispatch(message, sender, self, backgroundRoutes, context);
  return { db, send, broadcasts };
}

const rejections: [string, unknown, SenderInfo, string][] = [
  ['a string instead of an object', 'content/bootstrap', fromContent, 'bad-message'],
  ['null', null, fromContent, 'bad-message'],
  ['an object without a type', { url: 'https://x' }, fromContent, 'bad-message'],
  ['an unknown type', { type: 'content/delete-everything' }, fromContent, 'unknown-type'],
  ['a prototype key as type', { type: 'ui/constructor' }, fromOptions, 'unknown-type'],
  [
    'a known type with a wrong field type',
    { type: 'ui/set-switch', target: 'group:kimsuky', enabled: 'no' },
    fromOptions,
    'bad-message',
  ],
  ['a known type with a missing field', { type: 'ui/remove-custom-term' }, fromOptions, 'bad-message'],
  ['an oversized field', { type: 'ui/search', query: 'x'.repeat(5_000) }, fromOptions, 'bad-message'],
  [
    'a bad custom-term colour',
    {
      type: 'ui/save-custom-term',
      term: { text: 'x', label: '', color: 'red;}', caseSensitive: false, wholeWord: true, enabled: true },
    },
    fromOptions,
    'bad-message',
  ],
  [
    'another extension',
    { type: 'ui/remove-custom-term', id: 'custom:1' },
    fromOtherExtension,
    'foreign-sender',
  ],
  [
    'a page with no tab',
    { type: 'ui/remove-custom-term', id: 'custom:1' },
    fromPageWithoutTab,
    'foreign-sender',
  ],
  [
    'a content script sending a UI request',
    { type: 'ui/remove-custom-term', id: 'custom:1' },
    fromContent,
    'forbidden',
  ],
  [
    'an extension page sending a content request',
    { type: 'content/disable-site', url: 'https://a.example/' },
    fromOptions,
    'forbidden',
  ],
  [
    'a bad setting value',
    { type: 'ui/set-setting', key: 'highlightStyle', value: '<blink>' },
    fromOptions,
    'bad-setting',
  ],
];

describe('background dispatch', () => {
  it.each(rejections)(
    'answers %s with an error value and changes nothing',
    async (_name, message, sender, code) => {
      const { db, send, broadcasts } = await setUp();
      const before = await dumpStore(db);
      const answer = await send(message, sender);
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe(code);
        expect(answer.error.message.length).toBeGreaterThan(0);
      }
      expect(await dumpStore(db)).toEqual(before);
      expect(broadcasts).toEqual([]);
    },
  );

  it('runs a valid request from the right sender', async () => {
    const { db, send, broadcasts } = await setUp();
    const answer = await send({ type: 'ui/remove-custom-term', id: 'custom:1' }, fromOptions);
    expect(answer).toEqual({ ok: true, value: null });
    expect(await db.getAll('customTerms')).toEqual([]);
    expect(broadcasts).toHaveLength(1);
  });

  it('gives a content script the head of its bootstrap, the watch list in chunks left in storage', async () => {
    const { send } = await setUp();
    const answer = await send({ type: 'content/bootstrap', url: 'https://news.example/a' }, fromContent);
    expect(answer.ok).toBe(true);
    if (answer.ok) {
      const head = answer.value as { watchList: { chunks: number; terms?: unknown } };
      expect(head.watchList.chunks).toBe(1);
      expect(head.watchList.terms).toBeUndefined();
    }
  });
});
