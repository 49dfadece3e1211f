/** Result rows and the table the bench prints. */
export type Row = {
  /** Target group, e.g. "1 analysis". */
  group: string;
  metric: string;
  /** Measured value, already formatted with its unit. */
  value: string;
  /** The target, e.g. "≤ 50%"; empty for information-only rows. */
  target: string;
  /** true/false for a target, null for information. */
  pass: boolean | null;
  note?: string;
};

export function printTable(rows: readonly Row[]): string {
  const head = ['#', 'metric', 'value', 'target', 'result'];
  const body = rows.map((r) => [r.group, r.metric, r.value, r.target, r.pass === null ? 'info' : r.pass ? 'PASS' : 'FAIL']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)];
  const notes = rows.filter((r) => r.note).map((r) => `  [${r.group}] ${r.metric}: ${r.note}`);
  return [...out, ...(notes.length ? ['', 'notes:', ...notes] : [])].join('\n');
}

export const fmtMs = (v: number): string => (v < 1 ? `${(v * 1000).toFixed(0)} µs` : `${v.toFixed(v < 10 ? 2 : 1)} ms`);
export const fmtPct = (v: number): string => `${(v * 100).toFixed(0)}%`;
export const fmtKb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const fmtMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
