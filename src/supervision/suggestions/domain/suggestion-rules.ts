import { chineseDate, chineseMonthDay } from '../../../common/chinese-date';
import { rankAmong } from '../../../common/chinese-rank';
import { Day, addDays } from '../../../common/business-day';
import { percentOf } from '../../../common/ratio';
import { probabilityBelow, probabilityRose } from '../../../scoring/domain/count-evidence';
import { IndicatorCounts } from '../../../scoring/domain/indicators';
import { ARROW_PROBABILITY, inBottomThree } from '../../../scoring/domain/rank';
import { yearOnYear } from '../../evidence/domain/evidence';
import { Suggestion, suggestionKey } from './suggestion';

export interface Place {
  unitId: string;
  unitName: string;
  rank: number;
}

/** A ranking as the rules read it: who stood where, of how many. */
export interface RankingPlaces {
  /** e.g. "2026年5月上旬" */
  label: string;
  from: Day;
  rankedOf: number;
  places: Place[];
}

export interface UnitMonth {
  unitId: string;
  unitName: string;
  counts: IndicatorCounts;
  lastYear: IndicatorCounts;
}

/** The figures of one ranked level: stations (station chiefs) or counties (county chiefs). */
export interface LevelFigures {
  /** Stations' defense areas can be listed (挂牌); counties cannot. */
  level: 'STATION' | 'COUNTY';
  /** The ranking's name in a sentence, e.g. "防区长". */
  rankingName: string;
  /** The last two completed dekads, the earlier first. */
  dekads: [RankingPlaces, RankingPlaces];
  /** The month so far. */
  month: { label: string; units: UnitMonth[] };
}

/** A letter whose answer is owed past its deadline. */
export interface OverdueLetter {
  letterId: string;
  number: string | null;
  title: string;
  unitId: string;
  unitName: string;
  deadline: Day;
}

/** A listing still in force (listed or extended), with its exit condition evaluated as of the day. */
export interface ActiveListing {
  listingId: string;
  stationId: string;
  stationName: string;
  /** The township or street listed; null when the whole defense area is. */
  township: string | null;
  listedOn: Day;
  exitMet: boolean;
  /** Each condition not met, in Chinese, with the figures that fall short. */
  unmet: string[];
}

/** A letter issued to a unit: the first rung of the ladder. */
export interface IssuedLetter {
  letterId: string;
  number: string;
  unitId: string;
  issuedOn: Day;
}

/** An interview of a unit's leader that was held: the second rung. */
export interface HeldInterview {
  interviewId: string;
  unitId: string;
  heldOn: Day;
}

export interface SuggestionFigures {
  asOf: Day;
  levels: LevelFigures[];
  overdueLetters: OverdueLetter[];
  listings: ActiveListing[];
  issuedLetters: IssuedLetter[];
  heldInterviews: HeldInterview[];
}

/** Thresholds the rules apply; a letter is a formal act, so a handful of events does not trigger one. */
export interface SuggestionPolicy {
  /** Cases up year on year by more than this percentage… */
  casesUpPercent: number;
  /** …and at least this many cases in the month so far. */
  minCases: number;
  faceToFaceTargetPercent: number;
  /**
   * How sure the counts must make a rise or a shortfall (see count-evidence): the arrows' 0.9, so a
   * letter never rests on 3 cases against 2 or 8 warnings of 10.
   */
  evidence: number;
  /** How far back a letter and an interview count as the milder steps already taken before a listing. */
  ladderDays: number;
}

export const DEFAULT_POLICY: SuggestionPolicy = {
  casesUpPercent: 20,
  minCases: 3,
  faceToFaceTargetPercent: 90,
  evidence: ARROW_PROBABILITY,
  ladderDays: 60,
};

export interface SuggestionRule {
  propose(figures: SuggestionFigures, policy: SuggestionPolicy): Suggestion[];
}

const monthOf = (day: Day) => day.slice(0, 7);
const soFar = (label: string, asOf: Day) => `${label}（截至${chineseMonthDay(asOf)}）`;

/** What each level ranks, as a sentence counts them. */
const RANKED: Record<LevelFigures['level'], string> = { STATION: '防区', COUNTY: '县（区）' };

