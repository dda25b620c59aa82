// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectBlocks, iterateBlocks, locate } from '../../../src/content/text/index';
import type { TextBlock } from '../../../src/content/text/index';

function render(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const textsOf = (blocks: readonly TextBlock[]): string[] => blocks.map((block) => block.text);

describe('collectBlocks', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins text across inline elements into one block', () => {
    const body = render('<p><em>Lazarus</em> <a href="#">Gro<b>up</b></a> struck</p>');
    const blocks = collectBlocks(body);
    expect(textsOf(blocks)).toEqual(['Lazarus Group struck']);
    expect(blocks[0]?.element).toBe(body.querySelector('p'));
    expect(blocks[0]?.nodes.map((node) => node.data)).toEqual(['Lazarus', ' ', 'Gro', 'up', ' struck']);
    expect(blocks[0]?.starts).toEqual([0, 7, 8, 11, 13]);
  });

  it('keeps a name broken across source lines in one block', () => {
    const blocks = collectBlocks(render('<p>the Lazarus\n   Group</p>'));
    expect(textsOf(blocks)).toEqual(['the Lazarus\n   Group']);
  });

  it('puts a separator, backed by no node, where a <br> is', () => {
    const blocks = collectBlocks(render('<p>Lazarus<br>Group<br></p>'));
    expect(textsOf(blocks)).toEqual(['Lazarus\nGroup']);
    expect(blocks[0]?.starts).toEqual([0, 8]);
  });

  it('gives a nested block its own block and separates the text around it', () => {
    const body = render('<div>before <b>bold</b><div>inner <i>text</i></div>after</div>');
    const blocks = collectBlocks(body);
    expect(textsOf(blocks)).toEqual(['before bold\nafter', 'inner text']);
    expect(blocks[1]?.element).toBe(body.querySelector('div div'));
  });

  it('attributes text directly under the root to the root', () => {
    const body = render('loose <span>text</span>');
    const blocks = collectBlocks(body);
    expect(textsOf(blocks)).toEqual(['loose text']);
    expect(blocks[0]?.element).toBe(body);
    expect(collectBlocks(document)[0]?.element).toBe(body);
  });

  it('leaves out scripts, styles, form fields, templates, iframes and hidden elements', () => {
    const body = render(
      '<p>kept</p><script>var Lazarus = 1</script><style>.x{}</style><noscript>ns</noscript>' +
        '<template><p>tpl</p></template><textarea>typed</textarea><select><option>opt</option></select>' +
        '<iframe srcdoc="x"></iframe><div hidden>hidden</div>',
    );
    // Built with DOM calls: happy-dom's parser drops what follows an SVG <style>.
    const svgNs = 'http://www.w3.org/2000/svg';
    const svg = body.appendChild(document.createElementNS(svgNs, 'svg'));
    svg.appendChild(document.createElementNS(svgNs, 'style')).textContent = 'svg{}';
    svg.appendChild(document.createElementNS(svgNs, 'text')).textContent = 'svg text';
    expect(textsOf(collectBlocks(body))).toEqual(['kept', 'svg text']);
  });

  it('leaves out contenteditable regions (but not contenteditable=false)', () => {
    const body = render(
      '<p>a</p><div contenteditable="true"><p>editing</p></div><div contenteditable><p>too</p></div>' +
        '<div contenteditable="false">shown</div>',
    );
    expect(textsOf(collectBlocks(body))).toEqual(['a', 'shown']);
  });

  it("leaves out what the caller's skip option names", () => {
    const body = render('<p>page</p><div id="card-host"><p>card</p></div>');
    const blocks = collectBlocks(body, { skip: (element) => element.id === 'card-host' });
    expect(textsOf(blocks)).toEqual(['page']);
  });

  it('reads a block of plain inline markup whole, asking skip of none of its elements', () => {
    const body = render('<p>the <a href="#">Lazarus</a> <strong>Group</strong> <em>struck</em></p>');
    const asked: string[] = [];
    const blocks = collectBlocks(body, { skip: (element) => (asked.push(element.localName), false) });
    expect(textsOf(blocks)).toEqual(['the Lazarus Group struck']);
    expect(asked).toEqual(['body', 'p']);
    expect(blocks[0]?.nodes.map((node) => node.data)).toEqual([
      'the ',
      'Lazarus',
      ' ',
      'Group',
      ' ',
      'struck',
    ]);
  });

  it('walks a block whose inline elements are hidden, editable, spans or custom elements', () => {
    const body = render(
      '<p id="hidden">a <b hidden>secret</b> c</p><p id="editable">x <i contenteditable>typing</i> y</p>' +
        '<p id="custom">x <card-host>card</card-host> <span>y</span></p>',
    );
    const asked: string[] = [];
    const blocks = collectBlocks(body, {
      skip: (element) => (asked.push(element.localName), element.localName === 'card-host'),
    });
    expect(textsOf(blocks)).toEqual(['a  c', 'x  y', 'x  y']);
    expect(asked).toEqual(expect.arrayContaining(['card-host', 'span']));
  });

  it('drops blocks with only whitespace', () => {
    expect(collectBlocks(render('<div>\n  <p> </p>\n</div>'))).toEqual([]);
  });

  it('finds the own text of a container among its blocks, and gives the caller ticks while it looks', () => {
    const many = (id: string, own: string) =>
      `<div id="${id}">${'\n<p>x</p>'.repeat(600)}${own}${'\n<p>x</p>'.repeat(600)}</div>`;
    const body = render(
      '<div id="blocks">\n<p>one</p>\n<p>two</p>\n</div>' +
        '<div id="own">loose<p>three</p></div>' +
        '<div id="inline"><p>four</p><em>five</em></div>' +
        many('many', '') +
        many('many-own', 'stray'),
    );
    // In the order blocks open: a container before the paragraphs inside it.
    const texts = textsOf(collectBlocks(body))
      .map((text) => text.trim())
      .filter((text) => text !== 'x');
    expect(texts).toEqual(['one', 'two', 'loose', 'three', 'five', 'four', 'stray']);
    // 2,400 children per large container: the walk hands out null ticks while it looks through them.
    const items = [...iterateBlocks(body)];
    expect(items.filter((item) => item === null).length).toBeGreaterThanOrEqual(4);
  });

  it('returns nothing for a skipped root', () => {
    const body = render('<script>x</script>');
    expect(collectBlocks(body.querySelector('script')!)).toEqual([]);
  });
});

