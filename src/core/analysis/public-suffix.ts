import table from '../data/public-suffix-list.json';

/**
 * Public-suffix lookups over the generated copy of the Public Suffix List (src/core/data/public-suffix-list.json,
 * written by src/build/generate-public-suffixes.ts). The table is expanded once, on first use, into three Sets
 * of full names (plain rules, wildcard parents, exceptions); a lookup then costs one Set probe per label of the
 * host, checked longest first, which is the list's "longest rule wins, exceptions first" algorithm.
 */

type Section = 'icann' | 'private';

interface Expanded {
  /** Plain rules ("co.uk", "github.io") → section. */
  rules: Map<string, Section>;
  /** Parents of wildcard rules: "ck" for "*.ck". */
  wildcards: Map<string, Section>;
  /** Exception rules without the "!": "www.ck". */
  exceptions: Map<string, Section>;
}

let expanded: Expanded | undefined;

function expand(): Expanded {
  const out: Expanded = { rules: new Map(), wildcards: new Map(), exceptions: new Map() };
  for (const section of ['icann', 'private'] as const) {
    const entries = table[section] as Record<string, string>;
    for (const tld in entries) {
      for (const part of entries[tld]!.split(',')) {
        if (part === '=') {
          out.rules.set(tld, section);
        } else if (part.charCodeAt(0) === 33 /* ! */) {
          out.exceptions.set(`${part.slice(1)}.${tld}`, section);
        } else if (part === '*') {
          out.wildcards.set(tld, section);
        } else if (part.startsWith('*.')) {
          out.wildcards.set(`${part.slice(2)}.${tld}`, section);
        } else {
          out.rules.set(`${part}.${tld}`, section);
        }
      }
    }
  }
  return out;
}

/** The public suffix of a lower-case host, and which section of the list gave it ("default" when none did). */
export interface SuffixMatch {
  suffix: string;
  section: Section | 'default';
}

/**
 * The public suffix of `host` (lower case, no trailing dot): "co.uk" for news.bbc.co.uk, "github.io" for
 * a.github.io, "x.ck" for a.x.ck (wildcard), "ck" for www.ck (exception). A host with no matching rule gets
 * its last label (the list's implicit "*" rule).
 */
export function publicSuffixOf(host: string): SuffixMatch {
  const t = (expanded ??= expand());
  // Suffixes from the longest (the whole host) to the shortest; the first that a rule covers is the longest match.
  for (let start = 0; start < host.length; ) {
    const dot = host.indexOf('.', start);
    const name = start === 0 ? host : host.slice(start);
    const exception = t.exceptions.get(name);
    if (exception) return { suffix: dot < 0 ? name : host.slice(dot + 1), section: exception };
    const rule = t.rules.get(name);
    if (rule) return { suffix: name, section: rule };
    if (dot >= 0) {
      const wildcard = t.wildcards.get(host.slice(dot + 1));
      if (wildcard && dot > start) return { suffix: name, section: wildcard };
    }
    if (dot < 0) break;
    start = dot + 1;
  }
  const last = host.lastIndexOf('.');
  return { suffix: last < 0 ? host : host.slice(last + 1), section: 'default' };
}
