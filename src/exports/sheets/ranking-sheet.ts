import type { RankingType } from '../../scoring/graphql/ranking.types';
import { isAmountName as isAmount } from '../../scoring/graphql/indicator-names';
import { Cell, Sheet, SheetColumn, figureCell, percentCell } from '../domain/sheet';

/**
 * A ranking as the screen shows it, one row per subject: rank and its move, who, the score with its
 * 95% interval, cases per 10,000 residents, then each headline figure with its 同比 and 环比. The
 * figures are the API's own (the same mapping), so the file and the screen cannot disagree.
 */
export function rankingSheet(ranking: RankingType): Sheet {
  const headline = ranking.rows[0]?.headline ?? [];
  const county = ranking.rows.some((r) => r.countyName !== null);
  const columns: SheetColumn[] = [
    { header: '名次', format: 'count', width: 8 },
    { header: '升降', format: 'text', width: 8 },
    { header: '名次变化', format: 'count', width: 10 },
    { header: '名称', format: 'text', width: 18 },
    ...(county ? [{ header: '县（区）', format: 'text' as const, width: 16 }] : []),
    { header: '责任人', format: 'text', width: 12 },
    { header: '得分', format: 'score', width: 10 },
    { header: '得分95%区间下限', format: 'score', width: 16 },
    { header: '得分95%区间上限', format: 'score', width: 16 },
    { header: '每万人发案', format: 'score', width: 12 },
    ...headline.flatMap((h): SheetColumn[] => [
      { header: isAmount(h.indicator) ? `${h.label}（元）` : h.label, format: isAmount(h.indicator) ? 'yuan' : 'count', width: 14 },
      { header: `${h.label}同比（%）`, format: 'percent', width: 14 },
      { header: `${h.label}环比（%）`, format: 'percent', width: 14 },
    ]),
  ];
  const rows = ranking.rows.map((row): Cell[] => [
    row.rank,
    row.arrow || null,
    row.rankChange,
    row.name,
    ...(county ? [row.countyName] : []),
    row.chief?.name ?? '空缺',
    row.score,
    row.interval.low,
    row.interval.high,
    row.casesPer10k === null ? null : Number(row.casesPer10k),
    ...headline.flatMap(({ indicator }) => {
      const figure = row.headline.find((h) => h.indicator === indicator);
      return figure
        ? [figureCell(figure.current), percentCell(figure.yearOnYearPercent), percentCell(figure.periodOnPeriodPercent)]
        : [null, null, null];
    }),
  ]);
  return {
    name: ranking.roleLabel.replace(/[\\/?*[\]:]/g, ''),
    caption: `${ranking.roleLabel}排名\u3000${ranking.period.label}（${ranking.period.from}至${ranking.period.to}）`,
    columns,
    rows,
  };
}
