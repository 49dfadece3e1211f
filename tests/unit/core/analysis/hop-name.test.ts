import { describe, expect, it } from 'vitest';
import { isValidHopName } from '../../../../src/core/analysis/hop-name';
import { normalizeDate } from '../../../../src/core/analysis/dates';

describe('hop names', () => {
  it('accepts organizations and people in any script', () => {
    for (const n of ['The Associated Press', 'Deutsche Presse-Agentur', '商城公安在线', 'MBSニュース', 'Joe Davidson', 'juragentur.de', 'Технические новости', '연합뉴스', 'AT&T Inc.']) {
      expect(isValidHopName(n), n).toBe(true);
    }
  });

  it('refuses dates, times, URL pieces, labels and sentences', () => {
    for (const n of ['发布时间：10-08', '10-08', '2019-11-20', '9:02 AM', 'http', 'https://example.com/a', '/news/a', '优质原创作者', '转载请注明', 'Published: May 1',
      'and this is what the minister said yesterday.', 'Click here to read more', 'the story was written by our team in the evening']) {
      expect(isValidHopName(n), n).toBe(false);
    }
  });

  it('lets table names through as they are written (dpa, epd)', () => {
    expect(isValidHopName('dpa', true)).toBe(true);
  });
});

describe('dates to ISO 8601', () => {
  it('reads the forms pages use', () => {
    expect(normalizeDate('2019-11-20T09:02:00Z')).toBe('2019-11-20T09:02:00Z');
    expect(normalizeDate('2019-11-20T09:02:00+0100')).toBe('2019-11-20T09:02:00+01:00');
    expect(normalizeDate('2015年7月13日')).toBe('2015-07-13');
    expect(normalizeDate('13.07.2015, 19:16 Uhr')).toBe('2015-07-13');
    expect(normalizeDate('on Nov. 20, 2019')).toBe('2019-11-20');
    expect(normalizeDate('am 20. November 2019')).toBe('2019-11-20');
    expect(normalizeDate('el 20 de noviembre de 2019')).toBe('2019-11-20');
    expect(normalizeDate('le 3 mars 2021')).toBe('2021-03-03');
  });

  it('gives nothing for text without a date', () => {
    expect(normalizeDate('yesterday')).toBeUndefined();
    expect(normalizeDate('2019-13-45')).toBeUndefined();
    expect(normalizeDate(undefined)).toBeUndefined();
  });
});