describe('locate', () => {
  const body = (): HTMLElement => render('<p><em>Lazarus</em> Gro<b>up</b><br>next</p>');

  it('maps offsets to nodes, start of the later node at a boundary', () => {
    const [block] = collectBlocks(body());
    expect(block).toBeDefined();
    const at = (offset: number, affinity?: 'start' | 'end'): [string, number] => {
      const position = locate(block!, offset, affinity);
      return [position.node.data, position.offset];
    };
    expect(block!.text).toBe('Lazarus Group\nnext');
    expect(at(0)).toEqual(['Lazarus', 0]);
    expect(at(3)).toEqual(['Lazarus', 3]);
    expect(at(7)).toEqual([' Gro', 0]);
    expect(at(7, 'end')).toEqual(['Lazarus', 7]);
    expect(at(11)).toEqual(['up', 0]);
    expect(at(13, 'end')).toEqual(['up', 2]);
    // 13 is the separator for <br>: no node backs it.
    expect(at(13)).toEqual(['up', 2]);
    expect(at(14)).toEqual(['next', 0]);
    expect(at(18)).toEqual(['next', 4]);
  });

  it('builds ranges that cover a name across elements', () => {
    const [block] = collectBlocks(body());
    const start = locate(block!, 0);
    const end = locate(block!, 13, 'end');
    // happy-dom has no StaticRange; a live Range takes the same boundary points.
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    expect(range.toString()).toBe('Lazarus Group');
  });
});
