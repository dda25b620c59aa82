// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardSlots, CUSTOM_SLOT, slotKeyOf } from '../../../src/content/card/card-slots';
import type { WatchTerm } from '../../../src/shared/watch/types';

const customTerm: WatchTerm = {
  id: 'custom:1',
  text: 'Operation Dream Job',
  groupIds: [],
  caseSensitive: false,
  wholeWord: true,
  ambiguity: null,
  color: '#aa3300',
};

const noActions = { openSidePanel: () => undefined, unwatch: () => undefined, disableSite: () => undefined };

describe('CardSlots.prepare', () => {
  let idle: (() => void)[];

  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  const runIdle = () => {
    while (idle.length > 0) {
      idle.shift()?.();
    }
  };

  /** Slots in a mount of their own, with no card showing. */
  const freshSlots = () => {
    const mount = document.createElement('div');
    return {
      mount,
      slots: new CardSlots(
        () => mount,
        () => noActions,
        () => null,
      ),
    };
  };

  it("builds the custom terms' card ahead of a hover, in idle time, in the slot a hover would use", () => {
    const { mount, slots } = freshSlots();
    expect(slotKeyOf(null)).toBe(CUSTOM_SLOT);

    slots.prepare([{ card: null, term: customTerm }]);
    expect(slots.has(CUSTOM_SLOT)).toBe(true);
    expect(mount.querySelectorAll('.slot')).toHaveLength(0);

    runIdle();
    const built = mount.querySelectorAll('.slot');
    expect(built).toHaveLength(1);
    expect(built[0]?.textContent).toContain('Operation Dream Job');
    // A hover then reuses that slot rather than building another.
    expect(slots.slotFor(CUSTOM_SLOT).element).toBe(built[0]);
  });

  it('does not queue a card that is already built', () => {
    const { mount, slots } = freshSlots();
    slots.prepare([{ card: null, term: customTerm }]);
    runIdle();
    slots.prepare([{ card: null, term: { ...customTerm, id: 'custom:2', text: 'Another' } }]);
    runIdle();
    expect(mount.querySelectorAll('.slot')).toHaveLength(1);
    expect(mount.textContent).not.toContain('Another');
  });
});
