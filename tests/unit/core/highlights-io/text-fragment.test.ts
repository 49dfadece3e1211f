import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, linkToQuote, textFragment } from '../../../../src/core/highlights-io/text-fragment';

describe('text fragments', () => {
  it('percent-encodes directive syntax (-, &, ,) and reserved characters', () => {
    expect(encodeFragmentTerm('state-of-the-art, fast & cheap')).toBe('state%2Dof%2Dthe%2Dart%2C%20fast%20%26%20cheap');
    expect(encodeFragmentTerm("it's (really) 100%!*")).toBe('it%27s%20%28really%29%20100%25%21%2A');
    expect(encodeFragmentTerm('版本号“220101001”')).toBe('%E7%89%88%E6%9C%AC%E5%8F%B7%E2%80%9C220101001%E2%80%9D');
    expect(decodeURIComponent(encodeFragmentTerm('a-b,c&d 😀'))).toBe('a-b,c&d 😀');
  });

  it('uses textStart for short quotes and textStart,textEnd for long ones', () => {
    expect(textFragment('the  new \t bridge')).toBe('#:~:text=the%20new%20bridge');
    // A stored '\n' is a block break: text fragments match across blocks only as start,end.
    expect(textFragment('end of one\nstart of next')).toBe('#:~:text=end%20of%20one,start%20of%20next');
    const long = 'Operators across Europe are bringing back overnight sleeper services, citing demand from travellers who want to avoid flights';
    expect(textFragment(long)).toBe('#:~:text=Operators%20across%20Europe%20are%20bringing,who%20want%20to%20avoid%20flights');
    const zh = '问题出在恶意软件扫描引擎，版本号无法被解析为有符号整数，超过最大值后检查失败，微软正在开发修复程序，预计需要几天时间部署到所有受影响的服务器上面去，管理员也可以暂时关闭扫描';
    expect(textFragment(zh)).toBe(`#:~:text=${encodeURIComponent('问题出在恶意软件扫描')},${encodeURIComponent('管理员也可以暂时关闭扫描'.slice(-10))}`);
    expect(textFragment('   ')).toBe('');
  });

  it('replaces the URL fragment', () => {
    expect(linkToQuote('https://example.com/a?b=1#top', 'x-y')).toBe('https://example.com/a?b=1#:~:text=x%2Dy');
  });
});
