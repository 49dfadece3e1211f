import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../../src/core/analysis/normalize-name';
import { findPlatformByHost } from '../../../../src/core/analysis/platform-table';
import { unwrapProxyUrl } from '../../../../src/core/analysis/proxy-url';
import { registrableDomain, sameSite, toHttpUrl } from '../../../../src/core/analysis/registrable-domain';

describe('registrable domains', () => {
  it('handles www., m., multi-part and private suffixes and AMP caches', () => {
    expect(registrableDomain('news.sina.com.cn')).toBe('sina.com.cn');
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('a.someone.github.io')).toBe('someone.github.io');
    expect(registrableDomain('m.example.com')).toBe('example.com');
    expect(registrableDomain('www-example-com.cdn.ampproject.org')).toBe('example.com');
    expect(sameSite('https://m.example.com/a', 'https://www.example.com/b')).toBe(true);
    expect(sameSite('https://alice.github.io/', 'https://bob.github.io/')).toBe(false);
  });

  it('accepts only http(s)', () => {
    expect(toHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(toHttpUrl('/a', 'https://x.example.com/b')).toBe('https://x.example.com/a');
    expect(toHttpUrl('data:image/png;base64,AAAA')).toBeUndefined();
  });
});

describe('proxy URLs', () => {
  const origin = (u: string): string => unwrapProxyUrl(new URL(u)).url.hostname;
  it('decodes workers.dev, weserv, wp.com and camo', () => {
    expect(origin('https://cors.zfour.workers.dev/?http://static.1sapp.com/qupost/a.jpg')).toBe('static.1sapp.com');
    expect(origin('https://images.weserv.nl/?url=mmbiz.qpic.cn/mmbiz_jpg/a')).toBe('mmbiz.qpic.cn');
    expect(origin('https://wsrv.nl/?url=https%3A%2F%2Fpic1.zhimg.com%2Fa.jpg')).toBe('pic1.zhimg.com');
    expect(origin('https://i0.wp.com/img.ithome.com/newsuploadfiles/a.jpg')).toBe('img.ithome.com');
    const hex = Buffer.from('https://wx1.sinaimg.cn/a.jpg').toString('hex');
    expect(origin(`https://camo.githubusercontent.com/abc123/${hex}`)).toBe('wx1.sinaimg.cn');
    expect(unwrapProxyUrl(new URL('https://example.com/a.jpg')).proxies).toEqual([]);
  });
});

describe('name normalization', () => {
  it('removes CJK-Latin spacing, editor codes and invisible characters', () => {
    expect(normalizeName('IT 之家')).toBe('IT之家');
    expect(normalizeName('杨倩_NF4425')).toBe('杨倩');
    expect(normalizeName('【商城公安在线】')).toBe('商城公安在线');
    expect(normalizeName('By Reuters')).toBe('Reuters');
  });
});

describe('findPlatformByHost (suffix map)', () => {
  it('matches whole labels and lets the longest domain win', () => {
    expect(findPlatformByHost('mp.weixin.qq.com')?.id).toBe('wechat');
    expect(findPlatformByHost('MP.Weixin.QQ.com')?.id).toBe('wechat');
    expect(findPlatformByHost('news.qq.com')?.id).toBe('tencent');
    expect(findPlatformByHost('qq.com')?.id).toBe('tencent');
    expect(findPlatformByHost('notqq.com')).toBeUndefined();
    expect(findPlatformByHost('')).toBeUndefined();
  });
});
