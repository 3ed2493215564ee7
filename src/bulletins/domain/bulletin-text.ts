import { chineseMonthDay } from '../../common/chinese-date';
import { Day } from '../../common/business-day';
import { formatAmountZh } from '../../common/money';
import type { BulletinFigures, RankedArea } from './bulletin-content';

/**
 * The bulletin text, one sentence per theme in the order leadership reads them: alerts (降警情 comes
 * first), warnings, cases and loss, strikes, recovery, then the best and worst defense areas. It is
 * published as it is, so it reads as a bureau writes: full-width punctuation (，：；（）), amounts in
 * 元 below 10,000 and in 万元 to two decimals above, scores to two decimals, and "无…" where a figure is 0.
 */
export function bulletinText(day: Day, figures: BulletinFigures): string {
  return [
    alertsSentence(day, figures),
    warningsSentence(figures),
    casesSentence(figures),
    strikesSentence(figures),
    recoverySentence(figures),
    rankingSentence(day, figures),
  ].join('');
}

const score = (value: number) => `${(Object.is(Math.round(value * 100), -0) ? 0 : value).toFixed(2)}分`;
const areaName = (area: RankedArea) =>
  `${area.stationName}（${[area.countyName, area.chiefName ?? '防区长空缺'].filter((part) => part !== null).join('，')}）`;

/** 第1名凤岗派出所（沙县，林建国）3.50分: one area, as a restatement names a place that changed. */
export function describeRankedArea(area: RankedArea): string {
  return `第${area.rank}名${areaName(area)}${score(area.score)}`;
}

/** Areas sharing a rank are named together: "甲（…）、乙（…）并列第118名，均31.20分". */
function describePlaces(areas: RankedArea[]): string {
  const groups: RankedArea[][] = [];
  for (const area of areas) {
    const last = groups[groups.length - 1];
    if (last && last[0].rank === area.rank) last.push(area);
    else groups.push([area]);
  }
  return groups
    .map((group) =>
      group.length === 1
        ? describeRankedArea(group[0])
        : `${group.map(areaName).join('、')}并列第${group[0].rank}名，均${score(group[0].score)}`,
    )
    .join('；');
}

function alertsSentence(day: Day, f: BulletinFigures): string {
  if (f.alerts === 0) return `${chineseMonthDay(day)}，全市未接报涉电诈刑事警情。`;
  const opening = `${chineseMonthDay(day)}，全市共接报涉电诈刑事警情${f.alerts}起`;
  const counties = f.alertsByCounty;
  if (counties.length === 0) return `${opening}。`;
  if (counties.length === 1 && counties[0].alerts === f.alerts) return `${opening}，均在${counties[0].countyName}。`;
  return `${opening}，其中${counties.map((c) => `${c.countyName}${c.alerts}起`).join('、')}。`;
}

/** A figure, or "无…" when it is 0: a bureau never writes "预警后被骗0人". */
const countOrNone = (count: number, written: string, none: string) => (count === 0 ? none : written);

function warningsSentence(f: BulletinFigures): string {
  if (f.warningsReceived + f.faceToFace + f.dissuaded + f.victimisedAfterWarning === 0) return '当日无预警指令。';
  const received = f.warningsReceived === 0 ? '当日无新接收预警指令' : `接收预警指令${f.warningsReceived}条`;
  const met = countOrNone(
    f.faceToFace,
    `见面${f.faceToFace}条${f.faceToFaceRate === null ? '' : `，见面率${f.faceToFaceRate}%`}`,
    '无见面',
  );
  return [
    received,
    met,
    countOrNone(f.dissuaded, `劝阻成功${f.dissuaded}人`, '无劝阻成功'),
    countOrNone(f.victimisedAfterWarning, `预警后被骗${f.victimisedAfterWarning}人`, '无预警后被骗'),
  ]
    .join('，')
    .concat('。');
}

function casesSentence(f: BulletinFigures): string {
  if (f.cases === 0) return '当日无发案。';
  return `发案${f.cases}起，${countOrNone(f.lossFen, `财损${formatAmountZh(f.lossFen)}`, '无财损')}。`;
}

function strikesSentence(f: BulletinFigures): string {
  if (f.casesSolved === 0 && f.suspectsApprehended === 0) return '当日无破案、无抓获。';
  return `${countOrNone(f.casesSolved, `破案${f.casesSolved}起`, '无破案')}，${countOrNone(
    f.suspectsApprehended,
    `抓获犯罪嫌疑人${f.suspectsApprehended}人`,
    '无抓获',
  )}。`;
}

function recoverySentence(f: BulletinFigures): string {
  const parts = (
    [
      ['止付', f.stoppedFen],
      ['冻结', f.frozenFen],
      ['返赃', f.returnedFen],
    ] as const
  ).filter(([, fen]) => fen !== 0);
  if (parts.length === 0) return '当日无止付、冻结、返赃。';
  if (parts.length === 1) return `挽损${formatAmountZh(f.recoveredFen)}，均为${parts[0][0]}。`;
  return `${parts.map(([label, fen]) => `${label}${formatAmountZh(fen)}`).join('、')}，挽损共计${formatAmountZh(f.recoveredFen)}。`;
}

/** The ranking covers the month to date: a single day's handful of events ranks nobody fairly. */
function rankingSentence(day: Day, f: BulletinFigures): string {
  const [, month, date] = day.split('-').map(Number);
  const period = date === 1 ? chineseMonthDay(day) : `${month}月1日至${date}日`;
  if (f.placesWithheld) return `${period}防区长排名：多数防区得分相同，本期不列前后名次。`;
  if (f.top.length === 0) return '';
  // A small city may have fewer than three areas left for the bottom; ties may name more than three.
  const places = (areas: RankedArea[]) => Math.min(PLACES_NAMED, areas.length);
  const bottom = f.bottom.length ? `；后${places(f.bottom)}名：${describePlaces(f.bottom)}` : '';
  return `${period}防区长排名前${places(f.top)}名：${describePlaces(f.top)}${bottom}。`;
}

/** Top and bottom three, as leadership reads them every morning (areas tied with the third included). */
export const PLACES_NAMED = 3;
