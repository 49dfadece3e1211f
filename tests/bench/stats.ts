/** Small statistics helpers: the machines are noisy, so medians and percentiles only. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}
export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);
export const max = (values: readonly number[]): number => values.reduce((m, v) => Math.max(m, v), -Infinity);
export const round = (v: number, digits = 2): number => Number.isFinite(v) ? Number(v.toFixed(digits)) : v;
