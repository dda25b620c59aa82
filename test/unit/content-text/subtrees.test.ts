// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocksFor } from '../../../src/content/text/index';

describe('collectBlocksFor', () => {
  it("rescans each changed node's enclosing block", () => {
    document.body.innerHTML =
      '<article><p id="p">the <em id="em">Lazarus</em> Group</p><p>other</p></article>';
    const em = document.getElementById('em')!;
    const blocks = collectBlocksFor([em.firstChild!]);
    expect(blocks.map((block) => block.text)).toEqual(['the Lazarus Group']);
    expect(blocks[0]?.element).toBe(document.getElementById('p'));
  });

  it('deduplicates nodes of one block and lets ancestors absorb descendants', () => {
    document.body.innerHTML =
      '<section id="s"><p id="a">one <b id="b">two</b></p><p id="c">three</p></section>';
    const blocks = collectBlocksFor([
      document.getElementById('b')!,
      document.getElementById('a')!,
      document.getElementById('c')!.firstChild!,
      document.getElementById('s')!,
    ]);
    expect(blocks.map((block) => block.text)).toEqual(['one two', 'three']);
  });

  it('ignores disconnected nodes and nodes in skipped regions', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p id="e">typing</p></div><div id="host"><p id="h">x</p></div>';
    const detached = document.createElement('p');
    detached.textContent = 'gone';
    expect(collectBlocksFor([detached, document.getElementById('e')!])).toEqual([]);
    const skip = (element: Element): boolean => element.id === 'host';
    expect(collectBlocksFor([document.getElementById('h')!], { skip })).toEqual([]);
  });

  it('finds the enclosing block inside a shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = 'in <b>shadow</b>';
    const blocks = collectBlocksFor([shadow.querySelector('b')!]);
    expect(blocks.map((block) => block.text)).toEqual(['in shadow']);
    expect(blocks[0]?.element).toBe(shadow);
  });
});

describe('collectBlocksFor reporting shadow roots', () => {
  it('reports the open shadow roots in the changed blocks, but not closed ones or nested ones', () => {
    document.body.innerHTML =
      '<article><div id="a"></div><section><div id="b"></div></section><div id="closed"></div></article>';
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<div id="inner"></div>';
    // Nested roots are found when the root holding them is scanned, not by this walk.
    a.getElementById('inner')!.attachShadow({ mode: 'open' });
    const b = document.getElementById('b')!.attachShadow({ mode: 'open' });
    document.getElementById('closed')!.attachShadow({ mode: 'closed' });
    const reported: ShadowRoot[] = [];
    collectBlocksFor([document.querySelector('article')!], { onShadowRoot: (root) => reported.push(root) });
    expect(reported).toHaveLength(2);
    expect(reported.includes(a) && reported.includes(b)).toBe(true);

    // Only the changed node's enclosing block is walked: #a lies outside the section.
    reported.length = 0;
    collectBlocksFor([document.querySelector('section')!], { onShadowRoot: (root) => reported.push(root) });
    expect(reported).toEqual([b]);
  });

  it('reports nothing for a node that left the document', () => {
    const detached = document.createElement('div');
    detached.attachShadow({ mode: 'open' });
    const reported: ShadowRoot[] = [];
    collectBlocksFor([detached], { onShadowRoot: (root) => reported.push(root) });
    expect(reported).toEqual([]);
  });
});
