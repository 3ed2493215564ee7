import { Day, addDays, dekadOf } from '../../../common/business-day';
import { formatYuan } from '../../../common/money';
import { percentOf } from '../../../common/ratio';
import { IndicatorCounts, RATES } from '../../../scoring/domain/indicators';
import { Period } from '../../../scoring/domain/periods';
import { labelOf } from '../../../scoring/domain/resolve-period';
import { Comparator, ExitCondition, ExitPeriod, conditionText, periodsText, thresholdUnit } from './exit-condition';

/** An area's figures over one period. */
export interface PeriodCounts extends Period {
  counts: IndicatorCounts;
}

/** One period of a condition as evaluated: a count or fen, or for a rate its numerator out of its denominator. */
export interface PeriodFigure extends Period {
  label: string;
  value: number;
  /** The rate's denominator; null for counts and amounts. */
  outOf: number | null;
  met: boolean;
}

export interface ConditionResult {
  condition: ExitCondition;
  /** The last completed periods since listing, oldest first: as many as the condition asks for, or fewer. */
  periods: PeriodFigure[];
  met: boolean;
}

export interface ExitEvaluation {
  conditions: ConditionResult[];
  met: boolean;
}

function periodOf(per: ExitPeriod, day: Day): Period {
  const { from, to } = dekadOf(day);
  // The last dekad of a month ends on the month's last day.
  return per === 'DEKAD' ? { from, to } : { from: `${day.slice(0, 8)}01`, to: dekadOf(`${day.slice(0, 8)}21`).to };
}

/**
 * The last `count` periods completed before `asOf` (the day of `asOf` is not over) that began on or
 * after the listing day, oldest first: only rectification after listing counts toward delisting.
 */
export function completedPeriods(per: ExitPeriod, listedOn: Day, asOf: Day, count: number): Period[] {
  const periods: Period[] = [];
  let period = periodOf(per, addDays(periodOf(per, asOf).from, -1));
  while (periods.length < count && period.from >= listedOn) {
    periods.unshift(period);
    period = periodOf(per, addDays(period.from, -1));
  }
  return periods;
}

/** Every period any of the conditions looks at, for fetching the figures once. */
export function exitPeriods(conditions: ExitCondition[], listedOn: Day, asOf: Day): Period[] {
  const all = conditions.flatMap((c) => completedPeriods(c.per, listedOn, asOf, c.consecutive));
  return [...new Map(all.map((p) => [`${p.from}/${p.to}`, p])).values()];
}

const compare = (a: number, comparator: Comparator, b: number) =>
  comparator === 'AT_MOST' ? a <= b : comparator === 'LESS_THAN' ? a < b : a >= b;

function figureOf(condition: ExitCondition, period: Period, counts: IndicatorCounts): PeriodFigure {
  const { indicator, comparator, threshold } = condition;
  const label = labelOf(condition.per, period);
  if (!(indicator in RATES)) {
    const value = counts[indicator as keyof IndicatorCounts];
    return { ...period, label, value, outOf: null, met: compare(value, comparator, threshold) };
  }
  const rate = RATES[indicator as keyof typeof RATES];
  const value = counts[rate.numerator];
  const outOf = counts[rate.denominator];
  // With no warnings there is nothing to fall short on. Compared exactly: n/d against threshold/1000.
  return { ...period, label, value, outOf, met: outOf === 0 || compare(value * 1000, comparator, threshold * outOf) };
}

/** Evaluates the exit condition on the area's figures; a period missing from `figures` is a caller's bug. */
export function evaluateExit(conditions: ExitCondition[], listedOn: Day, asOf: Day, figures: PeriodCounts[]): ExitEvaluation {
  const countsOf = (p: Period) => {
    const found = figures.find((f) => f.from === p.from && f.to === p.to);
    if (!found) throw new Error(`no figures were given for ${p.from}–${p.to}`);
    return found.counts;
  };
  const results = conditions.map((condition): ConditionResult => {
    const periods = completedPeriods(condition.per, listedOn, asOf, condition.consecutive).map((p) => figureOf(condition, p, countsOf(p)));
    return { condition, periods, met: periods.length === condition.consecutive && periods.every((p) => p.met) };
  });
  return { conditions: results, met: results.every((r) => r.met) };
}

/** A period's figure as officers read it: "3", "5000.00元", "92.1%（35/38）". */
export function figureText(condition: ExitCondition, f: Pick<PeriodFigure, 'value' | 'outOf'>): string {
  switch (thresholdUnit(condition.indicator)) {
    case 'count':
      return String(f.value);
    case 'fen':
      return `${formatYuan(f.value)}元`;
    case 'permille':
      return f.outOf ? `${percentOf(f.value, f.outOf)}%（${f.value}/${f.outOf}）` : '无预警指令';
  }
}

/** Why a condition is not met, in Chinese, e.g. "「发案数每旬≤2，连续2旬」未满足：2026年5月中旬为3". */
export function unmetText({ condition, periods }: ConditionResult): string {
  const missed = periods.filter((p) => !p.met).map((p) => `${p.label}为${figureText(condition, p)}`);
  const short =
    periods.length < condition.consecutive
      ? [`挂牌以来仅完成${periodsText(condition.per, periods.length)}，需连续${periodsText(condition.per, condition.consecutive)}`]
      : [];
  return `「${conditionText(condition)}」未满足：${[...missed, ...short].join('；')}`;
}
