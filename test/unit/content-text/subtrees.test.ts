// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocksFor, findOpenShadowRoots } from '../../../src/content/text/index';

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

describe('findOpenShadowRoots', () => {
  it('lists open shadow roots, including nested ones, but not closed ones', () => {
    document.body.innerHTML =
      '<div id="a"></div><section><div id="b"></div></section><div id="closed"></div>';
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<span id="inner"></span>';
    const inner = a.getElementById('inner')!.attachShadow({ mode: 'open' });
    const b = document.getElementById('b')!.attachShadow({ mode: 'open' });
    document.getElementById('closed')!.attachShadow({ mode: 'closed' });
    const roots = findOpenShadowRoots(document.body);
    expect(roots).toHaveLength(3);
    expect(new Set(roots)).toEqual(new Set([a, inner, b]));
  });

  it('returns an empty list when there are none', () => {
    document.body.innerHTML = '<p>plain</p>';
    expect(findOpenShadowRoots(document)).toEqual([]);
  });
});
