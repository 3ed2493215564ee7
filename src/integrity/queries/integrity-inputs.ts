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

/**
 * The facts behind the numerator of each rate the detectors read (a perfect 劝阻成功率 rests on the
 * dissuasions recorded): a rate's finding cites them, as a count-based one cites its events.
 */
const NUMERATOR_EVENTS: Readonly<Record<string, readonly string[]>> = {
  及时见面联系率: ['WarningContactMade'],
  见面率: ['WarningContactMade'],
  劝阻成功率: ['WarningDissuaded'],
  警情转案率: ['CaseFiled'],
  刑事警情占比: ['FraudAlertReceived'],
};

/** The rate a finding is about (after a letter's label, if any), and the event types behind its numerator. */
export function numeratorEvents(about: string): readonly string[] {
  const rate = about.slice(about.lastIndexOf('：') + 1).replace('/', '');
  return NUMERATOR_EVENTS[rate] ?? [];
}

/** The history a share is compared with: the six months before the period. */
export const HISTORY_DAYS = 182;
/** The blocks of days a perfect record is followed back in, about a month each. */
const RUN_BLOCK_DAYS = 30;

/**
 * Each station's warning proportions over the period; where one is perfect, counted back over the
 * blocks before the period that were perfect too (within the history). A month at 100% says little
 * (twenty contacts at the ceiling of 97% come out perfect half the time); months on end of it is
 * what noise makes unlikely, and a monthly run of the detectors must see them together.
 */
export function reportedRates(stationIds: readonly string[], counts: CountsOf, period: { from: Day; to: Day }): ReportedRate[] {
  const earliest = addDays(period.from, -HISTORY_DAYS);
  return stationIds.flatMap((unitId) =>
    PERFECTIBLE.map(([label, part, whole]) => {
      const c = counts(unitId, period.from, period.to);
      let [successes, trials, since] = [c[part], c[whole], period.from];
      while (successes === trials && trials > 0 && addDays(since, -RUN_BLOCK_DAYS) >= earliest) {
        const before = counts(unitId, addDays(since, -RUN_BLOCK_DAYS), addDays(since, -1));
        // A block with nothing to rate ends the run too: it adds nothing to it, and the run would seem to last longer than it did.
        if (before[whole] === 0 || before[part] !== before[whole]) break;
        [successes, trials, since] = [successes + before[part], trials + before[whole], addDays(since, -RUN_BLOCK_DAYS)];
      }
      return { unitId, label, successes, trials, ...(since < period.from ? { since } : {}) };
    }),
  );
}

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
