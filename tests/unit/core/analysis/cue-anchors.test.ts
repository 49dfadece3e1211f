import { describe, expect, it } from 'vitest';
import zh from '../../../../src/core/data/cue-phrases-zh.json';
import en from '../../../../src/core/data/cue-phrases-en.json';
import ja from '../../../../src/core/data/cue-phrases-ja.json';
import { buildTextIndex } from '../../../../src/core/text/text-index';
import { analyzePage } from '../../../../src/core/analysis/analyze-page';
import { cuesById, nextCueMatch } from '../../../../src/core/analysis/text-statements';
import { loadHtml } from '../../../helpers/load-html';
import { seededRandom } from '../anchoring/synthetic-article';
import { FILLER_ZH } from './helpers';

/**
 * The anchored fast path of the cue scan (anchor + maxBack in cue-phrases-*.json, and the tables'
 * `requires`) must find exactly the matches of a plain global scan of the pattern, at the same offsets.
 */

type Cue = Parameters<typeof nextCueMatch>[0];
type M = { index: number; text: string; groups?: Record<string, string | undefined> };

/** The reference: a plain global exec loop over the whole text. */
function reference(cue: Cue, text: string): M[] {
  const re = new RegExp(cue.re.source, cue.re.flags);
  const out: M[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && out.length < 50) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ index: m.index, text: m[0], groups: m.groups && { ...m.groups } });
  }
  return out;
}

function fast(cue: Cue, text: string): M[] {
  const out: M[] = [];
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = nextCueMatch(cue, text, from)) && out.length < 50) {
    if (m[0].length === 0) {
      from = m.index + 1;
      continue;
    }
    from = m.index + m[0].length;
    out.push({ index: m.index, text: m[0], groups: m.groups && { ...m.groups } });
  }
  return out;
}

const anchoredIds = [...new Set([zh, en, ja].flatMap((t) => t.cues.filter((c) => 'anchor' in c).map((c) => c.id)))];

const FRAGMENTS = [
  '作品的中文', '相关', '权益归', '独家', '所有', '来源', '稿源', '出处', '：', ':', '@', '本文', '文章', '信息', '图片', '据',
  '公众号', '扫码关注', '微信', '关注', '搜索', '经', '编辑', '作者', '记者', '文', '翻译', '｜', '出典', '出所', '転載元',
  '配信元', '写真', 'に', 'で', '掲載', '配信', 'された', '記事', 'を', '転載', '「', '」', '『', '』', '【', '】', '，', '。',
  '\n', '\n', ' ', '  ', '\u3000', 'ABC', '新京报', '某某', '澎湃新闻', '\u{20000}', '\u{2A6D6}', '😀', '日', '电', '月', '3', '12',
  '新华社', '北京', '转载', '于', '自', '消息', '报道', '讯', '（', '(', '本报', '今日', 'provided', ' by ', 'Provided By ',
  'this story was ', 'book ', 'from the ', 'via ', ' via ', 'The', 'Reuters', ' — ', '©', 'x', '一二三四五六七八九十',
  // Whole phrases, so that every anchored cue also matches (and is compared on) real hits.
  '新华社北京3月12日电', '3 月 2 日 电', '中新社', 'Adapted from the new book ', 'The Road', ' by Jane Doe', ', ', '\nLONDON',
  'Seoul via Reuters — ', 'で配信された記事を転載', 'に掲載されたものを再構成', '東洋経済', '「ITmedia」', 'に 公開された記事を一部改変',
  '作品的中文权益归某某出版社所有', '作品的中文相关权益归', '某某文化独家所有', '\n南方晨报记者了解到', '了解到', '获悉',
];

function randomText(rand: () => number): string {
  const n = Math.floor(rand() * 40);
  let s = '';
  for (let i = 0; i < n; i++) s += FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)];
  return s;
}

