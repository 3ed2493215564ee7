import { addDays, Day } from '../../common/business-day';
import { IndicatorCounts, IndicatorKey } from '../../scoring/domain/indicators';
import { ReportedRate } from '../domain/too-good.detector';
import { ShareOverTime } from '../domain/share-shift';

/** A station's counts over a range of days, as the score index sums them. */
export type CountsOf = (stationId: string, from: Day, to: Day) => IndicatorCounts;

/** The warning proportions a unit could push to a perfect record, with what each is a share of. */
const PERFECTIBLE: ReadonlyArray<[label: string, part: IndicatorKey, whole: IndicatorKey]> = [
  ['及时见面/联系率', 'contactedInTime', 'warningsReceived'],
  ['见面率', 'faceToFace', 'contacted'],
  ['劝阻成功率', 'dissuaded', 'contacted'],
];

export function reportedRates(stationIds: readonly string[], counts: CountsOf, period: { from: Day; to: Day }): ReportedRate[] {
  return stationIds.flatMap((unitId) => {
    const c = counts(unitId, period.from, period.to);
    return PERFECTIBLE.map(([label, part, whole]) => ({ unitId, label, successes: c[part], trials: c[whole] }));
  });
}

/** The history a share is compared with: the six months before the period. */
export const HISTORY_DAYS = 182;

/** A share of alerts (filed as cases, recorded as criminal) in the period against the half-year before it. */
export function alertShares(
  stationIds: readonly string[],
  counts: CountsOf,
  period: { from: Day; to: Day },
  part: IndicatorKey,
): ShareOverTime[] {
  const before = { from: addDays(period.from, -HISTORY_DAYS), to: addDays(period.from, -1) };
  return stationIds.map((unitId) => {
    const [now, then] = [counts(unitId, period.from, period.to), counts(unitId, before.from, before.to)];
    return { unitId, now: { part: now[part], whole: now.alerts }, before: { part: then[part], whole: then.alerts } };
  });
}

/** The days after a letter its effect is read over, and as many before it. */
export const LETTER_WINDOW_DAYS = 30;

/** 见面率 of every station in the month before a letter and the month from it, the addressed one among its peers. */
export function faceToFaceAroundLetter(stationIds: readonly string[], counts: CountsOf, issuedOn: Day): ShareOverTime[] {
  const before = { from: addDays(issuedOn, -LETTER_WINDOW_DAYS), to: addDays(issuedOn, -1) };
  const after = { from: issuedOn, to: addDays(issuedOn, LETTER_WINDOW_DAYS - 1) };
  return stationIds.map((unitId) => {
    const [now, then] = [counts(unitId, after.from, after.to), counts(unitId, before.from, before.to)];
    return { unitId, now: { part: now.faceToFace, whole: now.contacted }, before: { part: then.faceToFace, whole: then.contacted } };
  });
}
