import { formatYuan } from '../../common/money';
import { changePercent, percentOf } from '../../common/ratio';
import { pointsChange } from '../../common/ratio-points';
import { INDICATOR_SECTIONS, SECTION_OF } from '../domain/indicator-sections';
import { INDICATORS, INDICATOR_KEYS, IndicatorCounts, IndicatorKey, RATES } from '../domain/indicators';
import { Explanation } from '../queries/score.service';
import { BREAKDOWNS, BreakdownDimension, BreakdownRow, IndicatorReport } from '../queries/indicator-report.service';
import { IndicatorBreakdownRow, IndicatorComparison, IndicatorReportType, ScoreExplanation } from './scoring.types';
import { RuleSet, isRateRuleSet } from '../domain/rule-set';
import { RESIDENTS } from '../events/rule-set.events';
import { RuleSetType } from './rule-set.types';
import { explainedTerm } from './subject-explanation.mapper';
import { apiIndicatorName, apiIndicators, perToApi } from './indicator-names';
import { FORWARDING, ON_SITE_CHECK, warningStepTime } from './warning-step-time.mapper';
import { outflowAbroadComparison } from './outflow-abroad.mapper';

const display = (key: keyof IndicatorCounts, value: number) => (INDICATORS[key].unit === 'fen' ? formatYuan(value) : String(value));

const ratio = (counts: IndicatorCounts, numerator: keyof IndicatorCounts, denominator: keyof IndicatorCounts) => ({
  numerator: counts[numerator],
  denominator: counts[denominator],
  percent: percentOf(counts[numerator], counts[denominator]),
});

/** 同比 and 环比 of one indicator; 环比 left out (null) where it means nothing. */
export function comparisonOf(
  key: IndicatorKey,
  current: IndicatorCounts,
  lastYear: IndicatorCounts,
  previous: IndicatorCounts,
  periodOnPeriod = true,
): IndicatorComparison {
  return {
    indicator: apiIndicatorName(key),
    label: INDICATORS[key].label,
    section: INDICATOR_SECTIONS[SECTION_OF[key]],
    current: display(key, current[key]),
    lastYear: display(key, lastYear[key]),
    previous: display(key, previous[key]),
    yearOnYearPercent: changePercent(current[key], lastYear[key]),
    periodOnPeriodPercent: periodOnPeriod ? changePercent(current[key], previous[key]) : null,
  };
}

/** 每万人发案: cases × 10,000 / residents, exact to two decimals. */
export const casesPer10k = (cases: number, population: number) => percentOf(cases * 100, population, 2);

/** The rates of the counts `keys` holds (a split keeps only some), with 同比 and 环比 in percentage points. */
function ratesOf(current: IndicatorCounts, lastYear: IndicatorCounts, previous: IndicatorCounts, keys: readonly IndicatorKey[]) {
  return Object.entries(RATES)
    .filter(([, def]) => keys.includes(def.numerator) && keys.includes(def.denominator))
    .map(([rate, def]) => {
      const [now, yearBefore, before] = [current, lastYear, previous].map((counts) => ratio(counts, def.numerator, def.denominator));
      return {
        rate,
        label: def.label,
        current: now,
        lastYear: yearBefore,
        previous: before,
        yearOnYearPoints: pointsChange(now, yearBefore),
        periodOnPeriodPoints: pointsChange(now, before),
      };
    });
}

/** A split's row (a warning kind, a fraud type, a method, a victim group): its own figures compared, and the rates of those figures. */
export function toBreakdownRow(row: BreakdownRow, dimension: BreakdownDimension): IndicatorBreakdownRow {
  const labels: Record<string, string> = BREAKDOWNS[dimension].labels;
  return {
    key: row.category,
    label: labels[row.category] ?? '未注明类型',
    comparisons: BREAKDOWNS[dimension].keys.map((key) => comparisonOf(key, row.current, row.lastYear, row.previous)),
    rates: ratesOf(row.current, row.lastYear, row.previous, BREAKDOWNS[dimension].keys),
  };
}

