import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const FILLER_JA = '<p>政府は本日、新しい経済対策を発表した。対策には中小企業への支援や家計への給付が含まれている。</p>'.repeat(3);

describe('Japanese repost statements', () => {
  it('出典 names the original', () => {
    const r = analyze(`${FILLER_JA}<p>出典：東洋経済オンライン</p>`, 'https://blog.example.jp/entry/1');
    expect(r.isRepost).toBe(true);
    expect(r.original.publisher).toBe('東洋経済オンライン');
  });

  it('※本記事は…からの転載です', () => {
    const r = analyze(`${FILLER_JA}<p>※本記事は「ITmedia」からの転載です。</p>`, 'https://blog.example.jp/entry/2');
    expect(r.original.publisher).toBe('ITmedia');
  });

  it('出典 naming the site itself is not a repost', () => {
    const r = analyze(`${FILLER_JA}<p>出典：東洋経済オンライン</p>`, 'https://toyokeizai.net/articles/1');
    expect(r.isRepost).toBe(false);
  });
});
