/**
 * Which elements continue the surrounding line of text (inline) and which
 * start a block of their own, decided by tag name: getComputedStyle per
 * element is too slow on multi-megabyte pages, and the tag is right for
 * almost all real markup. Unknown and custom elements count as blocks: a name
 * split across two custom elements is rarer than two unrelated custom
 * elements whose words would otherwise run together.
 */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  'rb',
  'rp',
  'rt',
  'rtc',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'output',
  'meter',
  'progress',
  'slot',
  // SVG text content flows like inline text inside its <text>.
  'tspan',
  'textpath',
]);

/**
 * Never collected: not rendered as text (script, style, template, head…),
 * form controls whose text the user types or picks (their value is not in
 * the DOM as text nodes, and highlighting there would confuse editing), and
 * frames, which run their own content script. Buttons are collected: their
 * text is ordinary page text and highlights do not alter the DOM.
 */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
]);

export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

/** What an element is to the text walk, from its tag alone. */
export const enum TagKind {
  Block = 0,
  Inline = 1,
  LineBreak = 2,
  Skipped = 3,
}

const TAG_KINDS = new Map<string, TagKind>([
  ...[...INLINE_TAGS].map((tag) => [tag, TagKind.Inline] as const),
  ...[...SKIPPED_TAGS].map((tag) => [tag, TagKind.Skipped] as const),
  ['br', TagKind.LineBreak],
]);

/**
 * isInline, isLineBreak and the tag part of isSkipped in one read of the
 * tag: the walk asks all three of every element, and each read of
 * `localName` is a call into the DOM.
 */
export function tagKindOf(element: Element): TagKind {
  return kindOfTag(element.localName);
}

export function kindOfTag(localName: string): TagKind {
  return TAG_KINDS.get(localName) ?? TagKind.Block;
}

/** The elements attachShadow accepts besides custom elements (whose names hold a dash). */
const SHADOW_HOST_TAGS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/**
 * Whether an element of this tag can hold a shadow root: the walk asks
 * others (a list item, a link) for none, which spares a call into the DOM.
 */
export function mayHostShadowRoot(localName: string): boolean {
  return SHADOW_HOST_TAGS.has(localName) || localName.includes('-');
}

/**
 * Matches any element a block's text cannot be read past in one
 * textContent call: everything but the inline tags that can neither hold a
 * shadow root nor be skipped (span and custom elements can host a shadow
 * root, slot and SVG text have their own rules), and any element flagged
 * hidden or editable (an editable one set to "false" too: it is then walked,
 * as before). `block.querySelector(NOT_PLAIN_INLINE) === null` says the walk
 * may read the block whole without visiting its elements.
 */
export const NOT_PLAIN_INLINE = `:not(${[...INLINE_TAGS]
  .filter((tag) => !SHADOW_HOST_TAGS.has(tag) && tag !== 'slot' && tag !== 'tspan' && tag !== 'textpath')
  .join(',')}),[hidden],[contenteditable]`;

export function isLineBreak(element: Element): boolean {
  return element.localName === 'br';
}

/**
 * Whether an element's subtree is left out: skipped tags, editable regions
 * (the user is typing there), `hidden` elements, and whatever the caller's
 * `skip` says (its own UI hosts).
 */
export function isSkipped(element: Element, skip?: (element: Element) => boolean): boolean {
  return isSkippedTag(element) || isFlagged(element) || (skip !== undefined && skip(element));
}

function isSkippedTag(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName);
}

/** `hidden`, or an editable region (`contenteditable` set to anything but false). */
function isFlagged(element: Element): boolean {
  if (element.hasAttribute('hidden')) {
    return true;
  }
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * The part of isSkipped that is not the tag (see tagKindOf): flagged
 * elements and the caller's `skip`. Most elements of an article carry no
 * attribute at all, and for them one `hasAttributes` call answers. (A
 * query for the flagged elements of the whole document up front answered in
 * one call instead, but on a 5 MB page that call alone was several
 * milliseconds in the walk's first slice.)
 */
export function flagCheckFor(skip?: (element: Element) => boolean): (element: Element) => boolean {
  return (element) =>
    (element.hasAttributes() && isFlagged(element)) || (skip !== undefined && skip(element));
}
