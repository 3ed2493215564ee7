import type { IndicatorBreakdownRow, IndicatorComparison, IndicatorReportType } from '../../scoring/graphql/scoring.types';
import { isAmountName as isAmount } from '../../scoring/graphql/indicator-names';
import type { BreakdownDimension } from '../../scoring/queries/indicator-report.service';
import { Sheet, SheetColumn, figureCell, percentCell } from '../domain/sheet';

const withUnit = (c: Pick<IndicatorComparison, 'indicator' | 'label'>) => (isAmount(c.indicator) ? `${c.label}（元）` : c.label);

/**
 * The 指标 report as the screen shows it: the indicators with 同比 and 环比, the rates with their
 * numerators and denominators, and the splits by warning kind, fraud type, method and victim group, one sheet each.
 */
export function indicatorSheets(report: IndicatorReportType, splits: Record<BreakdownDimension, IndicatorBreakdownRow[]>): Sheet[] {
  const caption = (what: string) => `${report.unitName}\u3000${what}（${report.from}至${report.to}）`;
  return [
    {
      name: '指标',
      caption: caption(`指标与同比、环比；常住人口${report.population}人，每万人发案${report.casesPer10k ?? '—'}起`),
      columns: [
        { header: '指标', format: 'text', width: 26 },
        { header: '本期', format: 'yuan', width: 16 },
        { header: '去年同期', format: 'yuan', width: 16 },
        { header: '同比（%）', format: 'percent', width: 12 },
        { header: '上期', format: 'yuan', width: 16 },
        { header: '环比（%）', format: 'percent', width: 12 },
      ],
      rows: report.comparisons.map((c) => [
        withUnit(c),
        figureCell(c.current),
        figureCell(c.lastYear),
        percentCell(c.yearOnYearPercent),
        figureCell(c.previous),
        percentCell(c.periodOnPeriodPercent),
      ]),
      rowFormats: report.comparisons.map((c) => (isAmount(c.indicator) ? 'yuan' : 'count')),
    },
    {
      name: '比率',
      caption: caption('比率'),
      columns: [
        { header: '比率', format: 'text', width: 16 },
        { header: '本期（%）', format: 'percent', width: 12 },
        { header: '本期分子', format: 'count' },
        { header: '本期分母', format: 'count' },
        { header: '去年同期（%）', format: 'percent', width: 14 },
        { header: '去年同期分子', format: 'count', width: 14 },
        { header: '去年同期分母', format: 'count', width: 14 },
        { header: '上期（%）', format: 'percent', width: 12 },
        { header: '上期分子', format: 'count' },
        { header: '上期分母', format: 'count' },
        { header: '同比（百分点）', format: 'percent', width: 14 },
        { header: '环比（百分点）', format: 'percent', width: 14 },
      ],
      rows: report.rates.map((r) => [
        r.label,
        percentCell(r.current.percent),
        r.current.numerator,
        r.current.denominator,
        percentCell(r.lastYear.percent),
        r.lastYear.numerator,
        r.lastYear.denominator,
        percentCell(r.previous.percent),
        r.previous.numerator,
        r.previous.denominator,
        percentCell(r.yearOnYearPoints),
        percentCell(r.periodOnPeriodPoints),
      ]),
    },
    ...Object.entries(SPLIT_NAMES).map(([split, name]) =>
      breakdownSheet(`按${name}`, name, caption(`按${name}`), splits[split as BreakdownDimension]),
    ),
  ];
}

/** The report's splits, in the order of their sheets, by what each splits by. */
const SPLIT_NAMES: Record<BreakdownDimension, string> = {
  warningKind: '预警类型',
  fraudType: '诈骗类型',
  method: '作案手段',
  victimGroup: '受害群体',
};

/** One row per kind or type: each figure with last year's and the 同比, then the kind's rates. */
function breakdownSheet(name: string, header: string, caption: string, rows: IndicatorBreakdownRow[]): Sheet {
  const first = rows[0];
  const figures = first?.comparisons ?? [];
  const rates = first?.rates ?? [];
  const columns: SheetColumn[] = [
    { header, format: 'text', width: 18 },
    ...figures.flatMap((c): SheetColumn[] => [
      { header: withUnit(c), format: isAmount(c.indicator) ? 'yuan' : 'count', width: 14 },
      { header: `${c.label}去年同期`, format: isAmount(c.indicator) ? 'yuan' : 'count', width: 16 },
      { header: `${c.label}同比（%）`, format: 'percent', width: 14 },
    ]),
    ...rates.map((r): SheetColumn => ({ header: `${r.label}（%）`, format: 'percent', width: 14 })),
  ];
  return {
    name,
    caption,
    columns,
    rows: rows.map((row) => [
      row.label,
      ...row.comparisons.flatMap((c) => [figureCell(c.current), figureCell(c.lastYear), percentCell(c.yearOnYearPercent)]),
      ...row.rates.map((r) => percentCell(r.current.percent)),
    ]),
  };
}
