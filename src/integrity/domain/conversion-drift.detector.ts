import { Finding } from './finding';
import { ShareOverTime, percent, shiftAgainstPeers } from './share-shift';

export interface DriftOptions {
  /** Flag when the unit's fall, net of its peers', is at least this many standard errors. */
  z: number;
  /** A window with fewer than this many in its whole says too little to compare. */
  minimum: number;
}

export const DRIFT_DEFAULTS: DriftOptions = { z: 3, minimum: 20 };

/**
 * Conversion drift (domain.md): a share that falls in one unit while its peers' does not — alerts
 * filed as cases (警情转案率), alerts recorded as criminal (刑事警情占比). Flagged when the unit's
 * change falls `z` standard errors or more below its peers' (shiftAgainstPeers).
 */
export function conversionDrift(label: string, rows: readonly ShareOverTime[], options: DriftOptions = DRIFT_DEFAULTS): Finding[] {
  return rows.flatMap((row) => {
    const shift = shiftAgainstPeers(row, rows, options.minimum);
    if (!shift || shift.z > -options.z) return [];
    return [
      {
        detector: 'CONVERSION_DRIFT' as const,
        unitId: row.unitId,
        about: label,
        summary:
          `${label}由${percent(shift.own.before)}（${row.before.part}/${row.before.whole}）` +
          `降至${percent(shift.own.now)}（${row.now.part}/${row.now.whole}），` +
          `同期其他单位由${percent(shift.peers.before)}变为${percent(shift.peers.now)}`,
        statistic: { name: 'z（双重差分/标准误）', value: shift.z },
        threshold: { value: -options.z, flagsWhen: 'BELOW' as const },
        evidence: row.evidence ?? [],
      },
    ];
  });
}
