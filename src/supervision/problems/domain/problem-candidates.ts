import { bilingual } from '../../../common/bilingual';
import { DomainRuleError } from '../../../common/decider';
import { rankAmong } from '../../../common/chinese-rank';
import { Ratio, percentOf } from '../../../common/ratio';
import { IndicatorCounts } from '../../../scoring/domain/indicators';
import { inBottomThree } from '../../../scoring/domain/rank';
import { Evidence, yearOnYear } from '../../evidence/domain/evidence';

export const CANDIDATE_RULES = [
  'CASES_UP_YEAR_ON_YEAR',
  'FACE_TO_FACE_BELOW_TARGET',
  'WARNINGS_PAST_DEADLINE',
  'BOTTOM_OF_RANKING',
] as const;
export type CandidateRule = (typeof CANDIDATE_RULES)[number];

export const CANDIDATE_RULE_LABELS: Record<CandidateRule, string> = {
  CASES_UP_YEAR_ON_YEAR: '发案同比上升',
  FACE_TO_FACE_BELOW_TARGET: '见面率低于目标',
  WARNINGS_PAST_DEADLINE: '预警超时处置',
  BOTTOM_OF_RANKING: '排名后三位',
};

/** A county or station as placed in its month's ranking (county chiefs, or station chiefs). */
export interface RankedUnit {
  unitId: string;
  name: string;
  rank: number;
  rankedOf: number;
  counts: IndicatorCounts;
  lastYear: IndicatorCounts;
}

export interface CountyMonthFigures {
  /** YYYY-MM */
  month: string;
  /** e.g. "2026年5月" */
  monthLabel: string;
  /** Null when the county was not ranked (no station of it existed in the month). */
  county: RankedUnit | null;
  /** The county's stations, in ranking order. */
  stations: RankedUnit[];
}

/** A problem the figures suggest; people decide whether to put it on the list. */
export interface ProblemCandidate {
  /** Stable for the rule, unit and month: adopting one records it, so it is suggested once. */
  key: string;
  rule: CandidateRule;
  unitId: string;
  unitName: string;
  title: string;
  description: string;
  /** The exact figures behind it: cases against last year, face-to-face contacts against warnings, missed against warnings. */
  ratio: Ratio | null;
}

/** A candidate with the figures of its unit for the month, as adopting it freezes them. */
export type CandidateWithEvidence = ProblemCandidate & { evidence: Evidence };

export const candidateKey = (rule: CandidateRule, unitId: string, month: string) => `${rule}:${unitId}:${month}`;

/**
 * The candidate problems of a county's month: its cases up year on year, its face-to-face rate under
 * the target, each station with warnings handled past their deadline, and the county or a station in
 * the bottom three of its ranking. Comparisons are on integers, so no rounding decides a candidate.
 */
export function problemCandidates(figures: CountyMonthFigures, faceToFaceTarget: Ratio): ProblemCandidate[] {
  const { month, monthLabel, county } = figures;
  const candidate = (rule: CandidateRule, unit: RankedUnit, title: string, description: string, ratio: Ratio | null): ProblemCandidate => ({
    key: candidateKey(rule, unit.unitId, month),
    rule,
    unitId: unit.unitId,
    unitName: unit.name,
    title,
    description,
    ratio,
  });
  const bottom = (unit: RankedUnit, ranked: string) =>
    candidate(
      'BOTTOM_OF_RANKING',
      unit,
      `${unit.name}排名靠后`,
      `${monthLabel}${unit.name}在全市${rankAmong(unit.rank, unit.rankedOf, ranked)}，处于后三位`,
      null,
    );
  const found: ProblemCandidate[] = [];
  if (county) {
    const { cases } = county.counts;
    const lastYear = county.lastYear.cases;
    if (cases > lastYear) {
      const change = lastYear === 0 ? '去年同期无发案' : `同比${yearOnYear(cases, lastYear)}`;
      found.push(
        candidate(
          'CASES_UP_YEAR_ON_YEAR',
          county,
          `${county.name}发案同比上升`,
          `${monthLabel}${county.name}发案${cases}起，去年同期${lastYear}起，${change}`,
          { numerator: cases, denominator: lastYear },
        ),
      );
    }
    const { faceToFace, warningsReceived } = county.counts;
    if (warningsReceived > 0 && faceToFace * faceToFaceTarget.denominator < warningsReceived * faceToFaceTarget.numerator) {
      const target = percentOf(faceToFaceTarget.numerator, faceToFaceTarget.denominator);
      found.push(
        candidate(
          'FACE_TO_FACE_BELOW_TARGET',
          county,
          `${county.name}预警见面率低于${target}%`,
          `${monthLabel}${county.name}接收预警指令${warningsReceived}条，见面${faceToFace}条，见面率${percentOf(faceToFace, warningsReceived)}%，低于目标${target}%`,
          { numerator: faceToFace, denominator: warningsReceived },
        ),
      );
    }
    if (inBottomThree(county.rank, county.rankedOf)) found.push(bottom(county, '县（区）'));
  }
  for (const station of figures.stations) {
    const { missedDeadline, warningsReceived } = station.counts;
    if (missedDeadline > 0) {
      found.push(
        candidate(
          'WARNINGS_PAST_DEADLINE',
          station,
          `${station.name}预警超时见面/联系`,
          `${monthLabel}${station.name}有${missedDeadline}条预警指令超过时限才见面/联系（共接收${warningsReceived}条）`,
          { numerator: missedDeadline, denominator: warningsReceived },
        ),
      );
    }
    if (inBottomThree(station.rank, station.rankedOf)) found.push(bottom(station, '防区'));
  }
  return found;
}

/** 见面率目标 when none is asked for: nine warnings in ten met face to face. */
export const DEFAULT_FACE_TO_FACE_TARGET = 0.9;

/** A target rate given as a decimal (e.g. 0.9) as an exact fraction (9/10); at most 4 decimals, above 0 and at most 1. */
export function targetRatio(value: number, field: string): Ratio {
  const match = /^(0|1)(?:\.(\d{1,4}))?$/.exec(String(value));
  if (!match || value <= 0 || value > 1) {
    throw new DomainRuleError(
      bilingual(
        `目标比率须大于 0 且不超过 1，最多 4 位小数，例如 0.9；实际为 ${value}`,
        `the target must be a rate above 0 and at most 1 with at most 4 decimals, e.g. 0.9; got ${value}`,
      ),
      field,
    );
  }
  const decimals = match[2] ?? '';
  const denominator = 10 ** decimals.length;
  return { numerator: Number(match[1]) * denominator + Number(decimals || 0), denominator };
}
