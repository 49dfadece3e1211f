/**
 * Evidence in plain words: what kind of signal was found and where, instead of the internal signal
 * ids (`canonical-cross-domain`, `zh-reprint-statement`) and strength letters; and the one
 * sentence that says why the verdict is what it is. Kinds are recognised by the shape of the id,
 * not a list of every id, so signals added to the tables later still read sensibly.
 */
import type { Evidence, PageAnalysis } from '../core/analysis/types';
import type { MessageKey } from './i18n/en';
import type { Translate } from './i18n/translate';

export type EvidenceKind =
  | 'reprint-statement' | 'source-line' | 'original-link' | 'original-title' | 'canonical' | 'og-url'
  | 'structured-data' | 'metadata' | 'wire' | 'images' | 'republish-pixel' | 'editor-line' | 'credit-line'
  | 'own-report' | 'outlet-notice' | 'mirror-disclaimer' | 'platform-text' | 'platform-byline' | 'other';

/** Ordered: the first pattern that matches an id wins. */
const KIND_PATTERNS: [RegExp, EvidenceKind][] = [
  [/canonical/, 'canonical'],
  [/og-url/, 'og-url'],
  [/byline-platform/, 'platform-byline'],
  [/^jsonld-/, 'structured-data'],
  [/republish-pixel/, 'republish-pixel'],
  [/proxied|cdn|image/, 'images'],
  [/mirror-disclaimer/, 'mirror-disclaimer'],
  [/own-report/, 'own-report'],
  [/anti-reprint|outlet-promo|notice/, 'outlet-notice'],
  [/original-title/, 'original-title'],
  [/original-link|read-original/, 'original-link'],
  [/wire|dateline|agency/, 'wire'],
  [/role-editor|editor/, 'editor-line'],
  [/reprint|republish|originally|provided-by|distributed-by|from-book|excerpt|licensed|authorized|original-on-platform|wechat-card/, 'reprint-statement'],
  [/source-line|source-label|provider-line|-source$/, 'source-line'],
  [/meta|cms|syndication|original-source|parsely|source-name|article-source/, 'metadata'],
  [/role-author|produced-by|byline|outlet-lead|account|author/, 'credit-line'],
  [/platform|boilerplate/, 'platform-text'],
];

export function evidenceKind(signal: string): EvidenceKind {
  for (const [pattern, kind] of KIND_PATTERNS) if (pattern.test(signal)) return kind;
  return 'other';
}

/** Where the evidence is, in words. */
export function evidenceWhere(item: Evidence, t: Translate): string {
  const loc = item.location;
  if (loc.kind === 'head') return t('where_head');
  if (loc.kind === 'text') return t('where_text');
  if (loc.attribute && /src/i.test(loc.attribute)) return t('where_image');
  if (loc.attribute === 'href') return t('where_link');
  return /img/i.test(loc.selector) ? t('where_image') : t('where_element');
}

export function evidenceTitle(item: Evidence, t: Translate): string {
  return t(`ev_${evidenceKind(item.signal)}` as MessageKey);
}

export function strengthWord(strength: Evidence['strength'], t: Translate): string {
  return t(`strength_${strength}` as MessageKey);
}

export function strengthHelp(strength: Evidence['strength'], t: Translate): string {
  return t(`strengthHelp_${strength}` as MessageKey);
}

const STRENGTH_ORDER = { A: 0, B: 1, C: 2, D: 3 } as const;
/** Kinds that can carry the "why" sentence (the editor line only adds "and edited by"). */
const SENTENCE_KINDS = new Set<EvidenceKind>(['reprint-statement', 'source-line', 'original-link', 'original-title', 'canonical', 'og-url', 'structured-data', 'metadata', 'wire', 'images', 'credit-line', 'platform-text']);

function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** The names the sentence mentions, and the evidence kind it is built on. */
export type WhyParts = { kind: EvidenceKind | 'original' | 'original-own' | 'unknown'; original?: string; editor?: string; site?: string };

/**
 * What the "why" sentence says, as data (tests and the UI share it): for a repost, the strongest
 * evidence behind the original (falling back to the strongest of all), the original's name and
 * the editor when the chain has one.
 */
export function whyParts(analysis: PageAnalysis): WhyParts {
  if (analysis.verdict === 'original') return analysis.site.name ? { kind: 'original-own', site: analysis.site.name } : { kind: 'original' };
  if (analysis.verdict !== 'repost') return { kind: 'unknown' };
  const originalHop = analysis.chain.find((h) => h.role === 'original') ?? analysis.chain.find((h) => h.role === 'wire');
  const editor = analysis.chain.find((h) => h.role === 'editor')?.name;
  const original = analysis.original.publisher ?? analysis.original.author ?? originalHop?.name ?? hostName(analysis.original.url);
  const byStrength = (list: Evidence[]): Evidence[] => [...list].sort((a, b) => STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength]);
  const supporting = originalHop ? analysis.evidence.filter((e) => originalHop.evidence.includes(e.id)) : [];
  const best = [...byStrength(supporting), ...byStrength(analysis.evidence)].find((e) => SENTENCE_KINDS.has(evidenceKind(e.signal)));
  return { kind: best ? evidenceKind(best.signal) : 'other', ...(original ? { original } : {}), ...(editor && editor !== original ? { editor } : {}) };
}

/** The one plain sentence of why ("A line on the page says it was reprinted from 商城公安在线 and edited by 凯升融媒."). */
export function whySentence(analysis: PageAnalysis, t: Translate): string {
  const parts = whyParts(analysis);
  if (parts.kind === 'original') return t('whyOriginal');
  if (parts.kind === 'original-own') return t('whyOriginalOwn', { site: parts.site ?? '' });
  if (parts.kind === 'unknown') return t('whyUnknown');
  const main = t(`why_${parts.kind}` as MessageKey, { original: parts.original ?? t('theOriginal') });
  return main + (parts.editor ? t('whyEditedBy', { editor: parts.editor }) : '') + t('whySentenceEnd');
}