/** (a) The bottom three of a ranking two dekads running → a reminder letter. */
export const bottomTwoDekads: SuggestionRule = {
  propose: ({ levels }) =>
    levels.flatMap(({ level, rankingName, dekads: [earlier, later] }) => {
      const bottom = (r: RankingPlaces) => r.places.filter((p) => inBottomThree(p.rank, r.rankedOf));
      const before = new Map(bottom(earlier).map((p) => [p.unitId, p]));
      return bottom(later).flatMap((p) => {
        const then = before.get(p.unitId);
        if (!then) return [];
        return [
          {
            key: suggestionKey('BOTTOM_TWO_DEKADS', p.unitId, later.from),
            rule: 'BOTTOM_TWO_DEKADS' as const,
            action: 'LETTER' as const,
            unitId: p.unitId,
            unitName: p.unitName,
            period: { kind: 'DEKAD' as const, day: later.from },
            reason:
              `${p.unitName}在全市${rankingName}排名中连续两旬处于后三位：` +
              `${earlier.label}在${rankAmong(then.rank, earlier.rankedOf, RANKED[level])}，` +
              `${later.label}在${rankAmong(p.rank, later.rankedOf, RANKED[level])}`,
          },
        ];
      });
    }),
};

/** (b) Cases of the month so far up year on year beyond the threshold → a reminder letter. */
export const casesUpYearOnYear: SuggestionRule = {
  propose: ({ asOf, levels }, { casesUpPercent, minCases, evidence }) =>
    levels.flatMap(({ month }) =>
      month.units.flatMap((u) => {
        const cases = u.counts.cases;
        const lastYear = u.lastYear.cases;
        // Integers on both sides: no rounding decides whether a unit crossed the threshold.
        if (cases < minCases || cases * 100 <= lastYear * (100 + casesUpPercent)) return [];
        if (probabilityRose(cases, lastYear) < evidence) return [];
        const change = lastYear === 0 ? '去年同期无发案' : `同比${yearOnYear(cases, lastYear)}`;
        return [
          {
            key: suggestionKey('CASES_UP_YEAR_ON_YEAR', u.unitId, monthOf(asOf)),
            rule: 'CASES_UP_YEAR_ON_YEAR' as const,
            action: 'LETTER' as const,
            unitId: u.unitId,
            unitName: u.unitName,
            period: { kind: 'MONTH' as const, day: asOf },
            reason: `${soFar(month.label, asOf)}${u.unitName}发案${cases}起，去年同期${lastYear}起，${change}，升幅超过${casesUpPercent}%`,
          },
        ];
      }),
    ),
};

/** (c) The month's face-to-face rate under the target → a reminder letter. */
export const faceToFaceUnderTarget: SuggestionRule = {
  propose: ({ asOf, levels }, { faceToFaceTargetPercent: target, evidence }) =>
    levels.flatMap(({ month }) =>
      month.units.flatMap((u) => {
        const { faceToFace, warningsReceived } = u.counts;
        if (faceToFace * 100 >= target * warningsReceived) return [];
        if (probabilityBelow(faceToFace, warningsReceived, target / 100) < evidence) return [];
        return [
          {
            key: suggestionKey('FACE_TO_FACE_UNDER_TARGET', u.unitId, monthOf(asOf)),
            rule: 'FACE_TO_FACE_UNDER_TARGET' as const,
            action: 'LETTER' as const,
            unitId: u.unitId,
            unitName: u.unitName,
            period: { kind: 'MONTH' as const, day: asOf },
            reason:
              `${soFar(month.label, asOf)}${u.unitName}接收预警指令${warningsReceived}条，见面${faceToFace}条，` +
              `见面率${percentOf(faceToFace, warningsReceived)}%，低于目标${target}%`,
          },
        ];
      }),
    ),
};

/** (e) A reminder letter unanswered past its deadline → an interview; the letter stands for the period. */
export const letterUnanswered: SuggestionRule = {
  propose: ({ asOf, overdueLetters }) =>
    overdueLetters.map((l) => ({
      key: suggestionKey('LETTER_UNANSWERED', l.unitId, l.letterId),
      rule: 'LETTER_UNANSWERED' as const,
      action: 'INTERVIEW' as const,
      unitId: l.unitId,
      unitName: l.unitName,
      period: { kind: 'MONTH' as const, day: asOf },
      reason: `工作提示函${l.number ?? ''}《${l.title}》回复期限${chineseDate(l.deadline)}已过，${l.unitName}仍未回复`,
    })),
};