describe('anchored cue scan = plain scan', () => {
  it('has anchored cues to check', () => {
    expect(anchoredIds).toEqual(expect.arrayContaining(['zh-licensed-translation', 'zh-outlet-promo', 'ja-published-at', 'zh-source-line']));
  });

  for (const id of anchoredIds) {
    it(`${id}: same matches on random text`, () => {
      const rand = seededRandom(id.length * 7919 + 17);
      const cues = cuesById(id);
      expect(cues.length).toBeGreaterThan(0);
      let matched = 0;
      for (let i = 0; i < 4000; i++) {
        const text = randomText(rand);
        for (const cue of cues) {
          const want = reference(cue, text);
          matched += want.length;
          expect(fast(cue, text), JSON.stringify(text)).toEqual(want);
        }
      }
      // The fuzz must actually exercise matches, not only misses.
      expect(matched).toBeGreaterThan(0);
    });
  }

  // Case-insensitive cues scanned on the lower-cased text (without the slow `i` flag), confirmed on the original.
  const loweredIds = [...new Set([zh, en, ja].flatMap((t) => t.cues.map((c) => c.id)))].filter((id) => cuesById(id).some((c) => c.lower && !c.anchorRe));
  const CASE_FRAGMENTS = [
    'Originally ', 'ORIGINALLY ', 'originally ', 'First ', 'published ', 'PUBLISHED ', 'Appeared ', 'on ', 'in ', 'at ', 'by ', 'The ', 'the ',
    'Website of ', 'Blog ', 'Republished ', 'REPRINTED ', 'reprinted ', 'from ', 'with ', 'Kind ', 'Permission ', 'of ', 'Courtesy ', 'here ',
    'Read ', 'the original ', 'Article', 'Story', 'Monday', 'MONDAY', 'March', 'İstanbul', 'Straße ', 'ÉLAN ', 'The Conversation', 'Reuters',
    'Read the Original Article', 'Originally published in The Conversation', 'Republished from ', 'REPRINTED WITH PERMISSION', 'Distributed ', 'Syndicated ', 'By ', '.', ', ', '\n', ' ', '\u00a0', 'A', 'a', '3', '(', ')', ':',
  ];
  it('has case-insensitive cues on the lower-cased fast path', () => {
    expect(loweredIds).toEqual(expect.arrayContaining(['en-originally-published', 'en-republished-from', 'en-read-original']));
  });
  for (const id of loweredIds) {
    it(`${id}: lower-cased scan = case-insensitive scan, same offsets and groups`, () => {
      const rand = seededRandom(id.length * 104729 + 3);
      let matched = 0;
      for (let i = 0; i < 3000; i++) {
        const n = Math.floor(rand() * 30);
        let text = '';
        for (let k = 0; k < n; k++) text += CASE_FRAGMENTS[Math.floor(rand() * CASE_FRAGMENTS.length)];
        for (const cue of cuesById(id)) {
          const want = reference(cue, text);
          matched += want.length;
          const got: M[] = [];
          const lower = text.toLowerCase();
          let from = 0;
          let m: RegExpExecArray | null;
          while ((m = nextCueMatch(cue, text, from, lower)) && got.length < 50) {
            from = m.index + Math.max(1, m[0].length);
            if (m[0].length > 0) got.push({ index: m.index, text: m[0], groups: m.groups && { ...m.groups } });
          }
          expect(got, JSON.stringify(text)).toEqual(want);
        }
      }
      expect(matched).toBeGreaterThan(0);
    });
  }

  it('zh-licensed-translation: reads the name backwards from the literal, at the same offsets', () => {
    const [cue] = cuesById('zh-licensed-translation');
    const text = '编者按\n本文译自英国作家某某某的随笔集，某某某作品的中文相关权益归某某文化独家所有。未经许可，不得转载。';
    const got = fast(cue as Cue, text);
    expect(got).toEqual(reference(cue as Cue, text));
    expect(got).toHaveLength(1);
    expect(got[0]?.text).toBe('某某某作品的中文相关权益归某某文化独家所有');
    expect(got[0]?.index).toBe(text.indexOf('某某某作品'));
    expect(got[0]?.groups).toMatchObject({ name: '某某某', reprinter: '某某文化' });
  });

  it('zh-licensed-translation: a name longer than 40 characters is cut to the last 40, as before', () => {
    const [cue] = cuesById('zh-licensed-translation');
    const name = '甲乙丙丁戊己庚辛壬癸'.repeat(5);
    const text = `${name}作品的中文权益归某某出版社所有`;
    const got = fast(cue as Cue, text);
    expect(got).toEqual(reference(cue as Cue, text));
    expect(got[0]?.index).toBe(10);
    expect(got[0]?.groups?.name).toBe(name.slice(10));
  });

  it('zh-outlet-promo and zh-source-line: exact text and offsets through analyzePage', () => {
    const url = 'https://someone.github.io/posts/9/';
    const body = `${FILLER_ZH}<p>更多内容请见：南方周末微信公众号扫码关注</p><p>信息来源：新京报</p>`;
    const doc = loadHtml(`<!doctype html><html><head></head><body>${body}</body></html>`, url);
    const r = analyzePage(doc, url);
    const text = buildTextIndex(doc.body).text;
    for (const [signal, exact] of [['zh-outlet-promo', '南方周末微信公众号扫码关注'], ['zh-source-line', '信息来源：新京报']] as const) {
      const ev = r.evidence.find((e) => e.signal === signal);
      expect(ev?.text, signal).toBe(exact);
      expect(ev?.location).toEqual({ kind: 'text', start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
    }
  });

  it('zh-licensed-translation through analyzePage: evidence text and offsets', () => {
    const url = 'https://someone.github.io/posts/10/';
    const exact = '美国作家某某作品的中文权益归某某书局所有';
    const doc = loadHtml(`<!doctype html><html><head></head><body>${FILLER_ZH}<p>版权说明：${exact}。</p></body></html>`, url);
    const r = analyzePage(doc, url);
    const text = buildTextIndex(doc.body).text;
    const ev = r.evidence.find((e) => e.signal === 'zh-licensed-translation');
    expect(ev?.text).toBe(exact);
    expect(ev?.location).toEqual({ kind: 'text', start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
  });

  it('skips the zh and ja tables on text without CJK characters, and still scans them on CJK text', () => {
    const url = 'https://blog.example.com/a';
    const en = analyzePage(loadHtml('<html><body><p>The city council voted on Tuesday. Source: nobody.</p></body></html>', url), url);
    expect(en.evidence.filter((e) => /^(?:zh|ja)-/.test(e.signal))).toEqual([]);
    const mixed = analyzePage(loadHtml(`<html><body>${FILLER_ZH}<p>Reported in English first. 来源：新京报</p></body></html>`, url), url);
    expect(mixed.evidence.map((e) => e.signal)).toContain('zh-source-line');
  });
});
