import { describe, expect, it } from 'vitest';
import {
  fingerprintBuckets, fingerprintText, fingerprintsMatch, parseFingerprint, sameArticle,
} from '../../../../src/core/text/text-fingerprint';
import { paragraphs } from '../anchoring/synthetic-article';

const ZH = `微软确认，Exchange 服务器因为日期检查失败而无法投递邮件。问题出在恶意软件扫描引擎，版本号“220101001”无法被解析为有符号整数，
超过最大值 2147483647 后检查失败。受影响的版本包括 Exchange Server 2013、2016 和 2019。微软表示正在开发修复程序，预计需要几天时间部署。
管理员可以暂时关闭扫描引擎，让邮件恢复投递，但这会降低安全性。`;

describe('fingerprintText', () => {
  it('is identical for the same text with different whitespace, width and punctuation', () => {
    const copy = ZH.replace(/，/g, ',').replace(/“|”/g, '"').replace(/\s+/g, '  ').replace('2013', '２０１３');
    expect(fingerprintText(copy)).toBe(fingerprintText(ZH));
    expect(fingerprintText(ZH)).toMatch(/^mh1:[0-9a-z]{224}$/);
  });

  it('matches a copy with a header, a repost footer and an ad paragraph added', () => {
    const article = paragraphs(11, 4_000).join('\n');
    const copy = `Daily Mirror News | Home | Tech\n${article}\nAdvertisement: buy the best phone today\n本文转载自 IT之家，如有侵权请联系删除。责任编辑：某某`;
    const score = fingerprintsMatch(fingerprintText(article), fingerprintText(copy));
    expect(score).toBeGreaterThanOrEqual(0.7);
    expect(sameArticle(fingerprintText(article), fingerprintText(copy))).toBe(true);
    const shared = fingerprintBuckets(fingerprintText(article)).filter((k) => fingerprintBuckets(fingerprintText(copy)).includes(k));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('does not match a different article, even with the same vocabulary', () => {
    const a = fingerprintText(paragraphs(1, 4_000).join('\n'));
    const b = fingerprintText(paragraphs(2, 4_000).join('\n'));
    expect(fingerprintsMatch(a, b)).toBeLessThan(0.2);
    expect(sameArticle(a, b)).toBe(false);
  });

  it('handles empty, tiny and malformed input without throwing', () => {
    expect(fingerprintText('')).toBe('mh1:');
    expect(fingerprintText('short')).toBe('mh1:');
    expect(fingerprintsMatch('mh1:', 'mh1:')).toBe(0);
    expect(fingerprintsMatch('garbage', fingerprintText(ZH))).toBe(0);
    expect(parseFingerprint(`mh1:${'z'.repeat(224)}`)).toBeNull(); // values above 2^32
    expect(fingerprintBuckets('mh1:')).toEqual([]);
    expect(fingerprintBuckets(fingerprintText(ZH))).toHaveLength(16);
    expect(fingerprintText(null as unknown as string)).toBe('mh1:');
  });
});
