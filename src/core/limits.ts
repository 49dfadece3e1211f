/**
 * THE limits of every field and list that crosses a context boundary or is stored. The message
 * schema (src/core/validate/records.ts, src/messaging/*), the import check and `capReport` below
 * all read these numbers, so the core never composes a report the protocol would refuse: a page
 * with a 2,500-character title or 7,000 figures gets a capped report that says what was cut
 * (in `analysis.problems`), not a silently dropped one.
 */

export const LIMITS = {
  /** Names, titles, dates, labels, ids of evidence and figures. */
  short: 2_000,
  /** Evidence text, a figure's sentence, the text a scroll request must find. */
  text: 20_000,
  /** Any URL (page, original, hop). */
  url: 8_192,
  /** An article fingerprint ("mh1:" + 224 characters today; room for a future version). */
  fingerprint: 4_000,
  chainHops: 50,
  evidence: 500,
  /** Evidence ids listed by one hop. */
  hopEvidence: 200,
  problems: 100,
  figures: 2_000,
  /** A highlight's quoted text: a longer selection is refused before it is painted. */
  quote: 20_000,
  /** Context before and after the quote. */
  quoteContext: 2_000,
  note: 50_000,
  /** Largest text offset (a billion characters is far beyond any page). */
  offset: 1_000_000_000,
  /** Latest accepted time in ms: 9999-12-31T23:59:59.999Z, the last date ISO 8601 writes with 4 digits. */
  time: 253_402_300_799_999,
  /** Ids listed in one anchoring report or change notification. */
  ids: 100_000,
  searchText: 500,
  /** An import file: characters of the message, bytes of the file, highlights in it. */
  importChars: 20_000_000,
  importBytes: 10_000_000,
  importItems: 50_000,
  /** The `pages` store (reading history): most records kept, and for how long. */
  pagesKept: 1_000,
  pagesMaxAgeMs: 90 * 24 * 60 * 60 * 1000,
  /** A page's serialized snapshot sent to the background for analysis (see SNAPSHOT_MAX_CHARS). */
  snapshotChars: 8_000_000,
} as const;

/**
 * Characters of a page's serialized DOM the loader sends for analysis: the biggest real pages we
 * know serialize to ~3 M; a longer one is cut (the parser closes what the cut left open, and the
 * analysis still sees the head and most of the body). Far below Chrome's 64 MiB message limit.
 * A separate export so the loader's bundle carries this one number, not the whole table.
 */
export const SNAPSHOT_MAX_CHARS = 8_000_000;

/** `s` cut to at most `max` UTF-16 units, never splitting a surrogate pair. */
export function capString(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return s.slice(0, end);
}

/** An http(s) URL within the limit, else undefined. */
export function capUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || url.length > LIMITS.url) return undefined;
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** The parts of a page report that `capReport` bounds (structural, so the core needs no protocol types). */
type Located = { location: unknown };
type CappableAnalysis = {
  url: string;
  original: { publisher?: string; author?: string; url?: string; title?: string; date?: string };
  chain: { name: string; url?: string; evidence: string[] }[];
  evidence: ({ id: string; signal: string; text: string } & Located)[];
  site: { name?: string; author?: string; date?: string; title?: string };
  problems: string[];
};
type CappableFigure = { id: string; text: string; unit: string; label: string; sentence: string } & Located;
export type CappableReport = {
  url: string;
  title: string;
  analysis: CappableAnalysis | null;
  figures: CappableFigure[];
  article: { pageUrl: string; originalUrl?: string; fingerprint: string } | null;
};

/**
 * Bounds every field and list of a page report at `LIMITS`, listing what it cut in
 * `analysis.problems`. Returns a new object; `report` is not changed. A page URL longer than the
 * limit cannot be shortened (it identifies the page), so it stays and the receiver refuses it —
 * with a reason the panel shows.
 */
