import type { Page } from 'playwright-core';

/**
 * The hover card lives in a closed shadow root, which the page (and
 * Playwright's selectors) cannot reach. DevTools can: pierce the DOM, resolve
 * the shadow root to an object and run functions on it. Tests use this to
 * read the card as a user sees it and to press its buttons.
 */
export async function withCardRoot<T>(page: Page, fn: string, arg?: unknown): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = findNode(root, (node) => node.nodeName === 'NKTL-UI-HOST');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) {
      return null;
    }
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    });
    return (result.result.value as T) ?? null;
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findNode(node: DomNode, test: (node: DomNode) => boolean): DomNode | null {
  if (test(node)) {
    return node;
  }
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) {
      return found;
    }
  }
  return null;
}

/**
 * The open card. A closed card stays in the root, hidden under the mount's
 * `closed` class (CardController keeps it laid out for the next hover).
 */
const OPEN_CARD = ':not(.closed) > .card';

/** The card's visible text, or null when no card is open. */
export function cardText(page: Page): Promise<string | null> {
  return withCardRoot<string | null>(
    page,
    `function () { const card = this.querySelector('${OPEN_CARD}'); return card ? card.innerText : null; }`,
  );
}

/** How many cards are showing: one per group is built, at most one may show. */
export async function openCardCount(page: Page): Promise<number> {
  return (
    (await withCardRoot<number>(
      page,
      `function () { return this.querySelectorAll('${OPEN_CARD}').length; }`,
    )) ?? 0
  );
}

/** Clicks the card button whose text starts with `label`; false when there is none. */
export async function clickCardButton(page: Page, label: string): Promise<boolean> {
  const clicked = await withCardRoot<boolean>(
    page,
    `function (label) { const b = [...this.querySelectorAll('${OPEN_CARD} button')].find((x) => x.textContent.trim().startsWith(label)); if (!b) return false; b.click(); return true; }`,
    label,
  );
  return clicked === true;
}

/** The card element's box, for checking it stays inside the viewport. */
export function cardBox(
  page: Page,
): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  return withCardRoot(
    page,
    `function () { const c = this.querySelector('${OPEN_CARD}'); if (!c) return null; const r = c.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }`,
  );
}

/** Whether keyboard focus is inside the card. */
export function focusInCard(page: Page): Promise<boolean | null> {
  return withCardRoot<boolean>(page, 'function () { return this.activeElement !== null; }');
}

/**
 * The card's rendered markup and the style rules applied in its shadow root,
 * for checks (axe) that cannot enter a closed shadow root themselves.
 */
export function cardSnapshot(page: Page): Promise<{ html: string; css: string } | null> {
  return withCardRoot(
    page,
    `function () { if (!this.querySelector('${OPEN_CARD}')) return null; const css = [...this.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join("\\n"); return { html: this.innerHTML, css }; }`,
  );
}
