/**
 * Generates src/core/data/public-suffix-list.json, the analysis's copy of the Public Suffix List, from the
 * list compiled into the `tldts` package (a pinned devDependency; see README "Public Suffix List").
 *
 * Why tldts: no well-kept npm package ships the raw public_suffix_list.dat. tldts is updated with the list
 * every few days and keeps, per rule, whether it comes from the ICANN or the PRIVATE section, its wildcards
 * and its exceptions; `psl` ships a flat rule list without the sections, and Debian's `publicsuffix` is not
 * installed on CI. The compiled form is a minimized trie (a DAG of labels, TLD first): this script walks every
 * path of it back into rules, and a unit test checks the committed table against the installed package both
 * ways (same rules, and the same answer as tldts's own lookup for every rule), so a tldts update that changes
 * the list or its format fails `npm test` until `npm run generate:psl` is run again.
 *
 * Run: `npm run generate:psl` (also run by `npm run build`, before vite). `--check` exits 1 when the committed
 * file is stale instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { domainToASCII, domainToUnicode } from 'node:url';

const require = createRequire(import.meta.url);

/** The shape tldts's generated `data/trie` module exports (tldts 7.x). */
interface CompiledTrie {
  nodeFlags: Uint8Array;
  edgeStart: Uint32Array | number[];
  edgeLength: Uint8Array | number[];
  edgeChild: Uint32Array | number[];
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

/** One public-suffix rule as written in the list: `co.uk`, `*.ck`, `!www.ck`. */
export interface SuffixRule {
  rule: string;
  section: 'icann' | 'private';
}

/** The generated file. Sections map a TLD to its rules with the TLD dropped (see $comment). */
export interface PublicSuffixTable {
  $comment: string;
  source: string;
  counts: { icann: number; private: number };
  icann: Record<string, string>;
  private: Record<string, string>;
}

const FLAG_ICANN = 1;
const FLAG_PRIVATE = 2;

export const OUTPUT_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../core/data/public-suffix-list.json');

/** The installed tldts version, so the table says what it was generated from. */
export function sourceVersion(): string {
  const pkg = JSON.parse(readFileSync(require.resolve('tldts/package.json'), 'utf8')) as { version: string };
  return `tldts ${pkg.version}`;
}

function loadTrie(): CompiledTrie {
  const trie = require('tldts/dist/cjs/src/data/trie.js') as Partial<CompiledTrie>;
  for (const key of ['nodeFlags', 'edgeStart', 'edgeLength', 'edgeChild', 'labelText', 'rulesRoot', 'exceptionsRoot'] as const) {
    if (trie[key] === undefined) throw new Error(`tldts's compiled trie has no "${key}": its format changed, update src/build/generate-public-suffixes.ts`);
  }
  return trie as CompiledTrie;
}

/** Every rule of the compiled list, exceptions with their leading "!", in a stable order. */
export function decodeRules(trie: CompiledTrie = loadTrie()): SuffixRule[] {
  const edgeOffset: number[] = [];
  for (let e = 0, offset = 0; e < trie.edgeLength.length; e++) {
    edgeOffset.push(offset);
    offset += Number(trie.edgeLength[e]);
  }
  const rules: SuffixRule[] = [];
  const walk = (node: number, labels: string[], exception: boolean, depth: number): void => {
    if (depth > 16) throw new Error('tldts trie deeper than any public suffix: format changed?');
    const flags = trie.nodeFlags[node] ?? 0;
    if (labels.length > 0 && flags & (FLAG_ICANN | FLAG_PRIVATE)) {
      const name = [...labels].reverse().join('.');
      rules.push({ rule: exception ? `!${name}` : name, section: flags & FLAG_ICANN ? 'icann' : 'private' });
    }
    for (let e = Number(trie.edgeStart[node]); e < Number(trie.edgeStart[node + 1]); e++) {
      const label = trie.labelText.slice(edgeOffset[e], edgeOffset[e]! + Number(trie.edgeLength[e]));
      walk(Number(trie.edgeChild[e]), [...labels, label], exception, depth + 1);
    }
  };
  walk(trie.rulesRoot, [], false, 0);
  walk(trie.exceptionsRoot, [], true, 0);
  return rules;
}

/** The other spelling of an IDN rule (punycode for Unicode and back), or undefined for plain ASCII. */
function otherSpelling(rule: string): string | undefined {
  const bang = rule.startsWith('!') ? '!' : '';
  const body = rule.slice(bang.length);
  const wildcard = body.startsWith('*.') ? '*.' : '';
  const name = body.slice(wildcard.length);
  if (/^[\x00-\x7f]*$/.test(name) && !/(?:^|\.)xn--/.test(name)) return undefined;
  const other = /[^\x00-\x7f]/.test(name) ? domainToASCII(name) : domainToUnicode(name);
  return other && other !== name ? bang + wildcard + other : undefined;
}

/** The rules with every IDN in both spellings (hosts from URL are punycode, names in text are Unicode). */
export function withBothSpellings(rules: SuffixRule[]): SuffixRule[] {
  const seen = new Set(rules.map((r) => r.rule));
  const out = [...rules];
  for (const r of rules) {
    const other = otherSpelling(r.rule);
    if (other && !seen.has(other)) {
      seen.add(other);
      out.push({ rule: other, section: r.section });
    }
  }
  return out;
}

const COMMENT =
  'GENERATED by src/build/generate-public-suffixes.ts from the Public Suffix List compiled into tldts: do not edit, run `npm run generate:psl`. ' +
  'Each section maps a top-level label to the rules under it, comma-separated, with the top-level label dropped: "=" is the TLD itself, ' +
  '"co" is co.<tld>, "*.kawasaki" a wildcard, "!city.kawasaki" an exception. "icann" is the ICANN section, "private" the PRIVATE one ' +
  '(github.io, hatenablog.com, blogspot.com: each subdomain is a separate site). IDN rules appear in punycode and in Unicode.';

function tldOf(rule: string): string {
  const body = rule.replace(/^!/, '');
  return body.slice(body.lastIndexOf('.') + 1);
}

function rest(rule: string): string {
  const tld = tldOf(rule);
  const bang = rule.startsWith('!') ? '!' : '';
  const body = rule.slice(bang.length);
  return body === tld ? '=' : bang + body.slice(0, -(tld.length + 1));
}

/** The table written to OUTPUT_PATH. Deterministic: same package, same bytes. */
export function buildPublicSuffixTable(rules: SuffixRule[] = withBothSpellings(decodeRules())): PublicSuffixTable {
  const sections: Record<'icann' | 'private', Map<string, string[]>> = { icann: new Map(), private: new Map() };
  for (const r of rules) {
    if (r.rule.includes(',')) throw new Error(`rule with a comma: ${r.rule}`);
    const map = sections[r.section];
    const tld = tldOf(r.rule);
    const list = map.get(tld) ?? [];
    list.push(rest(r.rule));
    map.set(tld, list);
  }
  const toObject = (map: Map<string, string[]>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const tld of [...map.keys()].sort()) out[tld] = [...new Set(map.get(tld))].sort().join(',');
    return out;
  };
  return {
    $comment: COMMENT,
    source: sourceVersion(),
    counts: {
      icann: rules.filter((r) => r.section === 'icann').length,
      private: rules.filter((r) => r.section === 'private').length,
    },
    icann: toObject(sections.icann),
    private: toObject(sections.private),
  };
}

/** The JSON text written: one TLD a line, so a list update is a readable diff. */
export function serializeTable(table: PublicSuffixTable): string {
  const section = (obj: Record<string, string>): string =>
    '{\n' + Object.entries(obj).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + '\n  }';
  return (
    '{\n' +
    `  "$comment": ${JSON.stringify(table.$comment)},\n` +
    `  "source": ${JSON.stringify(table.source)},\n` +
    `  "counts": ${JSON.stringify(table.counts)},\n` +
    `  "icann": ${section(table.icann)},\n` +
    `  "private": ${section(table.private)}\n` +
    '}\n'
  );
}

function main(): void {
  const text = serializeTable(buildPublicSuffixTable());
  let current = '';
  try {
    current = readFileSync(OUTPUT_PATH, 'utf8');
  } catch {
    // First run: nothing to compare.
  }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${OUTPUT_PATH} is stale against ${sourceVersion()}: run npm run generate:psl`);
      process.exit(1);
    }
    console.log(`public-suffix-list.json is current (${sourceVersion()})`);
    return;
  }
  if (current !== text) writeFileSync(OUTPUT_PATH, text);
  console.log(`public-suffix-list.json ${current === text ? 'unchanged' : 'written'} (${sourceVersion()})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
