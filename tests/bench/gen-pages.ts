/**
 * Pages the bench generates: three with no article (a web app shell, a search results page, a
 * 100,000-node data page) for the bail-out, and the 150,000-character article for anchoring.
 */
import { articleHtml, editText, paragraphs, seededRandom } from '../unit/core/anchoring/synthetic-article';

const SCRIPT = '<script src="/bench.js"></script>';

function words(rand: () => number, n: number): string {
  const w = ['dashboard', 'settings', 'profile', 'inbox', 'project', 'report', 'team', 'search', 'filter', 'export', 'share', 'update', 'status', 'open', 'closed', 'new'];
  return Array.from({ length: n }, () => w[Math.floor(rand() * w.length)]).join(' ');
}

/** A single-page app after it rendered: toolbar, sidebar tree, cards, a grid; JSON config scripts, no article. */
export function appShellHtml(): string {
  const rand = seededRandom(11);
  const side = Array.from({ length: 60 }, (_, i) => `<li class="tree-item"><button class="btn"><span class="icon"></span><span>${words(rand, 2)} ${i}</span></button></li>`).join('');
  const cards = Array.from({ length: 120 }, (_, i) => `<div class="card" data-id="${i}"><div class="card-head"><span class="title">${words(rand, 3)}</span><button aria-label="menu">⋯</button></div><div class="card-body"><span>${words(rand, 8)}</span><div class="chips"><span class="chip">${words(rand, 1)}</span><span class="chip">${words(rand, 1)}</span></div></div></div>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Workspace – App</title><meta name="viewport" content="width=device-width">
<script type="application/json" id="__CONFIG__">{"feature":true}</script><script>window.__APP__={}</script></head>
<body><div id="root"><header class="toolbar"><button>☰</button><input type="search" placeholder="Search"><div class="avatar"></div></header>
<div class="layout"><nav class="sidebar"><ul>${side}</ul></nav><main class="board">${cards}</main></div></div>${SCRIPT}</body></html>`;
}

/** A search engine's results page: results as divs, headings and spans (no paragraphs, no article). */
export function searchResultsHtml(): string {
  const rand = seededRandom(12);
  const results = Array.from({ length: 40 }, (_, i) => `<div class="g"><div class="r"><a href="https://site${i}.example.com/page/${i}"><h3>${words(rand, 6)}</h3><cite>site${i}.example.com › page</cite></a></div><div class="s"><span class="st">${words(rand, 30)}</span></div><div class="links"><a href="#">Cached</a> · <a href="#">Similar</a></div></div>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>query - Search</title></head>
<body><div id="searchform"><form action="/search"><input name="q" value="query"><button>Search</button></form></div>
<div id="tabs"><a>All</a><a>News</a><a>Images</a><a>Videos</a></div><div id="rso">${results}</div>
<div id="foot"><table><tr>${Array.from({ length: 10 }, (_, i) => `<td><a href="?start=${i * 10}">${i + 1}</a></td>`).join('')}</tr></table></div>${SCRIPT}</body></html>`;
}

/** A data page of ~100,000 elements (a log viewer / spreadsheet): rows of divs and spans. */
export function hugePageHtml(targetNodes = 100_000): string {
  const rows: string[] = [];
  const perRow = 5; // row div + 4 spans
  for (let i = 0; i < targetNodes / perRow; i++) {
    rows.push(`<div class="row"><span>${i}</span><span>2026-11-28 12:${String(i % 60).padStart(2, '0')}</span><span>GET /api/v1/items/${i}</span><span>200</span></div>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Logs</title></head><body><div id="grid">${rows.join('')}</div>${SCRIPT}</body></html>`;
}

/**
 * The anchoring article: ~150,000 characters of paragraphs with bold words (quotes cross element
 * boundaries). `shifted` inserts a correction paragraph first, so stored positions are off and the
 * exact-quote search does the work; `edits` replaces the given quotes with edited text (fuzzy).
 */
export function anchorArticleHtml(opts: { shifted?: boolean; edits?: string[] } = {}): string {
  let html = articleHtml(paragraphs(3, 150_000), true);
  if (opts.shifted) html = html.replace('<article id="a">', '<article id="a"><p>Correction: an earlier version of this article misspelled a name.</p>');
  (opts.edits ?? []).forEach((exact, i) => { html = html.replace(exact, editText(exact, 0.04, i + 1)); });
  return html.replace('</body>', `${SCRIPT}</body>`);
}
