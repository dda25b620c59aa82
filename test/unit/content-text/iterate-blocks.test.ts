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
    const rest = [...iterator].map((block) => block.text);
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
    expect([...iterator].map((block) => block.text)).toContain('late');
  });
});
