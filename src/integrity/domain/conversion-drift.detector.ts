import { Finding } from './finding';

/** A share in two windows: e.g. alerts that became cases this quarter and over the year before. */
export interface ShareOverTime {
  unitId: string;
  now: { part: number; whole: number };
  before: { part: number; whole: number };
  /** The events of the current window behind the share, as far as the caller gives them. */
  evidence?: readonly string[];
}

export interface DriftOptions {
  /** Flag when the unit's fall, net of its peers', is at least this many standard errors. */
  z: number;
  /** A window with fewer than this many in its whole says too little to compare. */
  minimum: number;
}

export const DRIFT_DEFAULTS: DriftOptions = { z: 3, minimum: 20 };

type Window = { part: number; whole: number };
const sum = (windows: Window[]): Window =>
  windows.reduce((s, w) => ({ part: s.part + w.part, whole: s.whole + w.whole }), { part: 0, whole: 0 });
/** A share and its sampling variance; half a success added either side, so 0 of 30 still has a variance. */
const shareOf = ({ part, whole }: Window) => {
  const p = (part + 0.5) / (whole + 1);
  return { share: part / whole, variance: (p * (1 - p)) / whole };
};
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * Conversion drift (domain.md): a share that falls in one unit while its peers' does not — alerts
 * filed as cases (警情转案率), alerts recorded as criminal (刑事警情占比). The statistic is the
 * difference in differences, (unit now − unit before) − (peers now − peers before), over its standard
 * error; a unit is flagged when it falls `z` standard errors or more below its peers' change.
 */
export function conversionDrift(label: string, rows: readonly ShareOverTime[], options: DriftOptions = DRIFT_DEFAULTS): Finding[] {
  return rows.flatMap((row) => {
    if (row.now.whole < options.minimum || row.before.whole < options.minimum) return [];
    const peers = rows.filter((r) => r.unitId !== row.unitId);
    const [own1, own0, peers1, peers0] = [row.now, row.before, sum(peers.map((r) => r.now)), sum(peers.map((r) => r.before))];
    if (peers1.whole === 0 || peers0.whole === 0) return [];
    const [a1, a0, b1, b0] = [own1, own0, peers1, peers0].map(shareOf);
    const difference = a1.share - a0.share - (b1.share - b0.share);
    const z = difference / Math.sqrt(a1.variance + a0.variance + b1.variance + b0.variance);
    if (z > -options.z) return [];
    return [
      {
        detector: 'CONVERSION_DRIFT' as const,
        unitId: row.unitId,
        summary:
          `${label}由${percent(a0.share)}（${own0.part}/${own0.whole}）降至${percent(a1.share)}（${own1.part}/${own1.whole}），` +
          `同期其他单位由${percent(b0.share)}变为${percent(b1.share)}`,
        statistic: { name: 'z（双重差分/标准误）', value: z },
        threshold: { value: -options.z, flagsWhen: 'BELOW' as const },
        evidence: row.evidence ?? [],
      },
    ];
  });
}