export function toReportType(r: IndicatorReport): IndicatorReportType {
  return {
    unitId: r.unitId,
    asOf: r.asOf ?? null,
    unitName: r.unitName,
    areaCount: r.areaCount,
    population: r.population,
    from: r.period.from,
    to: r.period.to,
    current: apiIndicators(r.current),
    lastYear: apiIndicators(r.lastYearCounts),
    previous: apiIndicators(r.previousCounts),
    comparisons: INDICATOR_KEYS.map((key) => comparisonOf(key, r.current, r.lastYearCounts, r.previousCounts)),
    rates: ratesOf(r.current, r.lastYearCounts, r.previousCounts, INDICATOR_KEYS),
    casesPer10k: casesPer10k(r.current.cases, r.population),
    alertConversionPercent: percentOf(r.current.casesFromAlerts, r.current.alerts),
    stopEfficiency: stopEfficiency(r.current, r.previousCounts, r.lastYearCounts),
    forwardTime: warningStepTime(FORWARDING, r.current, r.previousCounts, r.lastYearCounts),
    checkTime: warningStepTime(ON_SITE_CHECK, r.current, r.previousCounts, r.lastYearCounts),
    outflowAbroad: outflowAbroadComparison(r.outflowAbroad),
  };
}

const averageMinutes = ({ stopMinutes, stopsTimed }: IndicatorCounts) => percentOf(stopMinutes, stopsTimed * 100, 1);

/** 止付效率 as the seeds count it: stops per minute of report-to-stop time, so a shorter average is a rise. */
function stopEfficiency(current: IndicatorCounts, previous: IndicatorCounts, lastYear: IndicatorCounts) {
  const comparable = current.stopMinutes > 0 && previous.stopsTimed > 0;
  return {
    averageMinutes: averageMinutes(current),
    previousAverageMinutes: averageMinutes(previous),
    lastYearAverageMinutes: averageMinutes(lastYear),
    periodOnPeriodPercent: comparable
      ? changePercent(current.stopsTimed * previous.stopMinutes, previous.stopsTimed * current.stopMinutes, 2)
      : null,
  };
}

export function toExplanationType(e: Explanation): ScoreExplanation {
  return {
    areaId: e.areaId,
    day: e.day,
    ruleSet: e.ruleSet,
    total: e.total,
    kind: e.rateTerms ? 'RATES' : 'ADDITIVE',
    terms: e.terms.map((t) => ({
      ...t,
      indicator: apiIndicatorName(t.indicator),
      value: display(t.indicator, t.value),
      per: perToApi(t.indicator, t.per),
      eventIds: e.eventIds.get(t.indicator) ?? [],
    })),
    rateTerms: (e.rateTerms ?? []).map(explainedTerm),
  };
}

/** A published version as GraphQL reads it: each kind's own fields filled, the other kind's empty. */
const RESIDENTS_LABEL = '常住人口';
/** Indicators summed into a rate, in Chinese: 止付金额＋冻结金额. */
const indicatorLabels = (keys: IndicatorKey[]) => keys.map((k) => INDICATORS[k].label).join('＋');

export function toRuleSetType(rules: RuleSet): RuleSetType {
  const { versionId, ruleSetId, name, effectiveFrom, publishedAt } = rules;
  const publishedBy = rules.publishedBy ?? null;
  const publishedByRole = rules.publishedByRole ?? null;
  const common = { versionId, ruleSetId, name, effectiveFrom, publishedAt: publishedAt ?? '', publishedBy, publishedByRole };
  if (isRateRuleSet(rules)) {
    const rateTerms = rules.rateTerms.map((t) => ({
      ...t,
      numerator: t.numerator.map(apiIndicatorName),
      numeratorLabel: indicatorLabels(t.numerator),
      denominator: t.denominator === RESIDENTS ? [RESIDENTS] : t.denominator.map(apiIndicatorName),
      denominatorLabel: t.denominator === RESIDENTS ? RESIDENTS_LABEL : indicatorLabels(t.denominator),
    }));
    return { ...common, kind: 'RATES', aggregation: null, terms: [], rateTerms, priorDays: rules.priorDays };
  }
  const terms = rules.terms.map((t) => ({ ...t, indicator: apiIndicatorName(t.indicator), per: perToApi(t.indicator, t.per) }));
  return { ...common, kind: 'ADDITIVE', aggregation: rules.aggregation, terms, rateTerms: [], priorDays: null };
}
