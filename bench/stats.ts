/** Small statistics and table-printing helpers for the bench. */

export interface Summary {
  runs: number;
  median: number;
  p90: number;
  min: number;
  max: number;
}

/** Median (mean of the middle two for an even count) and nearest-rank p90 of a sample. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { runs: 0, median: NaN, p90: NaN, min: NaN, max: NaN };
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const p90 = s[Math.min(n - 1, Math.ceil(0.9 * n) - 1)];
  return { runs: n, median, p90, min: s[0], max: s[n - 1] };
}

/** Milliseconds since an arbitrary origin, sub-millisecond resolution. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function ms(v: number, digits = 2): string {
  return Number.isFinite(v) ? v.toFixed(digits) : '-';
}

export function int(v: number): string {
  return Math.round(v).toLocaleString('en-US');
}

export type Align = 'left' | 'right';

export interface Column {
  title: string;
  align?: Align;
}

/** A plain ASCII table; cells are expected to be ASCII (file names, numbers). */
export function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number): string =>
    (columns[i].align ?? 'right') === 'left' ? text.padEnd(widths[i]) : text.padStart(widths[i]);
  const line = (cells: readonly string[]): string => '| ' + cells.map((c, i) => cell(c, i)).join(' | ') + ' |';
  const rule = '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|';
  return [line(columns.map((c) => c.title)), rule, ...rows.map(line)].join('\n');
}
