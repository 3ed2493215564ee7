import { Day } from '../../../common/business-day';
import { rankAmong } from '../../../common/chinese-rank';
import { changePercent, percentOf } from '../../../common/ratio';
import { formatAmountZh } from '../../../common/money';
import { ChiefRole } from '../../../organization/events/organization.events';
import { IndicatorCounts } from '../../../scoring/domain/indicators';
import { PeriodKind } from '../../../scoring/domain/resolve-period';

/** A published bulletin an action cites: enough to find it and to prove it is the one published. */
export interface BulletinCitation {
  day: Day;
  number: number;
  hash: string;
}

/**
 * The figures a letter, interview, listing or problem rests on, frozen into its event when it is
 * raised: later events may change the unit's figures, never what the action was based on.
 */
export interface Evidence {
  unitId: string;
  unitName: string;
  /** The ranking the unit was placed in: county chiefs for a county, station chiefs for a station. */
  role: ChiefRole;
  period: { kind: PeriodKind; from: Day; to: Day; label: string };
  rank: number | null;
  rankedOf: number;
  score: number | null;
  indicators: IndicatorCounts;
  lastYear: IndicatorCounts;
  bulletin: BulletinCitation | null;
  /**
   * The instant the figures are as known at (facts recorded later left out): the ranking can be
   * asked for again as it stood then. Absent on evidence gathered before it was kept.
   */
  asOf?: string;
}

/**
 * One line officers read, e.g. "2026年4月中旬 沙县：得分-12.5，全市12个县（区）中排名第11位（倒数第2位）；
 * 发案12起（同比+50.0%），财损3.20万元；见面率95.0%".
 */
export function evidenceSummary(e: Evidence): string {
  const place =
    e.rank === null ? '未参与排名' : `得分${(e.score ?? 0).toFixed(2)}，全市${rankAmong(e.rank, e.rankedOf, rankedNoun(e.role))}`;
  const cases =
    e.indicators.cases === 0
      ? `无发案${e.lastYear.cases ? `（去年同期${e.lastYear.cases}起）` : ''}`
      : `发案${e.indicators.cases}起（同比${yearOnYear(e.indicators.cases, e.lastYear.cases) ?? '—'}）`;
  const loss = e.indicators.lossFen === 0 ? '无财损' : `财损${formatAmountZh(e.indicators.lossFen)}`;
  const faceToFace = percentOf(e.indicators.faceToFace, e.indicators.warningsReceived);
  const warnings = faceToFace === null ? '无预警指令' : `见面率${faceToFace}%`;
  const bulletin = e.bulletin ? `；见第${e.bulletin.number}期日通报（${e.bulletin.day}）` : '';
  return `${e.period.label} ${e.unitName}：${place}；${cases}，${loss}；${warnings}${bulletin}`;
}

/** What a ranking ranked, as a sentence counts them: stations' defense areas (防区) or counties (县（区）). */
export const rankedNoun = (role: ChiefRole): string => (role === 'STATION_CHIEF' ? '防区' : '县（区）');

/**
 * The change on the same period a year earlier (同比) as officers write it: "+50.0%", "-20.0%", or
 * "持平" when the count is unchanged; null when a year earlier was 0 and there is nothing to compare.
 */
export function yearOnYear(current: number, lastYear: number): string | null {
  if (lastYear === 0) return null;
  return current === lastYear ? '持平' : `${changePercent(current, lastYear)}%`;
}
