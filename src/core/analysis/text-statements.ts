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

type CueTable = { macros: Record<string, string>; cues: RawCue[] };
type RawCue = {
  id: string; strength: Finding['strength']; role?: string; positive?: boolean; priority?: number;
  kind?: string; own?: boolean; pattern: string; flags: string;
};
type Cue = RawCue & { re: RegExp };

let compiled: Cue[] | null = null;

/** Compiles all cue tables once (macros expanded); a bad pattern is skipped, not fatal. */
function cues(): Cue[] {
  if (compiled) return compiled;
  compiled = [];
  for (const table of [zh, en, ja] as CueTable[]) {
    for (const c of table.cues) {
      const source = c.pattern.replace(/\{\$(\w+)\}/g, (m, k: string) => table.macros[k] ?? m);
      try {
        compiled.push({ ...c, re: new RegExp(source, c.flags.includes('g') ? c.flags : c.flags + 'g') });
      } catch {
        // A broken data entry must not break the analysis.
      }
    }
  }
  return compiled;
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
  for (const cue of cues()) {
    for (const [offset, chunk] of windows) {
      cue.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let count = 0;
      while ((m = cue.re.exec(chunk)) && count++ < 20) {
        if (m[0].length === 0) {
          cue.re.lastIndex++;
          continue;
        }
        const lead = m[0].length - m[0].replace(/^[\s\n（(【]+/, '').length;
        const start = offset + m.index + lead;
        const end = offset + m.index + m[0].length;
        const g = m.groups ?? {};
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
