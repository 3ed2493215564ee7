import { Day } from '../../common/business-day';
import { percentOf } from '../../common/ratio';
import { PLACES_NAMED, bulletinText } from './bulletin-text';
import { countyShortName } from './county-short-name';

/** The day's city-wide figures a bulletin reports, with the labels officers read; amounts in fen. */
export const DAY_TOTALS = {
  /** The criminal alerts (涉电诈刑事警情), which the bulletin reports (see criminalAlertsOf). */
  alerts: '刑事警情数',
  warningsReceived: '预警指令数',
  faceToFace: '见面数',
  dissuaded: '劝阻成功数',
  victimisedAfterWarning: '预警后被骗数',
  cases: '发案数',
  lossFen: '财损（元）',
  casesSolved: '破案数',
  suspectsApprehended: '抓获数',
  stoppedFen: '止付金额（元）',
  frozenFen: '冻结金额（元）',
  returnedFen: '返赃金额（元）',
  recoveredFen: '挽损金额（元）',
} as const;

export type DayTotalKey = keyof typeof DAY_TOTALS;
export const DAY_TOTAL_KEYS = Object.keys(DAY_TOTALS) as DayTotalKey[];
export type DayTotals = Record<DayTotalKey, number>;

export interface CountyAlerts {
  countyId: string;
  countyName: string;
  alerts: number;
}

/** A row of the defense-area ranking as a bulletin lists it; the county by its short name. */
export interface RankedArea {
  rank: number;
  stationName: string;
  countyName: string | null;
  chiefName: string | null;
  score: number;
}

export interface BulletinFigures extends DayTotals {
  /** 见面率, percent with one decimal (e.g. "83.3"); null without warnings. */
  faceToFaceRate: string | null;
  /** Counties with alerts, in the bureau's administrative order. */
  alertsByCounty: CountyAlerts[];
  /** The first three places, with every area tied with the third. */
  top: RankedArea[];
  /** The last three places, with every area tied with them; never repeats a row of `top`, so a small city may have fewer. */
  bottom: RankedArea[];
  /** Most areas share one score: naming places would single out a few of many equals, so none are (top and bottom empty). */
  placesWithheld?: boolean;
}

/** What is frozen when a bulletin is published: the text leadership reads and the figures behind it. */
export interface BulletinContent {
  day: Day;
  text: string;
  figures: BulletinFigures;
}

/** One area's row of the day's daily indicators; columns added later may read as null. */
export type IndicatorRow = { areaId: string; criminalAlerts?: number | null } & { [K in DayTotalKey]?: number | null };

/** The bulletin's 刑事警情: the alerts flagged criminal or not flagged; a row read without the column, all of them. */
const criminalAlertsOf = (row: IndicatorRow) => row.criminalAlerts ?? row.alerts ?? 0;

export interface UnitRef {
  unitId: string;
  level: string;
  name: string;
  parentId: string | null;
}

export interface RankingRow {
  rank: number;
  stationName: string;
  countyName: string | null;
  chief: { name: string } | null;
  score: number;
}

export interface BulletinSources {
  day: Day;
  /** The day's daily-indicator rows, one per area with figures. */
  rows: IndicatorRow[];
  /** Every unit, in unit order: stations find their county through parentId. */
  units: UnitRef[];
  /** The 防区长 ranking of the month to date, in rank order. */
  ranking: RankingRow[];
  /** County unit ids in the bureau's administrative order; counties not listed follow in unit order. */
  countyOrder?: readonly string[];
}

export function buildBulletinContent({ day, rows, units, ranking, countyOrder = [] }: BulletinSources): BulletinContent {
  const cityName = units.find((u) => u.level === 'CITY')?.name ?? null;
  const shortName = (name: string) => countyShortName(name, cityName);
  const totals = sumTotals(rows);
  const ranked = ranking.map((r) => ({
    rank: r.rank,
    stationName: r.stationName,
    countyName: r.countyName === null ? null : shortName(r.countyName),
    chiefName: r.chief?.name ?? null,
    score: r.score,
  }));
  const figures: BulletinFigures = {
    ...totals,
    faceToFaceRate: percentOf(totals.faceToFace, totals.warningsReceived),
    alertsByCounty: alertsByCounty(rows, units, countyOrder).map((c) => ({ ...c, countyName: shortName(c.countyName) })),
    ...placesOf(ranked),
  };
  return { day, text: bulletinText(day, figures), figures };
}

function sumTotals(rows: IndicatorRow[]): DayTotals {
  const totals = Object.fromEntries(DAY_TOTAL_KEYS.map((k) => [k, 0])) as DayTotals;
  for (const row of rows) for (const key of DAY_TOTAL_KEYS) totals[key] += key === 'alerts' ? criminalAlertsOf(row) : (row[key] ?? 0);
  return totals;
}

/**
 * The first and last three places, each extended to the areas tied with its edge (a tie is never cut
 * in two), or none when the largest group of equal scores holds half the areas or more.
 */
function placesOf(ranked: RankedArea[]): Pick<BulletinFigures, 'top' | 'bottom' | 'placesWithheld'> {
  const largestTie = Math.max(0, ...countsOf(ranked.map((r) => r.rank)).values());
  if (ranked.length > 1 && largestTie * 2 >= ranked.length) return { top: [], bottom: [], placesWithheld: true };
  const third = ranked[Math.min(PLACES_NAMED, ranked.length) - 1]?.rank;
  const top = ranked.filter((r) => r.rank <= third);
  const bottomEdge = ranked[Math.max(ranked.length - PLACES_NAMED, top.length)]?.rank;
  const bottom = bottomEdge === undefined ? [] : ranked.slice(top.length).filter((r) => r.rank >= bottomEdge);
  return { top, bottom };
}

function countsOf<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Alerts summed per county through each station's parent, counties in administrative order. */
function alertsByCounty(rows: IndicatorRow[], units: UnitRef[], countyOrder: readonly string[]): CountyAlerts[] {
  const countyOf = new Map(units.filter((u) => u.level === 'STATION').map((s) => [s.unitId, s.parentId]));
  const alerts = new Map<string, number>();
  for (const row of rows) {
    const county = countyOf.get(row.areaId);
    if (county) alerts.set(county, (alerts.get(county) ?? 0) + criminalAlertsOf(row));
  }
  const place = (countyId: string) => (countyOrder.includes(countyId) ? countyOrder.indexOf(countyId) : countyOrder.length);
  return units
    .filter((u) => u.level === 'COUNTY' && (alerts.get(u.unitId) ?? 0) > 0)
    .map((c) => ({ countyId: c.unitId, countyName: c.name, alerts: alerts.get(c.unitId) as number }))
    .sort((a, b) => place(a.countyId) - place(b.countyId));
}
