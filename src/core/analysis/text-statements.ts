import zh from '../data/cue-phrases-zh.json';
import en from '../data/cue-phrases-en.json';
import ja from '../data/cue-phrases-ja.json';
import type { TextIndex } from '../text/text-index';
import type { Finding } from './finding';
import type { HopRole, RepostKind } from './types';
import { findLinkNear } from './link-near';
import { isPlaceholderName, normalizeName } from './normalize-name';
import { nameForUrl } from './platform-table';
import { toHttpUrl } from './registrable-domain';
import { isSelfName, isSelfUrl, type SiteIdentity } from './site-identity';

/**
 * Provenance statements in the visible text of the whole page (header to footer), driven by the
 * cue tables in src/core/data/cue-phrases-*.json: 本文转载于…, 来源：…, 原文链接…, "originally
 * appeared on…", 出典：… Each match becomes a finding with the exact matched text and its offsets.
 */

type CueTable = { requires?: string; macros: Record<string, string>; cues: RawCue[] };
type RawCue = {
  id: string; strength: Finding['strength']; role?: string; positive?: boolean; priority?: number;
  kind?: string; own?: boolean; pattern: string; flags: string;
  /**
   * Optional fast path (data): a sub-pattern every match contains. Without `maxBack` it is only a
   * presence test (no anchor in the text, no scan); with `maxBack`, every match contains an anchor
   * match starting at most `maxBack` UTF-16 code units after the match start, so the cue is only
   * tried (sticky) at the few positions before each anchor occurrence instead of at every position.
   */
  anchor?: string; maxBack?: number;
};
type Cue = RawCue & {
  /** The pattern, global: the reference scan. */
  re: RegExp;
  /** The pattern, sticky: tried at single positions near an anchor. */
  sticky?: RegExp;
  /** The anchor, global. */
  anchorRe?: RegExp;
  unicode: boolean;
  /**
   * A case-insensitive cue whose pattern has no upper-case letter of its own, compiled without the `i` flag
   * for the lower-cased text (V8 scans case-insensitive Unicode patterns many times slower); each of its
   * matches is confirmed by `exact` (the cue itself, sticky) at the same offset of the original text.
   */
  lower?: RegExp;
  exact?: RegExp;
};
type Table = { requires?: RegExp; cues: Cue[] };

let compiled: Table[] | null = null;

const withFlag = (flags: string, add: string): string => flags.replace(/[gy]/g, '') + add;

/**
 * A case-insensitive pattern for lower-cased text: its literal letters lower-cased, escapes (\\S, \\p{L},
 * \\u00a0) kept. Undefined when case matters beyond literals (\\p{Lu}, back-references).
 */
export function lowerCasePattern(source: string): string | undefined {
  if (/\\[pP]\{(?:Lu|Ll|Lt|Uppercase|Lowercase|Cased)[^}]*\}|\\k<|\\\d/.test(source)) return undefined;
  return source.replace(/(\\[pP]\{[^}]*\}|\\u\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]|\\.)|([^\\]+)/g, (_m, esc: string | undefined, plain: string | undefined) => esc ?? (plain ?? '').toLowerCase());
}

