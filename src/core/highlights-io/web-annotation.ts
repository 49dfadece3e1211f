/**
 * Export of highlights as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/):
 * an `AnnotationCollection` whose first `AnnotationPage` holds every `Annotation`.
 *
 * Choices:
 * - motivation `highlighting`, or `commenting` when there is a note; the note is a plain-text
 *   `TextualBody` with purpose `commenting`.
 * - the colour is ALSO a `TextualBody` with purpose `tagging` and value `color:<name>`, so other
 *   Web Annotation tools (Hypothesis shows tags) keep it visibly; the authoritative copy is in the
 *   extension object.
 * - our own fields (article key, madeOn, pageTitle, colour) are in a `repostLens` object with a
 *   format `version`. The term is not in the anno.jsonld context, so JSON-LD processors ignore it
 *   (it is data for this extension, not linked data); plain JSON readers see it as is.
 * - ids are `urn:uuid:<uuid>`; dates ISO 8601 UTC with milliseconds (lossless for integer ms).
 */
import type { Highlight } from '../anchoring/types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Version of the `repostLens` extension objects; bump on any incompatible change. */
export const FORMAT_VERSION = 1;
export const FORMAT_NAME = 'repost-lens/highlights';
export const COLOR_TAG_PREFIX = 'color:';

export type TextualBody = { type: 'TextualBody'; purpose: 'commenting' | 'tagging'; value: string; format?: 'text/plain' };

/** Our fields of one annotation. */
export type AnnotationExtension = {
  version: number;
  article: Highlight['article'];
  madeOn: string;
  pageTitle: string;
  color: string;
};

export type WebAnnotation = {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: { source: string; selector: [Highlight['selectors']['quote'], Highlight['selectors']['position']] };
  repostLens: AnnotationExtension;
};

export type AnnotationCollection = {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  repostLens: { format: typeof FORMAT_NAME; version: number; exported: string };
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
};

/** One highlight as a Web Annotation. */
export function toWebAnnotation(h: Highlight): WebAnnotation {
  const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: COLOR_TAG_PREFIX + h.color }];
  if (h.note.length > 0) body.push({ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/plain' });
  const article: Highlight['article'] = { pageUrl: h.article.pageUrl, fingerprint: h.article.fingerprint };
  if (h.article.originalUrl !== undefined) article.originalUrl = h.article.originalUrl;
  return {
    id: `urn:uuid:${h.id}`,
    type: 'Annotation',
    motivation: h.note.length > 0 ? 'commenting' : 'highlighting',
    created: new Date(h.created).toISOString(),
    modified: new Date(h.updated).toISOString(),
    body,
    target: {
      source: h.article.pageUrl,
      selector: [{ ...h.selectors.quote }, { ...h.selectors.position }],
    },
    repostLens: { version: FORMAT_VERSION, article, madeOn: h.madeOn, pageTitle: h.pageTitle, color: h.color },
  };
}

/**
 * The export document for `highlights` (one page's or all of them). `exportedAt` (ms) is a
 * parameter so the function stays pure.
 */
export function exportAnnotations(highlights: readonly Highlight[], exportedAt: number, label = 'Repost Lens highlights'): AnnotationCollection {
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: highlights.length,
    repostLens: { format: FORMAT_NAME, version: FORMAT_VERSION, exported: new Date(exportedAt).toISOString() },
    first: { type: 'AnnotationPage', startIndex: 0, items: highlights.map(toWebAnnotation) },
  };
}

/** The export as JSON text (pretty-printed: people open backups in editors). */
export function exportAnnotationsJson(highlights: readonly Highlight[], exportedAt: number, label?: string): string {
  return JSON.stringify(exportAnnotations(highlights, exportedAt, label), null, 2);
}
