import { JSDOM, VirtualConsole } from 'jsdom';
import { withoutNoscript } from '../core/text/noscript';

/**
 * Parses an HTML string into a live `Document` in Node, for the CLI, tests, eval and bench.
 *
 * jsdom (parse5, the HTML standard's parser) rather than happy-dom: real pages are malformed in
 * every way, and only a spec parser builds the same tree the browser does (happy-dom stopped
 * reading one corpus page at an `<svg><style>` and lost 98% of its text). Scripts never run and
 * no subresource is fetched: page content is hostile. Page console noise and CSS the parser
 * cannot read are dropped.
 */
export function parseHtml(html: string, url: string): { document: Document; close: () => Promise<void> } {
  // Scripting is off here, as in the extension's DOMParser: noscript blocks go first, as there.
  const dom = new JSDOM(withoutNoscript(html), {
    url: safeBaseUrl(url),
    contentType: 'text/html',
    virtualConsole: new VirtualConsole(),
  });
  staticCollections(dom.window as unknown as Window & typeof globalThis);
  return {
    document: dom.window.document as unknown as Document,
    close: async () => {
      try {
        dom.window.close();
      } catch {
        // jsdom detaches the tree recursively: a 5,000-deep page overflows the stack there. The
        // window is dropped anyway; the result has already been computed.
      }
    },
  };
}

type Root = { firstElementChild: Element | null };

/**
 * jsdom's live HTMLCollections cost a walk of the tree per indexed access (5,000 elements:
 * `Array.from(getElementsByTagName('*'))` took 10 s), which made the analysis of a large page
 * quadratic. Nothing changes the CLI's tree after parsing (no scripts run), so in this window
 * `getElementsByTagName` / `getElementsByClassName` return a static snapshot gathered in one
 * iterative walk: the same elements in the same order, as an array with `item()`.
 */
function staticCollections(win: Window & typeof globalThis): void {
  const collect = (root: Root, keep: (el: Element) => boolean): Element[] & { item(i: number): Element | null } => {
    const out = [] as unknown as Element[] & { item(i: number): Element | null };
    out.item = (i: number) => out[i] ?? null;
    // Iterative pre-order walk (document order; no recursion, so deep nesting cannot overflow).
    let el = root.firstElementChild;
    while (el) {
      if (keep(el)) out.push(el);
      if (el.firstElementChild) {
        el = el.firstElementChild;
        continue;
      }
      while (el && !el.nextElementSibling) {
        const up: Element | null = el.parentElement;
        el = up && up !== (root as unknown) ? up : null;
      }
      el = el ? el.nextElementSibling : null;
    }
    return out;
  };
  const byTag = (name: string) => {
    const lower = String(name).toLowerCase();
    return (el: Element): boolean => lower === '*' || el.localName === lower || el.tagName.toLowerCase() === lower;
  };
  const byClass = (names: string) => {
    const wanted = String(names).split(/\s+/).filter(Boolean);
    return (el: Element): boolean => wanted.length > 0 && wanted.every((c) => el.classList.contains(c));
  };
  // The tree does not change, so each (root, query) is walked once.
  const cache = new WeakMap<object, Map<string, Element[]>>();
  const cached = (root: Root, key: string, make: () => Element[]): Element[] => {
    let forRoot = cache.get(root);
    if (!forRoot) cache.set(root, (forRoot = new Map()));
    let list = forRoot.get(key);
    if (!list) forRoot.set(key, (list = make()));
    return list;
  };
  for (const proto of [win.Document.prototype, win.Element.prototype, win.DocumentFragment?.prototype].filter(Boolean)) {
    Object.defineProperty(proto, 'getElementsByTagName', {
      configurable: true,
      value(this: Root, name: string) {
        return cached(this, `t:${name}`, () => collect(this, byTag(name)));
      },
    });
    Object.defineProperty(proto, 'getElementsByClassName', {
      configurable: true,
      value(this: Root, names: string) {
        return cached(this, `c:${names}`, () => collect(this, byClass(names)));
      },
    });
  }
}

/** jsdom needs an absolute URL; anything that is not http(s) becomes a neutral placeholder. */
function safeBaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : 'http://localhost/';
  } catch {
    return 'http://localhost/';
  }
}
