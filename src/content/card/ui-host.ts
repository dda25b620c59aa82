/**
 * The one element the extension adds to a page: a host whose closed shadow
 * root holds the cards (and the fallback overlay). `all: initial` and the
 * shadow boundary keep page styles out and ours in; the page cannot reach
 * into a closed root. `contain: size layout style` makes the host a relayout
 * boundary, so a change inside it lays out nothing of the page around it
 * (each card's slot is one too: see card-slots.tsx and card-css.ts). No
 * paint containment: it would clip the cards to the 0x0 host. The host
 * follows the fullscreen element so cards still show over fullscreen
 * content.
 */
export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The element (inside the root) where Preact renders. */
  mount: HTMLElement;
  /**
   * Whether a node the page's side can see is ours: only the host itself.
   * Everything we render lives in the closed shadow root, whose nodes no
   * walk of the page's tree reaches and whose events reach page-level
   * listeners retargeted to the host. An identity check, not
   * `host.contains`: the text walk asks it of every element on the page.
   */
  contains(node: Node): boolean;
}

const HOST_TAG = 'nktl-ui-host';

/**
 * The host is built on first use: when a card is first prepared or opened,
 * or at once where the fallback overlay paints (it draws inside the root).
 * A page where the reader never points at a mention gets no element at all,
 * and the boot's task does not parse the card stylesheet.
 */
export function createUiHost(css: string, signal: AbortSignal): UiHost {
  let built: Omit<UiHost, 'contains'> | null = null;
  const build = () => (built ??= buildHost(css, signal));
  return {
    get host() {
      return build().host;
    },
    get root() {
      return build().root;
    },
    get mount() {
      return build().mount;
    },
    contains: (node: Node) => built !== null && node === built.host,
  };
}

function buildHost(css: string, signal: AbortSignal): Omit<UiHost, 'contains'> {
  const host = document.createElement(HOST_TAG);
  host.style.cssText =
    'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; ' +
    'width: 0 !important; height: 0 !important; z-index: 2147483647 !important; overflow: visible !important; ' +
    'contain: size layout style !important;';
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  const mount = document.createElement('div');
  root.append(mount);

  const place = () => {
    const parent = document.fullscreenElement ?? document.documentElement;
    if (host.parentNode !== parent) {
      parent.append(host);
    }
  };
  document.addEventListener('fullscreenchange', place, { signal });
  signal.addEventListener('abort', () => host.remove());
  place();
  return { host, root, mount };
}
