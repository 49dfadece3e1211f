/**
 * Import of a highlights file written by `exportAnnotationsJson`. The whole file is validated
 * before anything is returned, so the caller writes either everything or nothing.
 */
import type { Highlight } from '../anchoring/types';
import { LIMITS } from '../limits';
import { canonicalColor } from '../colors/highlight-colors';
import { highlightSchema } from '../validate/records';
import { ANNO_CONTEXT, COLOR_TAG_PREFIX, FORMAT_NAME, FORMAT_VERSION } from './web-annotation';
import { assertSafeKeys, httpUrl, ImportError, int, isoDate, obj, str } from './json-guards';

export type ImportLimits = {
  /** Largest accepted file, in UTF-8 bytes (default 10 MB). */
  maxBytes?: number;
  /** Most highlights in one file (default 50,000). */
  maxItems?: number;
};

export type ImportResult = { ok: true; highlights: Highlight[] } | { ok: false; error: string };

const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const MAX_OFFSET = LIMITS.offset;

/** Parses and validates an export file; never throws. */
export function parseImport(jsonText: string, limits: ImportLimits = {}): ImportResult {
  const maxBytes = limits.maxBytes ?? LIMITS.importBytes;
  const maxItems = limits.maxItems ?? LIMITS.importItems;
  try {
    if (typeof jsonText !== 'string') return fail('the file is not text');
    // Cheap bound first (a UTF-16 unit is at most 3 UTF-8 bytes), exact count only near the limit.
    if (jsonText.length * 3 > maxBytes && new TextEncoder().encode(jsonText).length > maxBytes) {
      return fail(`the file is larger than ${maxBytes} bytes`);
    }
    let data: unknown;
    try {
      data = JSON.parse(jsonText);
    } catch (e) {
      return fail(`the file is not valid JSON (${e instanceof Error ? e.message : 'parse error'})`);
    }
    assertSafeKeys(data);
    const items = readCollection(data, maxItems);
    const highlights: Highlight[] = [];
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const h = checked(readAnnotation(item, `item ${i}`), `item ${i}`);
      if (seen.has(h.id)) throw new ImportError(`item ${i}: id: duplicate id ${h.id} in the file`);
      seen.add(h.id);
      highlights.push(h);
    });
    return { ok: true, highlights };
  } catch (e) {
    if (e instanceof ImportError) return fail(e.message);
    return fail(`the file could not be read (${e instanceof Error ? e.message : 'unknown error'})`);
  }
}

/**
 * The record as the background would accept it from a message (the one set of definitions in
 * core/validate/records.ts): what imports can be stored, exported and imported again unchanged.
 */
function checked(h: Highlight, at: string): Highlight {
  const r = highlightSchema.parse(h, at);
  if (!r.ok) throw new ImportError(`${r.issue.path.replace(/^item \d+\./, `${at}: `)} ${r.issue.message}`);
  return r.value;
}

function fail(error: string): ImportResult {
  return { ok: false, error };
}

/** The annotation items of a Repost Lens collection (schema and version checked). */
function readCollection(data: unknown, maxItems: number): unknown[] {
  const top = obj(data, 'file');
  const context = top['@context'];
  const hasContext = context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT));
  if (!hasContext || top.type !== 'AnnotationCollection') throw new ImportError('file: not a W3C Web Annotation collection');
  const ext = obj(top.repostLens, 'file: repostLens (not a Repost Lens export)');
  if (ext.format !== FORMAT_NAME) throw new ImportError('file: repostLens.format: not a Repost Lens highlights export');
  if (ext.version !== FORMAT_VERSION) throw new ImportError(`file: repostLens.version: unsupported version ${JSON.stringify(ext.version)} (this version reads ${FORMAT_VERSION})`);
  const page = obj(top.first, 'file: first');
  if (!Array.isArray(page.items)) throw new ImportError('file: first.items: must be an array');
  if (page.items.length > maxItems) throw new ImportError(`file: too many highlights (${page.items.length}, at most ${maxItems})`);
  return page.items;
}

