import { Finding } from './finding';
import { ShareOverTime, percent, shiftAgainstPeers } from './share-shift';

export interface ImprovementOptions {
  z: number;
  minimum: number;
}

export const IMPROVEMENT_DEFAULTS: ImprovementOptions = { z: 3, minimum: 20 };

/**
 * Figures that improve right after a letter while the peers' do not (domain.md, too good to be
 * true): the addressed unit's rate in the weeks after the letter against the weeks before, net of
 * its peers' change over the same weeks. A real turn-around is possible; that is why a finding is a
 * lead to verify. `rows` holds the addressed unit and its peers over the same two windows.
 */
export function improvementAfterLetter(
  letter: { unitId: string; label: string },
  rateLabel: string,
  rows: readonly ShareOverTime[],
  options: ImprovementOptions = IMPROVEMENT_DEFAULTS,
): Finding[] {
  const row = rows.find((r) => r.unitId === letter.unitId);
  const shift = row && shiftAgainstPeers(row, rows, options.minimum);
  if (!row || !shift || shift.z < options.z) return [];
  return [
    {
      detector: 'IMPROVEMENT_AFTER_LETTER',
      unitId: row.unitId,
      about: `${letter.label}：${rateLabel}`,
      summary:
        `${letter.label}后${rateLabel}由${percent(shift.own.before)}（${row.before.part}/${row.before.whole}）` +
        `升至${percent(shift.own.now)}（${row.now.part}/${row.now.whole}），` +
        `同期其他单位由${percent(shift.peers.before)}变为${percent(shift.peers.now)}`,
      statistic: { name: 'z（双重差分/标准误）', value: shift.z },
      threshold: { value: options.z, flagsWhen: 'ABOVE' },
      evidence: row.evidence ?? [],
    },
  ];
}
