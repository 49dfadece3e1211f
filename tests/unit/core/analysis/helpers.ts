import { analyzePage } from '../../../../src/core/analysis/analyze-page';
import type { PageAnalysis } from '../../../../src/core/analysis/types';
import { loadHtml } from '../../../helpers/load-html';

/** Analyses a small page written for the test. */
export function analyze(body: string, url: string, head = ''): PageAnalysis {
  const doc = loadHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);
  return analyzePage(doc, url);
}

/** Filler paragraphs so the page has enough text to judge. */
export const FILLER_ZH = '<p>近年来，本地多部门联合开展专项行动，取得了明显成效，群众满意度持续提升，相关工作将继续推进。</p>'.repeat(3);
export const FILLER_EN = '<p>The city council voted on Tuesday to approve the new budget after a long debate about transit and housing costs.</p>'.repeat(3);

/** Signal ids of the evidence. */
export const signals = (r: PageAnalysis): string[] => r.evidence.map((e) => e.signal);
