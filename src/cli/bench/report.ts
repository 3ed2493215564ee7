import { writeFileSync } from 'node:fs';

/** A target: the figure must be at least (`min`) or at most (`max`) the value. */
export type Target = { min: number } | { max: number };

export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  target?: Target;
  note?: string;
}

export type Verdict = 'PASS' | 'MISS' | 'info';

export function verdict({ value, target }: Figure): Verdict {
  if (!target) return 'info';
  return ('min' in target ? value >= target.min : value <= target.max) ? 'PASS' : 'MISS';
}

/** Thousands separators for large figures, three significant digits for small ones (µs-scale ms). */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  if (size < 1) return value.toLocaleString('en-US', { maximumSignificantDigits: 3 });
  const digits = size >= 100 ? 0 : size >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function formatTarget(target: Target | undefined, unit: string): string {
  if (!target) return '';
  return 'min' in target ? `>= ${formatNumber(target.min)} ${unit}` : `<= ${formatNumber(target.max)} ${unit}`;
}

/** A plain-text table, one row per figure, grouped by section. */
export function formatTable(figures: Figure[]): string {
  const header = ['Measurement', 'Value', 'Unit', 'Target', 'Result'];
  const rows = figures.map((f) => [`${f.section} | ${f.name}`, formatNumber(f.value), f.unit, formatTarget(f.target, f.unit), verdict(f)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const notes = figures.filter((f) => f.note).map((f) => `  * ${f.section} | ${f.name}: ${f.note}`);
  return [line(header), rule, ...rows.map(line), rule, ...(notes.length ? ['Notes:', ...notes] : [])].join('\n');
}

export function summary(figures: Figure[]): { pass: number; miss: number } {
  const verdicts = figures.map(verdict);
  return { pass: verdicts.filter((v) => v === 'PASS').length, miss: verdicts.filter((v) => v === 'MISS').length };
}

/** The same figures as the table, with the machine they were measured on. */
export function writeJson(file: string, figures: Figure[], environment: Record<string, unknown>): void {
  const results = figures.map((f) => ({ ...f, result: verdict(f) }));
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), environment, ...summary(figures), results }, null, 2)}\n`);
}
