import { readFileSync } from 'node:fs';
import { getPublicSuffix } from 'tldts';
import { describe, expect, it } from 'vitest';
import {
  OUTPUT_PATH,
  buildPublicSuffixTable,
  decodeRules,
  serializeTable,
  withBothSpellings,
} from '../../../../src/build/generate-public-suffixes';
import { publicSuffixOf } from '../../../../src/core/analysis/public-suffix';
import { registrableDomain, sameSite } from '../../../../src/core/analysis/registrable-domain';
import table from '../../../../src/core/data/public-suffix-list.json';

describe('the generated Public Suffix List table', () => {
  it('is current: regenerating it from the installed tldts gives the committed bytes (else run npm run generate:psl)', () => {
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(serializeTable(buildPublicSuffixTable()));
  });

  it('holds the whole list, both sections, not a hand-kept subset', () => {
    expect(table.counts.icann).toBeGreaterThan(6000);
    expect(table.counts.private).toBeGreaterThan(2000);
    expect(table.$comment).toMatch(/GENERATED/);
    const rules = decodeRules();
    expect(rules.some((r) => r.rule === '*.ck' && r.section === 'icann')).toBe(true);
    expect(rules.some((r) => r.rule === '!www.ck' && r.section === 'icann')).toBe(true);
    expect(rules.some((r) => r.rule === 'github.io' && r.section === 'private')).toBe(true);
  });

  it('answers like tldts itself for every rule of the list (a host under each rule, wildcards and exceptions included)', () => {
    const mismatches: string[] = [];
    for (const { rule } of withBothSpellings(decodeRules())) {
      if (/[^\x00-\x7f]/.test(rule)) continue; // tldts expects punycode hosts, as URL.hostname gives them
      const host = rule.startsWith('!') ? `a.${rule.slice(1)}` : `a.b.${rule.replace(/^\*\./, 'w.')}`;
      const ours = publicSuffixOf(host).suffix;
      const theirs = getPublicSuffix(host, { allowPrivateDomains: true });
      if (ours !== theirs) mismatches.push(`${host}: ours ${ours}, tldts ${theirs}`);
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});

describe('public suffixes and registrable domains', () => {
  it('ICANN multi-part suffixes', () => {
    expect(registrableDomain('news.sina.com.cn')).toBe('sina.com.cn');
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('a.b.example.com.au')).toBe('example.com.au');
    expect(registrableDomain('x.city.nagoya.jp')).toBe('city.nagoya.jp');
    expect(publicSuffixOf('news.bbc.co.uk')).toEqual({ suffix: 'co.uk', section: 'icann' });
  });

  it('private suffixes: each blog or site on a hosting platform is its own site', () => {
    expect(registrableDomain('someone.github.io')).toBe('someone.github.io');
    expect(registrableDomain('blog.someone.hatenablog.com')).toBe('someone.hatenablog.com');
    expect(registrableDomain('someone.wixsite.com')).toBe('someone.wixsite.com');
    expect(registrableDomain('team.notion.site')).toBe('team.notion.site');
    expect(publicSuffixOf('someone.github.io').section).toBe('private');
    expect(sameSite('https://alice.hatenablog.com/entry/1', 'https://bob.hatenablog.com/entry/2')).toBe(false);
    expect(sameSite('https://alice.hatenablog.com/entry/1', 'https://alice.hatenablog.com/about')).toBe(true);
  });

  it('wildcards and exceptions (*.ck, !www.ck; *.kawasaki.jp, !city.kawasaki.jp)', () => {
    expect(publicSuffixOf('a.b.ck').suffix).toBe('b.ck');
    expect(registrableDomain('a.b.ck')).toBe('a.b.ck');
    expect(registrableDomain('www.ck')).toBe('www.ck');
    expect(registrableDomain('a.www.ck')).toBe('www.ck');
    expect(registrableDomain('a.b.kawasaki.jp')).toBe('a.b.kawasaki.jp');
    expect(registrableDomain('a.city.kawasaki.jp')).toBe('city.kawasaki.jp');
  });

  it('IDN suffixes in punycode (URL.hostname) and in Unicode', () => {
    expect(publicSuffixOf('example.xn--55qx5d.cn').suffix).toBe('xn--55qx5d.cn');
    expect(publicSuffixOf('example.公司.cn').suffix).toBe('公司.cn');
    expect(registrableDomain(new URL('https://www.example.公司.cn/a').hostname)).toBe('example.xn--55qx5d.cn');
    expect(registrableDomain('a.example.公司.香港')).toBe('example.公司.香港');
  });

  it('a host no rule covers gets its last label as suffix; a suffix alone registers nothing above it', () => {
    expect(publicSuffixOf('a.b.notarealtld')).toEqual({ suffix: 'notarealtld', section: 'default' });
    expect(registrableDomain('a.b.notarealtld')).toBe('b.notarealtld');
    expect(registrableDomain('github.io')).toBe('github.io');
    expect(registrableDomain('co.uk')).toBe('co.uk');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
  });
});
