/**
 * THE contract between the extension's contexts: the only place where message names, payloads
 * and replies are declared. Maps are named by direction; commands are imperative
 * (`saveHighlight`), events are past tense (`pageAnalysed`). Every payload has a runtime schema
 * (checked on arrival); replies are `Result`s, because `Error` objects do not survive messaging.
 */
import type { ArticleKey, Highlight } from '../core/anchoring/types';
import type { QuoteChallenges } from '../core/quote-proof';
import { LIMITS } from '../core/limits';
import { articleKeySchema, paintColorSchema } from '../core/validate/records';
import { highlightColorSchema, highlightIdSchema, highlightSchema, highlightSelectorsSchema, noteSchema, pageAnalysisSchema, keyFigureSchema, pageLocationSchema } from './model-schemas';
import { s, type Infer, type Schema } from './schema';

/** `quota`: the browser refused to store more (disk or quota full); said as such to the user. */
export type ProtocolError = { code: 'invalid' | 'not-found' | 'storage' | 'quota' | 'forbidden' | 'unavailable' | 'internal'; message: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

/** A message definition: the payload's schema and (as a phantom type) the reply's type. */
export type CallDef<P, R> = { payload: Schema<P>; reply?: R };
const call = <R>() => <P>(payload: Schema<P>): CallDef<P, R> => ({ payload });

export type PayloadOf<D> = D extends CallDef<infer P, unknown> ? P : never;
export type ReplyOf<D> = D extends CallDef<unknown, infer R> ? R : never;

export { articleKeySchema };

/** What the content script learned about its page. */
export const pageReportSchema = s.object({
  url: s.httpUrl(),
  title: s.string({ max: LIMITS.short }),
  /** False when the cheap pre-check decided this is not an article (nothing else was computed). */
  isArticle: s.boolean(),
  analysis: s.nullable(pageAnalysisSchema),
  figures: s.array(keyFigureSchema, { max: LIMITS.figures }),
  article: s.nullable(articleKeySchema),
  /** How long the analysis took, in ms (off the page: snapshot parse included). */
  durationMs: s.number({ min: 0 }),
});
export type PageReport = Infer<typeof pageReportSchema>;

/** Highlights of this tab that could not be anchored on the page as it is now. */
export const anchoringSchema = s.object({
  anchored: s.array(highlightIdSchema, { max: LIMITS.ids }),
  orphans: s.array(highlightIdSchema, { max: LIMITS.ids }),
});
export type AnchoringReport = Infer<typeof anchoringSchema>;

/** What the side panel shows for one tab. */
export type TabState = {
  tabId: number;
  page: PageReport;
  highlights: Highlight[];
  anchoring: AnchoringReport | null;
  /** The reader chose "note" on the page: the panel focuses this highlight's note editor (newest `at` wins). */
  noteRequest?: { id: string; at: number };
};

/** Why the panel shows no report for a tab whose content script sent one (refused, with the reason). */
export type RefusedReport = { url: string; reason: string };

const idSchema = highlightIdSchema;
const highlightPatchSchema = s.object({
  color: s.optional(highlightColorSchema),
  note: s.optional(noteSchema),
  /** Re-attaching an orphan gives it new selectors. */
  selectors: s.optional(highlightSelectorsSchema),
});

/** Calls content scripts make to the background. */
export const contentToBackground = {
  /** The page was analysed (event); the background stores it for the side panel. */
  pageAnalysed: call<{ tabId: number }>()(s.object({ page: pageReportSchema })),
  /**
   * Highlights of the article this tab shows (this page, or another copy whose text matches).
   * Which article is decided by the background from the tab's own report, never by the message.
   */
  listHighlightsForArticle: call<{ highlights: Highlight[]; challenges: QuoteChallenges | null }>()(s.object({})),
  /**
   * Answers to the challenges of highlights made on other copies (core/quote-proof.ts): the
   * records whose passage this page proved it holds.
   */
  proveQuotes: call<Highlight[]>()(s.object({
    proofs: s.array(s.object({ id: idSchema, proof: s.number({ integer: true, min: 0, max: 0xffffffff }) }), { max: LIMITS.ids }),
  })),
  /** Persist a NEW highlight made from the user's selection (command); filed under the tab's article. */
  saveHighlight: call<Highlight>()(s.object({ highlight: highlightSchema })),
  /** The result of re-anchoring on this page (event), for the orphans list. */
  anchoringReported: call<null>()(anchoringSchema),
  /** Change a highlight from its in-page menu (only highlights of the sending tab's article). */
  updateHighlight: call<Highlight>()(s.object({ id: idSchema, patch: highlightPatchSchema })),
  /** Delete a highlight from its in-page menu (only highlights of the sending tab's article). */
  deleteHighlight: call<Highlight>()(s.object({ id: idSchema })),
  /** Put back a highlight the in-page menu deleted a moment ago (undo). */
  restoreHighlight: call<Highlight>()(s.object({ highlight: highlightSchema })),
  /**
   * The page loader asks for the content bundle (analysis, highlighter): `article` after its cheap
   * check said yes, `page` otherwise (injected only when highlights are stored for this page),
   * `selection` on the reader's first selection. Injected only where the settings allow. `url`
   * is the page's address now (a single-page app may have moved since it loaded); it must be on
   * the sender's site.
   */
  requestContent: call<{ injected: boolean }>()(s.object({ reason: s.literal('article', 'page', 'selection', 'command'), url: s.httpUrl() })),
  /**
   * The loader's snapshot of an article page (its serialized DOM, capped at LIMITS.snapshotChars):
   * the background parses and analyses it OFF the page's main thread (offscreen document in
   * Chrome, the event page in Firefox), files the report as `pageAnalysed` does, and injects the
   * content bundle only where it is needed (stored highlights, the in-page notice).
   */
  pageSnapshot: call<{ analysed: boolean; injected: boolean }>()(s.object({
    url: s.httpUrl(),
    html: s.string({ max: LIMITS.snapshotChars }),
  })),
  /**
   * The loader saw its single-page app move to another address (not just a #fragment) and will
   * look at the page again once the app settled, then report it (a snapshot, or requestContent
   * `page`). Meanwhile the panel shows the tab as loading: neither the old article nor "not an
   * article" for an article still being rendered. Top frame only; the address must be on the sender's site.
   */
  pageMoved: call<null>()(s.object({ url: s.httpUrl() })),
  /** The content bundle asks which article the background filed for its tab, and its report (null: none). */
  getTabArticle: call<{ article: ArticleKey | null; report: PageReport | null }>()(s.object({})),
  /**
   * The reader chose "note" in the in-page toolbar: open the side panel (inside the click's user
   * gesture where the browser allows it) and focus this highlight's note there. Notes are never
   * typed in the page, whose scripts see every keystroke.
   */
  openNoteEditor: call<{ opened: boolean }>()(s.object({ id: idSchema })),
  /**
   * Paint rules for this page load's random highlight names (see content/highlights/paint-names.ts):
   * the background inserts them with `scripting.insertCSS`, a stylesheet the page cannot read.
   */
  insertHighlightStyles: call<{ inserted: boolean }>()(s.object({
    rules: s.array(s.object({ name: s.string({ min: 8, max: 64 }), color: paintColorSchema, flash: s.optional(s.boolean()) }), { max: 64 }),
  })),
} as const;

/** A filter over every stored highlight (the highlights library). */
export const libraryFilterSchema = s.object({
  /** Words, AND-ed, width- and case-folded, matched as substrings (CJK has no spaces). */
  text: s.optional(s.string({ max: 500 })),
  color: s.optional(highlightColorSchema),
  /** Host where the highlight was made (`madeOn`). */
  site: s.optional(s.string({ max: 300 })),
  /** Created at or after / before, ms since epoch. */
  from: s.optional(s.number({ min: 0 })),
  to: s.optional(s.number({ min: 0 })),
});
export type LibraryFilter = Infer<typeof libraryFilterSchema>;

/** One screen of the library: highlights grouped by article (newest article first), and the totals. */
export type LibraryPage = {
  total: number;
  /** Every highlight in the store, ignoring the filter. */
  stored: number;
  highlights: Highlight[];
  /** Sites with highlights (for the site filter), most highlights first. */
  sites: { site: string; count: number }[];
};

/** What the panel knows about a tab beyond its report. */
export type TabInfo = { url: string | null; skipped: 'disabled' | 'not-article' | null };

/** Calls that extension pages (side panel, popup) make to the background. */
export const uiToBackground = {
  getTabState: call<TabState | null>()(s.object({ tabId: s.number({ integer: true, min: 0 }) })),
  updateHighlight: call<Highlight>()(s.object({ id: idSchema, patch: highlightPatchSchema })),
  deleteHighlight: call<Highlight>()(s.object({ id: idSchema })),
  /** Puts back a highlight deleted a moment ago (undo). */
  restoreHighlight: call<Highlight>()(s.object({ highlight: highlightSchema })),
  searchHighlights: call<Highlight[]>()(s.object({
    text: s.optional(s.string({ max: 500 })),
    color: s.optional(highlightColorSchema),
    limit: s.optional(s.number({ integer: true, min: 1, max: 100_000 })),
  })),
  exportHighlights: call<{ fileName: string; mime: string; text: string }>()(s.object({
    format: s.literal('json', 'markdown'),
    scope: s.literal('tab', 'all'),
    tabId: s.optional(s.number({ integer: true, min: 0 })),
  })),
  importHighlights: call<{ added: number; updated: number; unchanged: number }>()(s.object({ text: s.string({ max: LIMITS.importChars }) })),
  /** The reading history (the `pages` store) as a JSON file. */
  exportHistory: call<{ fileName: string; mime: string; text: string }>()(s.object({})),
  /** Forgets the reading history (every stored page report); highlights stay. */
  clearHistory: call<{ pages: number }>()(s.object({})),
  /** The highlights library: one page of every highlight matching a filter. */
  queryLibrary: call<LibraryPage>()(s.object({
    filter: libraryFilterSchema,
    offset: s.number({ integer: true, min: 0 }),
    limit: s.number({ integer: true, min: 1, max: 1_000 }),
  })),
  /** Export of the highlights the reader selected in the library. */
  exportSelection: call<{ fileName: string; mime: string; text: string }>()(s.object({
    format: s.literal('json', 'markdown'),
    ids: s.array(idSchema, { max: 100_000 }),
  })),
  /** The tab's page address as the background learnt it, and whether Repost Lens skipped it. */
  getTabInfo: call<TabInfo>()(s.object({ tabId: s.number({ integer: true, min: 0 }) })),
  /** Deletes every page report and every highlight and note (settings stay). */
  deleteEverything: call<{ pages: number; highlights: number }>()(s.object({})),
} as const;

/** Events the background broadcasts to open extension pages. */
export const backgroundToUi = {
  tabStateChanged: call<null>()(s.object({ tabId: s.number({ integer: true, min: 0 }) })),
  highlightsChanged: call<null>()(s.object({ ids: s.array(idSchema, { max: LIMITS.ids }) })),
} as const;

/**
 * Work the background hands to its offscreen document (Chrome: the service worker has no DOM).
 * The offscreen document accepts it from the background only, never from a content script.
 */
export const backgroundToOffscreen = {
  /** Parse `html` (DOMParser: no script runs, nothing loads) and compose its report. */
  analyseSnapshot: call<PageReport>()(s.object({
    url: s.httpUrl(),
    html: s.string({ max: LIMITS.snapshotChars }),
  })),
} as const;

/** Commands sent to a tab's content script (by the background or an extension page). */
export const toContent = {
  /** The tab shows another article (a single-page app moved on): re-attach its highlights. */
  articleChanged: call<null>()(s.object({ article: s.nullable(articleKeySchema) })),
  /** Scroll the page to a location (evidence or figure) and flash it. */
  scrollToLocation: call<{ found: boolean }>()(s.object({ location: pageLocationSchema, text: s.optional(s.string({ max: LIMITS.text })) })),
  /** Scroll to a highlight and flash it; with `menu`, open its in-page menu with keyboard focus instead. */
  scrollToHighlight: call<{ found: boolean }>()(s.object({ id: idSchema, menu: s.optional(s.boolean()) })),
  /** Highlight the current selection (keyboard command, context menu). */
  highlightSelection: call<{ created: boolean }>()(s.object({ color: s.optional(highlightColorSchema) })),
  /** Give an orphan the current selection as its new place. */
  reattachOrphan: call<{ reattached: boolean }>()(s.object({ id: idSchema })),
  /**
   * Stored highlights of THIS tab's article changed elsewhere (side panel, another tab): the
   * changed records and the deleted ids. Sent only to tabs showing that article.
   */
  highlightsChanged: call<null>()(s.object({
    ids: s.array(idSchema, { max: LIMITS.ids }),
    changed: s.array(highlightSchema, { max: LIMITS.ids }),
    deleted: s.array(idSchema, { max: LIMITS.ids }),
  })),
} as const;

export type ContentToBackground = typeof contentToBackground;
export type UiToBackground = typeof uiToBackground;
export type BackgroundToUi = typeof backgroundToUi;
export type ToContent = typeof toContent;
export type BackgroundToOffscreen = typeof backgroundToOffscreen;

/** The message maps by direction; the envelope carries which one a message belongs to. */
export const directions = {
  'content-to-background': contentToBackground,
  'ui-to-background': uiToBackground,
  'background-to-ui': backgroundToUi,
  'to-content': toContent,
  'background-to-offscreen': backgroundToOffscreen,
} as const;
export type Direction = keyof typeof directions;
