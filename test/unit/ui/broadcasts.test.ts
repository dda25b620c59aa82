import { describe, expect, it, vi } from 'vitest';

// The polyfill refuses to load outside an extension; readBroadcast needs only valibot.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { readBroadcast } = await import('../../../src/ui/broadcasts');

const self = 'our-extension-id';

describe('readBroadcast', () => {
  it('accepts our background broadcasts', () => {
    expect(readBroadcast({ type: 'bg/mentions-changed', tabId: 4 }, { id: self }, self)).toEqual({
      type: 'bg/mentions-changed',
      tabId: 4,
    });
    expect(readBroadcast({ type: 'bg/show-group', groupId: 'kimsuky' }, { id: self }, self)).toEqual({
      type: 'bg/show-group',
      groupId: 'kimsuky',
    });
  });

  it('ignores requests meant for the background, so a page never answers them', () => {
    expect(readBroadcast({ type: 'ui/overview' }, { id: self }, self)).toBeNull();
    expect(
      readBroadcast({ type: 'content/report', url: 'x', count: 1, countsByKey: {} }, { id: self }, self),
    ).toBeNull();
  });

  it('ignores other extensions and malformed messages', () => {
    expect(readBroadcast({ type: 'bg/ui-state-changed' }, { id: 'someone-else' }, self)).toBeNull();
    expect(readBroadcast({ type: 'bg/mentions-changed', tabId: -1 }, { id: self }, self)).toBeNull();
    expect(readBroadcast({ type: 'bg/unknown' }, { id: self }, self)).toBeNull();
    expect(readBroadcast(null, { id: self }, self)).toBeNull();
    expect(readBroadcast('bg/ui-state-changed', { id: self }, self)).toBeNull();
  });
});