/** Compiles all cue tables once (macros expanded); a bad pattern is skipped, a bad anchor ignored: never fatal. */
function tables(): Table[] {
  if (compiled) return compiled;
  compiled = [];
  for (const table of [zh, en, ja] as CueTable[]) {
    const expand = (p: string): string => p.replace(/\{\$(\w+)\}/g, (m, k: string) => table.macros[k] ?? m);
    const cues: Cue[] = [];
    for (const c of table.cues) {
      let cue: Cue;
      try {
        cue = { ...c, re: new RegExp(expand(c.pattern), withFlag(c.flags, 'g')), unicode: c.flags.includes('u') };
      } catch {
        continue; // A broken data entry must not break the analysis.
      }
      const lowerSource = c.flags.includes('i') ? lowerCasePattern(cue.re.source) : undefined;
      if (lowerSource) {
        try {
          cue.lower = new RegExp(lowerSource, withFlag(c.flags.replace('i', ''), 'g'));
          cue.exact = new RegExp(cue.re.source, withFlag(c.flags, 'y'));
        } catch {
          cue.lower = undefined;
        }
      }
      if (c.anchor) {
        try {
          cue.anchorRe = new RegExp(expand(c.anchor), withFlag(c.flags, 'g'));
          if (typeof c.maxBack === 'number' && c.maxBack >= 0) cue.sticky = new RegExp(cue.re.source, withFlag(c.flags, 'y'));
        } catch {
          cue.anchorRe = undefined;
          cue.sticky = undefined;
        }
      }
      cues.push(cue);
    }
    let requires: RegExp | undefined;
    try {
      requires = table.requires ? new RegExp(table.requires, 'u') : undefined;
    } catch {
      requires = undefined;
    }
    compiled.push({ requires, cues });
  }
  return compiled;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * The leftmost match of `cue` starting at or after `from` in `text`: the same match a global
 * `re.exec` with `lastIndex = from` returns, found faster when the cue has an anchor.
 */
export function nextCueMatch(cue: Cue, text: string, from: number, lower?: string): RegExpExecArray | null {
  const { anchorRe, sticky } = cue;
  if (cue.lower && cue.exact && !anchorRe && lower !== undefined && lower.length === text.length) {
    for (let at = from; ;) {
      cue.lower.lastIndex = at;
      const m = cue.lower.exec(lower);
      if (!m) return null;
      cue.exact.lastIndex = m.index;
      const exact = cue.exact.exec(text);
      if (exact) return exact;
      at = m.index + 1;
    }
  }
  if (anchorRe) {
    anchorRe.lastIndex = from;
    if (!sticky) {
      if (!anchorRe.test(text)) return null;
    } else {
      const maxBack = cue.maxBack ?? 0;
      let lo = from;
      for (;;) {
        anchorRe.lastIndex = lo;
        const a = anchorRe.exec(text);
        if (!a) return null;
        const at = a.index;
        for (let s = Math.max(lo, at - maxBack); s <= at; s++) {
          // A global unicode scan never starts inside a surrogate pair.
          if (cue.unicode && s > 0 && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) continue;
          sticky.lastIndex = s;
          const m = sticky.exec(text);
          if (m) return m;
        }
        lo = at + 1;
      }
    }
  }
  cue.re.lastIndex = from;
  return cue.re.exec(text);
}


/** For tests: the compiled cues with this signal id. */
export function cuesById(id: string): Cue[] {
  return tables().flatMap((t) => t.cues.filter((c) => c.id === id));
}

/** Text is scanned up to this many characters from the start and from the end (footers). */
const HEAD_CHARS = 400_000;
const TAIL_CHARS = 100_000;

function cleanName(raw: string | undefined, site: SiteIdentity): string | undefined {
  if (!raw) return undefined;
  const name = normalizeName(raw);
  if (!name || isPlaceholderName(name) || name.length < 2) return undefined;
  return isSelfName(name, site) ? '\u0000self' : name;
}

/** Scans the index text with every cue. */
export function findTextStatements(index: TextIndex, pageUrl: string, site: SiteIdentity, problems: string[]): Finding[] {
  const text = index.text;
  const windows: Array<[number, string]> = text.length <= HEAD_CHARS + TAIL_CHARS
    ? [[0, text]]
    : [[0, text.slice(0, HEAD_CHARS)], [text.length - TAIL_CHARS, text.slice(-TAIL_CHARS)]];
  if (windows.length > 1) problems.push('very long page: only the first and last parts of the text were scanned');
  const out: Finding[] = [];
  const isOwn = (u: string): boolean => isSelfUrl(u, site);
  // A table whose required characters (CJK for the zh and ja tables) are absent cannot match: skipped.
  const scans = tables().flatMap((t) => {
    const where = windows.filter(([, chunk]) => !t.requires || t.requires.test(chunk));
    return t.cues.map((cue) => [cue, where] as const);
  });
  const lowered = new Map<string, string>();
  for (const [cue, where] of scans) {
    for (const [offset, chunk] of where) {
      let from = 0;
      let m: RegExpExecArray | null;
      let count = 0;
      let lower: string | undefined;
      if (cue.lower) {
        lower = lowered.get(chunk) ?? chunk.toLowerCase();
        lowered.set(chunk, lower);
      }
      while ((m = nextCueMatch(cue, chunk, from, lower)) && count++ < 20) {
        if (m[0].length === 0) {
          from = m.index + 1;
          continue;
        }
        from = m.index + m[0].length;
        const lead = m[0].length - m[0].replace(/^[\s\n（(【]+/, '').length;
        const start = offset + m.index + lead;
        const end = offset + m.index + m[0].length;
        const g = m.groups ?? {};
        // "引用元：http://…": the cue's name is the start of a URL; the URL names the source.
        const urlAsName = /^https?$/i.test((g.name ?? '').trim()) ? /https?:\/\/[^\s<>"'，。）)」』]+/.exec(chunk.slice(m.index, m.index + m[0].length + 300))?.[0] : undefined;
        if (urlAsName) {
          g.url = urlAsName;
          g.name = undefined as unknown as string;
        }
        const name = cleanName(g.name ?? g.wire, site);
        if (name === '\u0000self') continue;
        const role = (g.wire && !g.name ? 'wire' : cue.role) as HopRole | undefined;
        let url = toHttpUrl(g.url);
        if (!url && (role === 'original' || role === 'wire')) url = findLinkNear(index, start, end, pageUrl, isOwn);
        if (url && isOwn(url)) url = undefined;
        const others: NonNullable<Finding['others']> = [];
        let selfNamed = false;
        const addOther = (r: HopRole, raw: string | undefined): void => {
          const n = cleanName(raw, site);
          if (n === '\u0000self') selfNamed = true;
          else if (n) others.push({ role: r, name: n });
        };
        if (g.name) addOther('wire', g.wire);
        addOther('editor', g.editor);
        addOther('author', g.author);
        addOther('platform', g.platform);
        addOther('reprinter', g.reprinter);
        const finalName = name ?? (url && cue.role === 'original' ? nameForUrl(url) : undefined);
        // A cue whose only named party is the site itself (授权发布于<this site>) says nothing.
        if (!finalName && !url && others.length === 0 && cue.role && cue.priority !== 0 && !g.title) continue;
        // 授权发布于<this site>: the platform named is the page's own site, so no hop is proven.
        if (!finalName && selfNamed && (g.platform || g.reprinter)) continue;
        out.push({
          signal: cue.id,
          strength: cue.strength,
          text: text.slice(start, end),
          location: { kind: 'text', start, end },
          positive: cue.positive !== false,
          priority: finalName ? cue.priority ?? 0 : 0,
          role: finalName ? role : undefined,
          name: finalName,
          url,
          others: others.length ? others : undefined,
          kind: cue.kind as RepostKind | undefined,
          title: g.title?.trim(),
          author: others.find((o) => o.role === 'author')?.name,
          own: cue.own,
        });
      }
    }
  }
  return out;
}
