import type { PageAnalysis } from '../core/analysis/types';
import type { DocumentReport } from '../core/analyse-report';

/**
 * The JSON object the CLI prints for one page: the report the extension files for it (the same
 * composition, core/analyse-report.ts), laid out for reading.
 */
export type CliResult = Record<string, unknown> & {
  file?: string;
  isRepost: boolean;
  verdict: PageAnalysis['verdict'];
  confidence: number;
};

/** Builds the printed object for one composed report. */
export function composeResult(report: DocumentReport, file?: string): CliResult {
  const { analysis } = report;
  return {
    ...(file !== undefined ? { file } : {}),
    url: analysis.url,
    isRepost: analysis.isRepost,
    verdict: analysis.verdict,
    ...(analysis.kind ? { kind: analysis.kind } : {}),
    confidence: analysis.confidence,
    original: analysis.original,
    chain: analysis.chain.map((h) => ({ role: h.role, name: h.name, ...(h.url ? { url: h.url } : {}), evidence: h.evidence })),
    evidence: analysis.evidence,
    site: analysis.site,
    problems: analysis.problems,
    // All key figures, most salient first (the UI shows the top N).
    figures: report.figures,
    article: report.article,
  };
}

/**
 * Page text made safe for a terminal: control characters (C0 except tab, DEL, C1 — ESC sequences
 * that clear the screen, retitle the window or hide text) and bidi overrides become a space.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/** A short human summary of one result (for `--format text`); no page text reaches the terminal raw. */
export function formatText(result: CliResult): string {
  return formatTextRaw(result)
    .split('\n')
    .map(terminalSafe)
    .join('\n');
}

function formatTextRaw(result: CliResult): string {
  const lines: string[] = [];
  const original = (result.original ?? {}) as Record<string, string>;
  const chain = (result.chain ?? []) as Array<{ role: string; name: string; url?: string }>;
  const evidence = (result.evidence ?? []) as Array<{ signal: string; strength: string; text: string }>;
  if (result.file) lines.push(`== ${result.file}`);
  lines.push(`verdict: ${result.verdict}${result.kind ? ` (${String(result.kind)})` : ''}, confidence ${result.confidence}`);
  for (const key of ['publisher', 'author', 'url', 'title', 'date']) if (original[key]) lines.push(`original ${key}: ${original[key]}`);
  if (chain.length) lines.push(`chain: ${chain.map((h) => `${h.name} [${h.role}]`).join(' → ')}`);
  for (const e of evidence.slice(0, 12)) lines.push(`  - ${e.signal} (${e.strength}): ${e.text.replace(/\s+/g, ' ').slice(0, 120)}`);
  for (const p of (result.problems ?? []) as string[]) lines.push(`  ! ${p}`);
  return lines.join('\n');
}
