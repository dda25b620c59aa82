// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks, iterateBlocks } from '../../../src/content/text/index';

describe('iterateBlocks', () => {
  it('yields the same blocks as collectBlocks, each as soon as the walk leaves it', () => {
    document.body.innerHTML =
      '<div>before <b>bold</b><div>inner <i>text</i></div>after</div><p>one</p><ul><li>two</li><li>three</li></ul>';
    const iterator = iterateBlocks(document.body);
    // The inner div is complete before its parent's trailing text is reached.
    expect(iterator.next().value?.text).toBe('inner text');
    const rest = [...iterator].flatMap((block) => (block ? [block.text] : []));
    expect(['inner text', ...rest].sort()).toEqual(
      collectBlocks(document.body)
        .map((block) => block.text)
        .sort(),
    );
    expect(rest).toContain('before bold\nafter');
  });

  it('can stop part-way without walking the rest of the document', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>paragraph ${i}</p>`).join('');
    const iterator = iterateBlocks(document.body);
    expect(iterator.next().value?.text).toBe('paragraph 0');
    // Paragraphs added now, after the walk started, are still reached: the walk is live.
    document.body.insertAdjacentHTML('beforeend', '<p>late</p>');
    expect([...iterator].flatMap((block) => (block ? [block.text] : []))).toContain('late');
  });

  it('ticks with null while it reads one block with very many nodes of its own', () => {
    const parts = Array.from({ length: 1500 }, (_, i) => `<p>p${i}</p> `).join('');
    document.body.innerHTML = `<article>${parts}<span>Lazarus</span> tail</article>`;
    const items = [...iterateBlocks(document.body)];
    expect(items.filter((item) => item === null).length).toBeGreaterThan(2);
    const article = items.find((item) => item?.element === document.querySelector('article'));
    expect(article?.text.trim().endsWith('Lazarus tail')).toBe(true);
    expect(items.filter((item) => item !== null)).toHaveLength(1501);
  });

  it('reports each open shadow root it passes, without entering it', () => {
    document.body.innerHTML = '<p>light <span id="host"></span></p><div id="deep"><section></section></div>';
    const inline = document.querySelector('#host') as HTMLElement;
    const block = document.querySelector('#deep section') as HTMLElement;
    const first = inline.attachShadow({ mode: 'open' });
    first.innerHTML = '<p>Kimsuky inside</p>';
    const second = block.attachShadow({ mode: 'open' });
    const found: ShadowRoot[] = [];
    const texts = collectBlocks(document.body, { onShadowRoot: (root) => found.push(root) }).map(
      (item) => item.text,
    );
    expect(found).toEqual([first, second]);
    expect(texts.join(' ')).not.toContain('Kimsuky');
  });
});
