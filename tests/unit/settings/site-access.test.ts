import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/settings/schema';
import { siteAllowed, siteOf, withSiteDisabled } from '../../../src/settings/site-access';

describe('site access', () => {
  it('allows http(s) pages by default', () => {
    expect(siteAllowed(DEFAULT_SETTINGS, 'https://news.example.com/a')).toBe(true);
    expect(siteAllowed(DEFAULT_SETTINGS, 'http://127.0.0.1:8080/x')).toBe(true);
  });

  it('refuses everything when off, listed sites, and non-web pages', () => {
    expect(siteAllowed({ ...DEFAULT_SETTINGS, enabled: false }, 'https://news.example.com/a')).toBe(false);
    const off = { ...DEFAULT_SETTINGS, disabledSites: ['news.example.com', '127.0.0.1:8080'] };
    expect(siteAllowed(off, 'https://NEWS.example.com/a')).toBe(false);
    expect(siteAllowed(off, 'http://127.0.0.1:8080/x')).toBe(false);
    expect(siteAllowed(off, 'http://127.0.0.1:9090/x')).toBe(true);
    expect(siteAllowed(off, 'https://other.example.com/')).toBe(true);
    expect(siteAllowed(DEFAULT_SETTINGS, 'file:///tmp/a.html')).toBe(false);
    expect(siteAllowed(DEFAULT_SETTINGS, 'chrome://newtab/')).toBe(false);
  });

  it('switches a site off and on', () => {
    const list = withSiteDisabled(DEFAULT_SETTINGS, 'A.example', true);
    expect(list).toEqual(['a.example']);
    expect(withSiteDisabled({ ...DEFAULT_SETTINGS, disabledSites: list }, 'a.example', false)).toEqual([]);
    expect(siteOf('https://A.Example:8443/x')).toBe('a.example:8443');
  });

  it('repairs stored site lists (lower-case, no duplicates, no junk)', () => {
    expect(parseSettings({ disabledSites: ['A.example', 'a.example'] }).settings.disabledSites).toEqual(['a.example']);
    const bad = parseSettings({ disabledSites: ['<script>'], enabled: 'no' });
    expect(bad.settings.disabledSites).toEqual([]);
    expect(bad.settings.enabled).toBe(true);
    expect(bad.problems).toHaveLength(2);
    expect(DEFAULT_SETTINGS.repostNotice).toBe(false);
  });
});
describe('siteAllowed (subdomains, garbage)', () => {
  it('allows http(s) pages by default', () => {
    expect(siteAllowed(DEFAULT_SETTINGS, 'https://news.example.com/a')).toBe(true);
    expect(siteAllowed(DEFAULT_SETTINGS, 'http://127.0.0.1:8080/a')).toBe(true);
  });

  it('allows nothing when switched off', () => {
    expect(siteAllowed({ ...DEFAULT_SETTINGS, enabled: false }, 'https://news.example.com/a')).toBe(false);
  });

  it('refuses non-http pages and garbage', () => {
    expect(siteAllowed(DEFAULT_SETTINGS, 'file:///tmp/a.html')).toBe(false);
    expect(siteAllowed(DEFAULT_SETTINGS, 'not a url')).toBe(false);
  });

  it('refuses a disabled host and its subdomains, not look-alikes', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(siteAllowed(s, 'https://example.com/x')).toBe(false);
    expect(siteAllowed(s, 'https://WWW.Example.com./x')).toBe(false);
    expect(siteAllowed(s, 'https://notexample.com/x')).toBe(true);
    expect(siteAllowed(s, 'https://example.com.evil.org/x')).toBe(true);
  });

  it('parses the two fields with their defaults and repairs bad values', () => {
    expect(parseSettings({}).settings.enabled).toBe(true);
    expect(parseSettings({}).settings.disabledSites).toEqual([]);
    expect(parseSettings({ disabledSites: ['Example.COM'] }).settings.disabledSites).toEqual(['example.com']);
    const bad = parseSettings({ enabled: 'no', disabledSites: [3] });
    expect(bad.settings.enabled).toBe(true);
    expect(bad.settings.disabledSites).toEqual([]);
    expect(bad.problems).toHaveLength(2);
  });
});
