import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../../src/core/analysis/types';
import { evidenceKind, evidenceTitle, evidenceWhere, strengthWord, whyParts, whySentence } from '../../../src/ui/evidence-words';
import { cannotReadReason } from '../../../src/ui/page-access';
import { makeTranslate } from '../../../src/ui/i18n/translate';
import { en } from '../../../src/ui/i18n/en';
import { zhCN } from '../../../src/ui/i18n/zh-CN';

/** The shape the analysis gives the seed article (a mirror of 商城公安在线, edited by 凯升融媒). */
const seed: PageAnalysis = {
  schema: 1, url: 'https://mirror.example.org/p/1', verdict: 'repost', isRepost: true, kind: 'mirror', confidence: 0.9,
  original: { publisher: '商城公安在线', url: 'https://news-mirror.example.github.io/posts/000/' },
  chain: [
    { role: 'original', name: '商城公安在线', evidence: ['e3'] },
    { role: 'editor', name: '凯升融媒', evidence: ['e3', 'e5'] },
    { role: 'platform', name: '趣头条', evidence: ['e6', 'e7'] },
    { role: 'this-site', name: '每日资讯镜像', evidence: [] },
  ],
  evidence: [
    { id: 'e1', signal: 'canonical-cross-domain', strength: 'A', text: 'https://news-mirror.example.github.io/posts/000/', location: { kind: 'head' } },
    { id: 'e3', signal: 'zh-reprint-statement', strength: 'A', text: '本文转载于【商城公安在线】，经【凯升融媒】编辑', location: { kind: 'text', start: 900, end: 920 } },
    { id: 'e5', signal: 'zh-role-editor', strength: 'C', text: '经【凯升融媒】编辑', location: { kind: 'text', start: 910, end: 920 } },
    { id: 'e7', signal: 'proxied-platform-cdn', strength: 'B', text: 'https://cors.example/?http://img', location: { kind: 'element', selector: 'img', nth: 0, attribute: 'src' } },
  ],
  site: { name: '每日资讯镜像' }, problems: [],
};

describe('the why sentence', () => {
  it('says what the reprint statement says, with the editor, in English', () => {
    expect(whyParts(seed)).toEqual({ kind: 'reprint-statement', original: '商城公安在线', editor: '凯升融媒' });
    expect(whySentence(seed, makeTranslate('en'))).toBe('A line on the page says it was reprinted from 商城公安在线 and edited by 凯升融媒.');
  });

  it('and in Chinese', () => {
    expect(whySentence(seed, makeTranslate('zh-CN'))).toBe('页面上的一行文字说明本文转载自商城公安在线，由凯升融媒编辑。');
  });

  it('falls back to the strongest evidence when the original hop names none, and words originals and unknowns', () => {
    const canonicalOnly: PageAnalysis = { ...seed, chain: [{ role: 'original', name: 'Origin News', evidence: [] }], original: { publisher: 'Origin News' }, evidence: [seed.evidence[0]!] };
    expect(whySentence(canonicalOnly, makeTranslate('en'))).toBe('The page’s canonical address points to Origin News.');
    expect(whySentence({ ...seed, verdict: 'original', isRepost: false }, makeTranslate('en'))).toContain('每日资讯镜像');
    expect(whySentence({ ...seed, verdict: 'unknown', isRepost: false }, makeTranslate('zh-CN'))).toBe('有少量迹象，但不足以判断。');
  });
});

describe('evidence in plain words', () => {
  it('never shows an internal id: every kind and strength has words in both languages', () => {
    const t = makeTranslate('en');
    for (const item of seed.evidence) {
      expect(evidenceTitle(item, t)).not.toMatch(/-|^[A-D]$/);
      expect(strengthWord(item.strength, t)).toMatch(/^[a-z ]+$/);
    }
    expect(evidenceKind('zh-reprint-statement')).toBe('reprint-statement');
    expect(evidenceKind('canonical-cross-domain')).toBe('canonical');
    expect(evidenceKind('ja-provider-line')).toBe('source-line');
    expect(evidenceKind('something-new')).toBe('other');
    expect(evidenceWhere(seed.evidence[0]!, t)).toBe('in the page’s metadata (not visible)');
    expect(evidenceWhere(seed.evidence[3]!, t)).toBe('in an image address');
    expect(evidenceTitle(seed.evidence[1]!, makeTranslate('zh-CN'))).toBe('转载声明');
  });

  it('has every message in both languages, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zhCN[key], key).toBeTruthy();
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zhCN[key]), key).toEqual(names(en[key]));
    }
  });
});

describe('pages the extension cannot read', () => {
  it('says why from the address', () => {
    expect(cannotReadReason('chrome://newtab/')).toBe('browser');
    expect(cannotReadReason('about:blank')).toBe('browser');
    expect(cannotReadReason('file:///home/me/a.html')).toBe('file');
    expect(cannotReadReason('file:///home/me/a.pdf')).toBe('pdf');
    expect(cannotReadReason('https://chromewebstore.google.com/detail/x')).toBe('store');
    expect(cannotReadReason('https://addons.mozilla.org/en-US/firefox/')).toBe('store');
    expect(cannotReadReason('https://news.example.com/a')).toBeNull();
    expect(cannotReadReason(null)).toBeNull();
  });
});
