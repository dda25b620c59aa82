import { describe, expect, it } from 'vitest';
import { hoverFirstMention } from '../../scripts/lib/demo-steps';
import { cardSnapshot } from './card-access';
import { waitForScan, useSession } from './harness';
import { seriousViolations, shoot } from './ui-helpers';

const session = useSession();

describe('hover card accessibility', () => {
  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violations on a %s page',
    async (scheme) => {
      const page = await session().context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(session().fixtureUrl('basic.html'));
      await waitForScan(page, 4);
      await hoverFirstMention(page, 'nktl-g-lazarus-group');
      await expect.poll(() => cardSnapshot(page)).not.toBeNull();
      await shoot(page, 'hover-card', scheme, false);
      const snapshot = await cardSnapshot(page);
      expect(snapshot?.html).toContain(scheme === 'dark' ? 'card dark' : 'card light');

      // axe cannot enter a closed shadow root, so it checks a faithful copy: the
      // card's rendered markup under the very rules its shadow root applies.
      const copy = await session().context.newPage();
      await copy.emulateMedia({ colorScheme: scheme });
      await copy.setContent(
        `<!doctype html><html lang="en"><head><title>Card copy</title><style>${snapshot?.css ?? ''}</style></head>` +
          `<body><main>${snapshot?.html ?? ''}</main></body></html>`,
      );
      expect(await seriousViolations(copy)).toEqual([]);
      await Promise.all([copy.close(), page.close()]);
    },
  );
});