/** How long a listing is given to show progress before an interview is suggested. */
const LISTING_GRACE_DAYS = 30;

/** (d) A listing a month old whose exit condition is still not met → an interview; the listing stands for the period. */
export const listingNotImproving: SuggestionRule = {
  propose: ({ asOf, listings }) =>
    listings
      .filter((l) => !l.exitMet && l.listedOn <= addDays(asOf, -LISTING_GRACE_DAYS))
      .map((l) => ({
        key: suggestionKey('LISTING_NOT_IMPROVING', l.stationId, l.listingId),
        rule: 'LISTING_NOT_IMPROVING' as const,
        action: 'INTERVIEW' as const,
        unitId: l.stationId,
        unitName: l.stationName,
        period: { kind: 'MONTH' as const, day: asOf },
        reason: `${l.township ? `${l.township}（${l.stationName}防区）` : l.stationName}自${chineseDate(l.listedOn)}挂牌整治已满一月，仍未达到摘牌条件：${l.unmet.join('；')}`,
      })),
};

const latest = <T>(items: T[], dayOf: (item: T) => Day): T | undefined =>
  items.reduce<T | undefined>((found, item) => (found && dayOf(found) >= dayOf(item) ? found : item), undefined);

/**
 * (f) The last rung of the ladder. The domain brief orders the tools 工作提示函 → 约谈 → 挂牌整治,
 * mildest to harshest, and seed 004 lists 问题突出的乡镇街道: a defense area whose station was sent a
 * letter and whose leader was interviewed within the last `ladderDays`, and which still ranks in the
 * bottom three of the stations over a whole dekad after the interview, has had the milder tools →
 * a listing. Only stations: a listing names a defense area or a township in one. An area already
 * listed when its leader was interviewed is left to (d). Keyed by the interview: a later interview
 * may lead to a listing again.
 */
export const stillBottomAfterInterview: SuggestionRule = {
  propose: ({ asOf, levels, issuedLetters, heldInterviews, listings }, { ladderDays }) => {
    const since = addDays(asOf, -ladderDays);
    return levels
      .filter((l) => l.level === 'STATION')
      .flatMap(({ level, dekads: [, dekad] }) =>
        dekad.places.flatMap((p) => {
          if (!inBottomThree(p.rank, dekad.rankedOf)) return [];
          const letter = latest(
            issuedLetters.filter((l) => l.unitId === p.unitId && l.issuedOn >= since && l.issuedOn <= asOf),
            (l) => l.issuedOn,
          );
          const interview = latest(
            heldInterviews.filter((i) => i.unitId === p.unitId && i.heldOn >= since && i.heldOn < dekad.from),
            (i) => i.heldOn,
          );
          if (!letter || !interview) return [];
          if (listings.some((l) => l.stationId === p.unitId && l.listedOn <= interview.heldOn)) return [];
          return [
            {
              key: suggestionKey('STILL_BOTTOM_AFTER_INTERVIEW', p.unitId, interview.interviewId),
              rule: 'STILL_BOTTOM_AFTER_INTERVIEW' as const,
              action: 'LISTING' as const,
              unitId: p.unitId,
              unitName: p.unitName,
              period: { kind: 'DEKAD' as const, day: dekad.from },
              reason:
                `${p.unitName}已于${letter.issuedOn}收到工作提示函${letter.number}，于${interview.heldOn}被约谈，` +
                `${dekad.label}在全市${rankAmong(p.rank, dekad.rankedOf, RANKED[level])}，仍处于后三位`,
            },
          ];
        }),
      );
  },
};

/** Every rule, mildest action first. */
export const RULES: SuggestionRule[] = [
  bottomTwoDekads,
  casesUpYearOnYear,
  faceToFaceUnderTarget,
  letterUnanswered,
  listingNotImproving,
  stillBottomAfterInterview,
];

export function suggest(figures: SuggestionFigures, policy: SuggestionPolicy = DEFAULT_POLICY): Suggestion[] {
  return RULES.flatMap((rule) => rule.propose(figures, policy));
}