/** One annotation → Highlight, or an ImportError naming the field. */
function readAnnotation(value: unknown, at: string): Highlight {
  const a = obj(value, at);
  const idMatch = UUID_URN.exec(str(a.id, `${at}: id`, 1, 100));
  if (!idMatch) throw new ImportError(`${at}: id: must be urn:uuid:<uuid>`);
  if (a.type !== 'Annotation') throw new ImportError(`${at}: type: must be "Annotation"`);
  if (a.motivation !== 'highlighting' && a.motivation !== 'commenting') throw new ImportError(`${at}: motivation: must be "highlighting" or "commenting"`);
  const created = isoDate(a.created, `${at}: created`);
  const updated = isoDate(a.modified, `${at}: modified`);

  const ext = obj(a.repostLens, `${at}: repostLens`);
  if (ext.version !== FORMAT_VERSION) throw new ImportError(`${at}: repostLens.version: unsupported version ${JSON.stringify(ext.version)}`);
  const art = obj(ext.article, `${at}: repostLens.article`);
  const article: Highlight['article'] = {
    pageUrl: httpUrl(art.pageUrl, `${at}: repostLens.article.pageUrl`),
    fingerprint: str(art.fingerprint, `${at}: repostLens.article.fingerprint`, 0, LIMITS.fingerprint),
  };
  if (art.originalUrl !== undefined) article.originalUrl = httpUrl(art.originalUrl, `${at}: repostLens.article.originalUrl`);
  // One colour list: names, aliases ("purple") and hex codes become the preset hex we store.
  const rawColor = str(ext.color, `${at}: repostLens.color`, 1, 32);
  const color = canonicalColor(rawColor);
  if (!color) throw new ImportError(`${at}: repostLens.color: unknown colour "${rawColor}"`);

  const target = obj(a.target, `${at}: target`);
  if (httpUrl(target.source, `${at}: target.source`) !== article.pageUrl) {
    throw new ImportError(`${at}: target.source: differs from repostLens.article.pageUrl`);
  }
  return {
    id: (idMatch[1] as string).toLowerCase(),
    article,
    madeOn: str(ext.madeOn, `${at}: repostLens.madeOn`, 0, LIMITS.short),
    pageTitle: str(ext.pageTitle, `${at}: repostLens.pageTitle`, 0, LIMITS.short),
    selectors: readSelectors(target.selector, `${at}: target.selector`),
    color,
    note: readNote(a.body, `${at}: body`),
    created,
    updated,
  };
}

/** Exactly one TextQuoteSelector and one TextPositionSelector, in any order. */
function readSelectors(value: unknown, at: string): Highlight['selectors'] {
  if (!Array.isArray(value) || value.length !== 2) throw new ImportError(`${at}: must be a list of a TextQuoteSelector and a TextPositionSelector`);
  const qi = value.findIndex((s) => (s as { type?: unknown } | null)?.type === 'TextQuoteSelector');
  const pi = value.findIndex((s) => (s as { type?: unknown } | null)?.type === 'TextPositionSelector');
  if (qi < 0 || pi < 0) throw new ImportError(`${at}: must contain a TextQuoteSelector and a TextPositionSelector`);
  const q = obj(value[qi], `${at}[${qi}]`);
  const p = obj(value[pi], `${at}[${pi}]`);
  const start = int(p.start, `${at}[${pi}].start`, MAX_OFFSET);
  const end = int(p.end, `${at}[${pi}].end`, MAX_OFFSET);
  if (end <= start) throw new ImportError(`${at}[${pi}]: end must be greater than start`);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: str(q.exact, `${at}[${qi}].exact`, 1, LIMITS.quote),
      prefix: str(q.prefix, `${at}[${qi}].prefix`, 0, LIMITS.quoteContext),
      suffix: str(q.suffix, `${at}[${qi}].suffix`, 0, LIMITS.quoteContext),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** The note: the value of the single `commenting` body, '' when there is none. */
function readNote(value: unknown, at: string): string {
  if (!Array.isArray(value) || value.length > 16) throw new ImportError(`${at}: must be a list of at most 16 bodies`);
  let note: string | null = null;
  value.forEach((b, i) => {
    const body = obj(b, `${at}[${i}]`);
    if (body.type !== 'TextualBody') throw new ImportError(`${at}[${i}].type: must be "TextualBody"`);
    const text = str(body.value, `${at}[${i}].value`, 0, LIMITS.note);
    if (body.purpose === 'commenting') {
      if (note !== null) throw new ImportError(`${at}[${i}]: more than one note`);
      note = text;
    } else if (body.purpose === 'tagging') {
      if (!text.startsWith(COLOR_TAG_PREFIX) && text.length > 200) throw new ImportError(`${at}[${i}].value: tag too long`);
    } else {
      throw new ImportError(`${at}[${i}].purpose: must be "commenting" or "tagging"`);
    }
  });
  return note ?? '';
}
