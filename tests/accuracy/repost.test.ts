import { describe, expect, it } from 'vitest';
import { evaluateReposts, rates, type RepostEval } from '../eval/repost-eval';
import { agencyByName } from '../../src/core/analysis/agency-table';
import { sameEntity } from '../../src/core/analysis/build-chain';
import { isValidHopName } from '../../src/core/analysis/hop-name';
import { findPlatformByName } from '../../src/core/analysis/platform-table';
import type { Hop } from '../../src/core/analysis/types';

/**
 * The corpus floors of issue 8 (web/ included), on the same metric function `npm run eval` prints:
 * recall ≥ 95%, false positives ≤ 3%, original named ≥ 93%; the original URL where labelled ≥ 90%;
 * and web/ alone at the level reached (see below).
 */
describe('repost detection on the labelled corpus', () => {
  let result: RepostEval;
  const misses = (what: string): string => result.misses.filter((m) => m.what === what).map((m) => `${m.path}: ${m.why}`).join('\n');

  it('runs over the corpus (fails when the corpus is missing)', async () => {
    result = await evaluateReposts();
    expect(result.total.pages).toBeGreaterThan(50);
    expect(result.total.originals).toBeGreaterThan(0);
  });

  it('detects at least 95% of reposts', () => {
    expect(rates(result.total).detection, misses('not detected')).toBeGreaterThanOrEqual(0.95);
  });

  it('calls at most 3% of originals reposts (en-original and web/ traps included)', () => {
    expect(rates(result.total).falsePositive, misses('false positive')).toBeLessThanOrEqual(0.03);
  });

  it('names the original in at least 93% of detected reposts', () => {
    expect(rates(result.total).names, misses('wrong original')).toBeGreaterThanOrEqual(0.93);
  });

  it('names an organization or a person in every hop of every corpus page, none repeated, none the site', () => {
    const bad: string[] = [];
    for (const [path, r] of result.results) {
      const hops = r.chain.filter((h) => h.role !== 'this-site');
      const self = r.chain[r.chain.length - 1];
      for (const h of hops) {
        if (!isValidHopName(h.name, !!agencyByName(h.name) || !!findPlatformByName(h.name))) bad.push(`${path}: "${h.name}" is not a name`);
        // A sister edition named by its region code ("VICE US" on VICE's UK edition) is another hop.
        if (self && sameEntity(h.name, self.name) && !h.url && !isRegionalEdition(h.name, self.name)) bad.push(`${path}: "${h.name}" repeats this site`);
      }
      for (let i = 0; i < hops.length; i++) for (let j = i + 1; j < hops.length; j++) {
        if (sameEntity((hops[i] as Hop).name, (hops[j] as Hop).name)) bad.push(`${path}: "${hops[i]?.name}" twice`);
      }
      if (r.original.date && !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?$/.test(r.original.date)) bad.push(`${path}: date "${r.original.date}" is not ISO 8601`);
    }
    expect(result.results.size).toBe(result.total.pages);
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('covers the open-web folder and its languages', () => {
    expect(result.folders.map((f) => f.folder)).toContain('web');
    expect(result.languages.length).toBeGreaterThanOrEqual(10);
  });

  // The open web alone (web/: 121 real pages in 17 languages), held at the level reached, above the issue's
  // floors for unseen pages (recall ≥ 85%, false positives ≤ 5%, named ≥ 85%, URL ≥ 85%).
  it('on web/ alone: recall ≥ 94%, false positives ≤ 3%, original named ≥ 93%, original URL ≥ 90%', () => {
    const web = result.folders.find((f) => f.folder === 'web');
    expect(web, 'the web/ folder').toBeDefined();
    const r = rates(web as NonNullable<typeof web>);
    const list = (what: string): string => result.misses.filter((m) => m.what === what && m.path.startsWith('web/')).map((m) => `${m.path}: ${m.why}`).join('\n');
    expect(r.detection, list('not detected')).toBeGreaterThanOrEqual(0.94);
    expect(r.falsePositive, list('false positive')).toBeLessThanOrEqual(0.03);
    expect(r.names, list('wrong original')).toBeGreaterThanOrEqual(0.93);
    expect(r.urls, list('wrong url')).toBeGreaterThanOrEqual(0.9);
  });

  it('reports the original URL in at least 90% of labelled detected reposts', () => {
    expect(rates(result.total).urls, misses('wrong url')).toBeGreaterThanOrEqual(0.9);
  });
});

/** `hop` is `site` plus a region code of two or three capital letters ("VICE US", "WIRED UK"). */
function isRegionalEdition(hop: string, site: string): boolean {
  const extra = hop.toLowerCase().replace(site.toLowerCase(), '').trim();
  return extra !== hop.toLowerCase().trim() && /^[A-Z]{2,3}$/.test(hop.slice(hop.length - extra.length).trim());
}