export function capReport<R extends CappableReport>(report: R): R {
  // One note per kind of cut ("figure label" ×3000 is one line, with the count), so the list of
  // problems cannot itself overflow.
  const cuts = new Map<string, { note: string; count: number }>();
  const note = (what: string, text: string): void => {
    const kind = what.replace(/ \d+/g, '');
    const seen = cuts.get(kind);
    if (seen) seen.count++;
    else cuts.set(kind, { note: text, count: 1 });
  };
  const str = (value: string, max: number, what: string): string => {
    if (value.length > max) note(what, `${what.replace(/ \d+/g, '')} cut from ${value.length} to ${max} characters`);
    return capString(value, max);
  };
  const opt = (value: string | undefined, max: number, what: string): string | undefined =>
    value === undefined ? undefined : str(value, max, what);
  const list = <T>(items: T[], max: number, what: string): T[] => {
    if (items.length > max) note(what, `${what}: kept ${max} of ${items.length}`);
    return items.slice(0, max);
  };
  const url = (value: string | undefined, what: string): string | undefined => {
    const kept = capUrl(value);
    if (value !== undefined && kept === undefined) note(what, `${what.replace(/ \d+/g, '')} dropped (not an http(s) URL within ${LIMITS.url} characters)`);
    return kept;
  };
  const defined = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

  const a = report.analysis;
  const analysis = a && {
    ...a,
    url: str(a.url, LIMITS.url, 'analysis URL'),
    original: defined({
      ...a.original,
      publisher: opt(a.original.publisher, LIMITS.short, 'original publisher'),
      author: opt(a.original.author, LIMITS.short, 'original author'),
      url: url(a.original.url, 'original URL'),
      title: opt(a.original.title, LIMITS.short, 'original title'),
      date: opt(a.original.date, LIMITS.short, 'original date'),
    }),
    chain: list(a.chain, LIMITS.chainHops, 'chain hops').map((hop, i) => defined({
      ...hop,
      name: str(hop.name, LIMITS.short, `hop ${i} name`),
      url: url(hop.url, `hop ${i} URL`),
      evidence: list(hop.evidence, LIMITS.hopEvidence, `hop ${i} evidence`).map((e) => capString(e, LIMITS.short)),
    })),
    evidence: list(a.evidence, LIMITS.evidence, 'evidence').map((e, i) => ({
      ...e,
      id: str(e.id, LIMITS.short, `evidence ${i} id`),
      signal: str(e.signal, LIMITS.short, `evidence ${i} signal`),
      text: str(e.text, LIMITS.text, `evidence ${i} text`),
      location: capLocation(e.location),
    })),
    site: defined({
      ...a.site,
      name: opt(a.site.name, LIMITS.short, 'site name'),
      author: opt(a.site.author, LIMITS.short, 'site author'),
      date: opt(a.site.date, LIMITS.short, 'site date'),
      title: opt(a.site.title, LIMITS.short, 'site title'),
    }),
    problems: a.problems.map((p) => capString(p, LIMITS.short)),
  };
  const figures = list(report.figures, LIMITS.figures, 'figures').map((f, i) => ({
    ...f,
    id: str(f.id, LIMITS.short, `figure ${i} id`),
    text: str(f.text, LIMITS.short, `figure ${i} text`),
    unit: str(f.unit, LIMITS.short, `figure ${i} unit`),
    label: str(f.label, LIMITS.short, `figure ${i} label`),
    sentence: str(f.sentence, LIMITS.text, `figure ${i} sentence`),
    location: capLocation(f.location),
  }));
  const article = report.article && defined({
    ...report.article,
    originalUrl: url(report.article.originalUrl, 'article original URL'),
    fingerprint: capString(report.article.fingerprint, LIMITS.fingerprint),
  });
  const title = str(report.title, LIMITS.short, 'title');
  const cut = [...cuts.values()].map((c) => (c.count > 1 ? `${c.note} (and ${c.count - 1} more like it)` : c.note));
  if (analysis && cut.length > 0) {
    const room = LIMITS.problems - analysis.problems.length;
    const notes = cut.length > room && room > 0 ? [...cut.slice(0, room - 1), `${cut.length - room + 1} more fields cut`] : cut;
    analysis.problems = [...analysis.problems, ...notes].slice(-LIMITS.problems);
  } else if (analysis) {
    analysis.problems = analysis.problems.slice(0, LIMITS.problems);
  }
  return { ...report, title, analysis, figures, article } as R;
}

/** A page location with its selector bounded (an element selector longer than the limit points nowhere). */
function capLocation(location: unknown): unknown {
  const l = location as { kind?: string; selector?: string; attribute?: string };
  if (l?.kind === 'element' && ((l.selector?.length ?? 0) > LIMITS.short || (l.attribute?.length ?? 0) > LIMITS.short)) return { kind: 'head' };
  return location;
}
