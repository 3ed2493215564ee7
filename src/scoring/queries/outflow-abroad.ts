import { Day } from '../../common/business-day';
import { ScoreIndex, countsOf, dayNumber, emptySums } from './score-index';

/**
 * The people of these areas still abroad at the end of `day` (期末在外): everyone registered up to
 * then less everyone returned. A person returns once and only to the area that registered him,
 * and a registration is not retracted under a standing return, so it never falls below zero.
 */
export function abroadAtEnd(index: ScoreIndex, areaIds: readonly string[], day: Day): number {
  const first = index.firstDay();
  if (first === null) return 0;
  const sums = emptySums();
  for (const areaId of areaIds) index.addSums(areaId, first, dayNumber(day), sums);
  const { outflowIdentified, outflowReturned } = countsOf(sums);
  return outflowIdentified - outflowReturned;
}
