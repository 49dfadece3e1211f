import { buildTextIndex, type TextIndex } from '../text/text-index';
import type { PageReading } from '../page-reading';
import type { Finding } from './finding';
import type { Evidence, PageAnalysis } from './types';
import { buildChain, pickOrigin } from './build-chain';
import { findBylineSignals } from './byline-signals';
import { findCreditLines } from './credit-lines';
import { isValidHopName } from './hop-name';
import { elementAt, isChrome } from './text-structure';
import { readJsonLd, type JsonLdInfo } from './json-ld';
import { findJsonLdSignals, findMetaSignals } from './meta-signals';
import { findPlatformBoilerplate } from './platform-boilerplate';
import { findProviderLogos } from './provider-logo';
import { parseHttpUrl, registrableDomain, toHttpUrl } from './registrable-domain';
import { writtenNameForDomain } from './domain-written-name';
import { scoreVerdict } from './score-verdict';
import { getSiteIdentity, isSelfName, type SiteIdentity } from './site-identity';
import { findTextStatements } from './text-statements';
import { findUrlSignals } from './url-signals';
import { findWireSignals } from './wire-signals';

/**
 * Decides whether the page at `url` is a repost and reconstructs where it came from. Pure: takes a
 * Document and the page URL, touches no extension API and no globals, never throws (a broken page
 * yields verdict 'unknown' with the problem noted).
 */
export function analyzePage(doc: Document, url: string, reading?: PageReading): PageAnalysis {
  const problems: string[] = [];
  const pageUrl = toHttpUrl(url) ?? '';
  if (!pageUrl) problems.push('page URL is not http(s); cross-domain signals are disabled');
  try {
    return analyze(doc, pageUrl, problems, reading);
  } catch (error) {
    problems.push(`analysis failed: ${error instanceof Error ? error.message : String(error)}`);
    return emptyAnalysis(pageUrl, problems);
  }
}

function emptyAnalysis(url: string, problems: string[]): PageAnalysis {
  return { schema: 1, url, verdict: 'unknown', isRepost: false, confidence: 0, original: {}, chain: [], evidence: [], site: {}, problems };
}

