import { chineseDate, chineseDateTime } from '../../../common/chinese-date';
import { rankAmong } from '../../../common/chinese-rank';
import { formatAmountZh } from '../../../common/money';
import { percentOf } from '../../../common/ratio';
import { Evidence, rankedNoun, yearOnYear } from '../../evidence/domain/evidence';
import { DocumentTable } from './official-document';

/** One line of the figures table: this period, the same period last year, and the change (同比). */
export interface FigureLine {
  label: string;
  current: string;
  lastYear: string;
  change: string;
}

/** "沙县分局 2026年4月主要指标（2026年4月1日至2026年4月20日，见第3期日通报（2026年4月17日））". */
export function figuresCaption(e: Evidence): string {
  const bulletin = e.bulletin ? `，见第${e.bulletin.number}期日通报（${chineseDate(e.bulletin.day)}）` : '';
  // The figures as known then: a fact recorded later may have changed them since.
  const known = e.asOf ? `，数据截至${chineseDateTime(e.asOf)}` : '';
  return `${e.unitName} ${e.period.label}主要指标（${chineseDate(e.period.from)}至${chineseDate(e.period.to)}${known}${bulletin}）`;
}

/** Cases and alerts first (降警情、控发案), then loss, warnings, the face-to-face rate and the rank. */
export function figureLines(e: Evidence): FigureLine[] {
  const now = e.indicators;
  const before = e.lastYear;
  const count = (label: string, current: number, lastYear: number, text: (n: number) => string = String): FigureLine => ({
    label,
    current: text(current),
    lastYear: text(lastYear),
    change: yearOnYear(current, lastYear) ?? '—',
  });
  const rate = (f: number, w: number) => (w === 0 ? '—' : `${percentOf(f, w)}%`);
  return [
    count('警情数（起）', now.alerts, before.alerts),
    count('发案数（起）', now.cases, before.cases),
    count('财损', now.lossFen, before.lossFen, formatAmountZh),
    count('预警指令数（条）', now.warningsReceived, before.warningsReceived),
    {
      label: '见面率',
      current: rate(now.faceToFace, now.warningsReceived),
      lastYear: rate(before.faceToFace, before.warningsReceived),
      change: pointsChange(now.faceToFace, now.warningsReceived, before.faceToFace, before.warningsReceived),
    },
    {
      label: '全市排名',
      current: e.rank === null ? '未参与排名' : `${rankAmong(e.rank, e.rankedOf, rankedNoun(e.role))}，得分${(e.score ?? 0).toFixed(2)}`,
      lastYear: '—',
      change: '—',
    },
  ];
}

/** The evidence as the body's table: 指标, 本期, 去年同期, 同比. */
export function figuresTable(caption: string, lines: FigureLine[]): DocumentTable {
  return {
    kind: 'table',
    caption,
    header: ['指标', '本期', '去年同期', '同比'],
    widths: [0.3, 0.26, 0.22, 0.22],
    textColumns: [],
    rows: lines.map((l) => [l.label, l.current, l.lastYear, l.change]),
  };
}

/** The change of a rate in percentage points, exact: f1/w1 − f0/w0 = (f1·w0 − f0·w1) / (w1·w0); 持平 when there is none. */
function pointsChange(f1: number, w1: number, f0: number, w0: number): string {
  const points = percentOf(f1 * w0 - f0 * w1, w1 * w0);
  if (points === null) return '—';
  if (f1 * w0 === f0 * w1) return '持平';
  return `${points.startsWith('-') || /^0(\.0*)?$/.test(points) ? points : `+${points}`}个百分点`;
}
