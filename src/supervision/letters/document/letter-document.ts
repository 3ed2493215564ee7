import { Day, businessDayOf } from '../../../common/business-day';
import { formatAmountZh } from '../../../common/money';
import { percentOf } from '../../../common/ratio';
import { rankAmong } from '../../../common/chinese-rank';
import { Evidence, rankedNoun, yearOnYear } from '../../evidence/domain/evidence';
import { LETTER_STATUS_LABELS } from '../domain/letter-status';
import { LetterRow } from '../projections/letters.projection';
import { chineseNumber } from './chinese-text';
import { chineseDate } from '../../../common/chinese-date';

/** One line of the figures table: this period, the same period last year, and the change (同比). */
export interface FigureLine {
  label: string;
  current: string;
  lastYear: string;
  change: string;
}

/** Everything the printed letter shows, as text: the HTML and the PDF lay out the same model. */
export interface LetterDocument {
  /** 文号, or （未编号） before issue. */
  number: string;
  /** Stamped across an unissued letter: 草稿 or 已撤回; null once issued. */
  mark: string | null;
  title: string;
  /** 主送单位, e.g. "沙县分局". */
  addressee: string;
  findings: string[];
  figuresCaption: string;
  figures: FigureLine[];
  /** Each with its ordinal, e.g. "一、加强预警劝阻". */
  requirements: string[];
  deadlineSentence: string;
  issuer: string | null;
  /** The date printed at the foot: the day of issue, or of the draft. */
  day: Day;
}

export const LETTER_HEADING = '工作提示函';

/** The printed letter as it reads from the letter's row. */
export function letterDocumentOf(letter: LetterRow): LetterDocument {
  const issued = letter.number !== null;
  return {
    number: letter.number ?? '（未编号）',
    mark: issued ? null : LETTER_STATUS_LABELS[letter.status],
    title: letter.title,
    addressee: letter.addressee.name,
    findings: letter.findings
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean),
    figuresCaption: figuresCaption(letter.evidence),
    figures: figureLines(letter.evidence),
    requirements: letter.requirements.map((r, i) => `${chineseNumber(i + 1)}、${r}`),
    deadlineSentence: `请于${chineseDate(letter.deadline)}前将整改落实情况书面回复。`,
    issuer: letter.issuer,
    day: letter.issuedOn ?? businessDayOf(letter.draftedAt),
  };
}

function figuresCaption(e: Evidence): string {
  const bulletin = e.bulletin ? `，见第${e.bulletin.number}期日通报（${chineseDate(e.bulletin.day)}）` : '';
  return `${e.unitName} ${e.period.label}主要指标（${chineseDate(e.period.from)}至${chineseDate(e.period.to)}${bulletin}）`;
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

/** The change of a rate in percentage points, exact: f1/w1 − f0/w0 = (f1·w0 − f0·w1) / (w1·w0); 持平 when there is none. */
function pointsChange(f1: number, w1: number, f0: number, w0: number): string {
  const points = percentOf(f1 * w0 - f0 * w1, w1 * w0);
  if (points === null) return '—';
  if (f1 * w0 === f0 * w1) return '持平';
  return `${points.startsWith('-') || /^0(\.0*)?$/.test(points) ? points : `+${points}`}个百分点`;
}