/** Runs one scanner; a scanner that throws loses its findings, not the analysis. */
function run(name: string, problems: string[], scan: () => Finding[]): Finding[] {
  try {
    return scan();
  } catch (error) {
    problems.push(`${name} skipped: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

/** Drops a text finding that lies inside a stronger one (新华社北京…电 is a dateline, not an outlet lead). */
function dropOverlaps(findings: Finding[]): Finding[] {
  const text = findings.filter((f) => f.location.kind === 'text' && f.priority > 0);
  return findings.filter((f) => {
    if (f.location.kind !== 'text' || f.priority <= 0) return true;
    const a = f.location;
    return !text.some((g) => g !== f && g.location.kind === 'text' && g.priority > f.priority && g.location.start < a.end && a.start < g.location.end && g.name !== f.name);
  });
}

/**
 * A wire dateline opens the article it credits. One deep inside the text, after paragraphs of the
 * page's own prose, is a quoted wire item: it still names a wire, but it is not the origin when
 * another statement names one (来源: 新京报 over a 新华社…电 paragraph in the middle).
 */
function weighWirePosition(findings: Finding[], index: TextIndex): Finding[] {
  const text = index.text;
  // A dateline in page chrome (the teaser of the next story, a sidebar) credits another article.
  findings = findings.filter((f) => f.location.kind !== 'text' || !/dateline/.test(f.signal) || f.role !== 'wire' || !isChrome(elementAt(index, f.location.start)));
  const others = findings.some((f) => f.priority >= 85 && f.role === 'original' && f.location.kind === 'text');
  if (!others) return findings;
  return findings.map((f) => {
    if (f.location.kind !== 'text' || !/dateline/.test(f.signal) || f.role !== 'wire') return f;
    const before = text.slice(Math.max(0, f.location.start - 3000), f.location.start);
    const prose = before.split('\n').filter((l) => l.trim().length >= 150).length;
    return prose >= 2 ? { ...f, priority: 70 } : f;
  });
}

/** "TEXT BY JANE ROE" beside a translation credit: the writer of the original. */
const WRITER_CREDIT = /(?:^|[\s|/])(?:text|words|written|story|reporting|texte|texto|testo|von)\s+(?:by|par|por|di|de)?\s*[:：]?\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?=\s+(?:translation|translated|traduction|traducción|traduzione|übersetzung|photo|photographs?|illustrations?|edited|edit)\b|\s*[\n,;|/]|\s*$)/iu;

const titleCase = (s: string): string => (s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()) : s);

/** A translation credited without its source: the writer credited beside it, else the byline's author, is the original's author. */
function translationAuthor(findings: Finding[], site: SiteIdentity, index: TextIndex): Finding[] {
  const credit = findings.find((f) => f.signal === 'credit-translation' && !f.name);
  if (credit && credit.location.kind === 'text' && !findings.some((f) => f.signal === 'credit-translation' && f.name)) {
    const { start, end } = credit.location;
    const around = index.text.slice(Math.max(0, start - 200), Math.min(index.text.length, end + 200));
    const writer = WRITER_CREDIT.exec(around)?.[1];
    const name = writer ? titleCase(writer.trim()) : '';
    if (name && isValidHopName(name) && !isSelfName(name, site)) {
      return [{ signal: 'translation-writer-credit', strength: 'B', text: writer ?? '', location: credit.location, positive: false, priority: 99, role: 'original', name, kind: 'translation' }];
    }
  }
  const author = site.author;
  if (!credit || !author || findings.some((f) => f.signal === 'credit-translation' && f.name) || credit.text.includes(author) || !isValidHopName(author)) return [];
  return [{ signal: 'translation-byline-author', strength: 'B', text: author, location: { kind: 'head' }, positive: false, priority: 99, role: 'original', name: author, kind: 'translation' }];
}

/** A party named only by its domain (a credit that is just a link) gets the name the article writes for it. */
function withWrittenNames(findings: Finding[], text: string, site: SiteIdentity): Finding[] {
  const byHost = new Map<string, string | undefined>();
  return findings.map((f) => {
    const host = f.url && f.name && f.priority > 0 ? parseHttpUrl(f.url)?.hostname : undefined;
    if (!host || f.name !== registrableDomain(host)) return f;
    if (!byHost.has(host)) byHost.set(host, writtenNameForDomain(text, host));
    const written = byHost.get(host);
    // A sister edition (example.co.uk credited on Example's US site) keeps its domain: the written brand is this site's.
    return written && isValidHopName(written) && !isSelfName(written, site) ? { ...f, name: written } : f;
  });
}

function analyze(doc: Document, pageUrl: string, problems: string[], reading?: PageReading): PageAnalysis {
  const body = doc.body ?? doc.documentElement;
  if (!body) return emptyAnalysis(pageUrl, [...problems, 'document has no content']);
  // A frameset replaces the body: checking the root's children is enough (no document-wide walk).
  const isFrameset = Array.from(doc.documentElement?.children ?? []).some((c) => c.localName === 'frameset');
  if (isFrameset) problems.push('frameset page: the frames were not analysed');
  let jsonLd: JsonLdInfo = { blocks: 0, urls: [], foreignUrl: false, isBasedOn: [], problems: [] };
  try {
    jsonLd = readJsonLd(doc, pageUrl);
  } catch {
    problems.push('JSON-LD could not be read');
  }
  problems.push(...jsonLd.problems);
  const site: SiteIdentity = getSiteIdentity(doc, pageUrl, jsonLd);
  let index: TextIndex = { text: '', nodes: [], starts: [] };
  try {
    // The shared reading (one text walk per page for analysis, figures, key, anchoring), if given.
    index = reading ? reading.bodyIndex() : buildTextIndex(doc.body ?? body);
  } catch {
    problems.push('page text could not be read');
  }
  const hasHost = !!parseHttpUrl(pageUrl);
  let findings: Finding[] = [
    ...(hasHost ? run('meta signals', problems, () => findMetaSignals(doc, pageUrl, site)) : []),
    ...(hasHost ? run('JSON-LD signals', problems, () => findJsonLdSignals(jsonLd, pageUrl, site)) : []),
    ...run('text statements', problems, () => findTextStatements(index, pageUrl, site, problems)),
    ...run('wire signals', problems, () => findWireSignals(index, site)),
    ...run('credit lines', problems, () => findCreditLines(index, pageUrl, site)),
    ...run('byline signals', problems, () => findBylineSignals(doc, pageUrl, site, jsonLd)),
    ...(hasHost ? run('provider logos', problems, () => findProviderLogos(doc, pageUrl, site)) : []),
    ...run('platform boilerplate', problems, () => findPlatformBoilerplate(index.text, site)),
    ...(hasHost ? run('URL signals', problems, () => findUrlSignals(doc, pageUrl, site)) : []),
  ];
  findings = weighWirePosition(dropOverlaps(findings), index);
  findings.push(...translationAuthor(findings, site, index));
  findings = withWrittenNames(findings, index.text, site);
  const usable = index.text.trim().length >= 80 && !isFrameset;
  if (!usable) problems.push('too little text to judge');
  const origin = pickOrigin(findings);
  const score = scoreVerdict(findings, origin, usable);
  const isRepost = score.verdict === 'repost';
  const ids = new Map<Finding, string>();
  const evidence: Evidence[] = findings.map((f, i) => {
    const id = `e${i + 1}`;
    ids.set(f, id);
    return { id, signal: f.signal, strength: f.strength, text: f.text.slice(0, 500), location: f.location };
  });
  const { chain, original } = buildChain(findings, ids, site, pageUrl, isRepost);
  return {
    schema: 1,
    url: pageUrl,
    verdict: score.verdict,
    isRepost,
    ...(score.kind ? { kind: score.kind } : {}),
    confidence: score.confidence,
    original,
    chain,
    evidence,
    site: { name: site.name, author: site.author, date: site.date, title: site.title },
    problems,
  };
}
