import { formatYuan } from '../../common/money';
import { changePercent, percentOf } from '../../common/ratio';
import { INDICATORS, INDICATOR_KEYS, IndicatorCounts, RATES } from '../domain/indicators';
import { Explanation } from '../queries/score.service';
import { IndicatorReport } from '../queries/indicator-report.service';
import { IndicatorReportType, ScoreExplanation } from './scoring.types';

const display = (key: keyof IndicatorCounts, value: number) => (INDICATORS[key].unit === 'fen' ? formatYuan(value) : String(value));

const ratio = (counts: IndicatorCounts, numerator: keyof IndicatorCounts, denominator: keyof IndicatorCounts) => ({
  numerator: counts[numerator],
  denominator: counts[denominator],
  percent: percentOf(counts[numerator], counts[denominator]),
});

export function toReportType(r: IndicatorReport): IndicatorReportType {
  return {
    unitId: r.unitId,
    unitName: r.unitName,
    areaCount: r.areaCount,
    population: r.population,
    from: r.period.from,
    to: r.period.to,
    current: r.current,
    lastYear: r.lastYearCounts,
    previous: r.previousCounts,
    comparisons: INDICATOR_KEYS.map((key) => ({
      indicator: key,
      label: INDICATORS[key].label,
      current: display(key, r.current[key]),
      lastYear: display(key, r.lastYearCounts[key]),
      previous: display(key, r.previousCounts[key]),
      yearOnYearPercent: changePercent(r.current[key], r.lastYearCounts[key]),
      periodOnPeriodPercent: changePercent(r.current[key], r.previousCounts[key]),
    })),
    rates: Object.entries(RATES).map(([rate, def]) => ({
      rate,
      label: def.label,
      current: ratio(r.current, def.numerator, def.denominator),
      lastYear: ratio(r.lastYearCounts, def.numerator, def.denominator),
    })),
    // cases × 10,000 / population, as a percentage of (population / 100) to reuse exact rounding.
    casesPer10k: percentOf(r.current.cases * 100, r.population, 2),
  };
}

export function toExplanationType(e: Explanation): ScoreExplanation {
  return {
    areaId: e.areaId,
    day: e.day,
    ruleSet: e.ruleSet,
    total: e.total,
    terms: e.terms.map((t) => ({
      ...t,
      eventIds: e.eventIds.get(t.indicator) ?? [],
    })),
  };
}
