import { chineseMonthDay } from '../../common/chinese-date';
import { Day } from '../../common/business-day';
import type { BulletinFigures, RankedArea } from './bulletin-content';
import { formatWanYuan } from './wan-yuan';

/**
 * The bulletin text, one sentence per theme in the order leadership reads them: alerts (降警情 comes
 * first), warnings, cases and loss, strikes, recovery, then the best and worst defense areas. The
 * punctuation follows the seed bulletin: ASCII commas, 、 between list items, 。 ending sentences.
 */
export function bulletinText(day: Day, figures: BulletinFigures): string {
  return [
    alertsSentence(day, figures),
    warningsSentence(figures),
    casesSentence(figures),
    strikesSentence(figures),
    recoverySentence(figures),
    rankingSentences(day, figures),
  ].join('');
}

/** 第1名凤岗派出所(沙县,林建国)3.5分; scores to four decimals at most, the precision ranks are decided at. */
export function describeRankedArea(area: RankedArea): string {
  const who = [area.countyName, area.chiefName ?? '防区长空缺'].filter((part) => part !== null).join(',');
  return `第${area.rank}名${area.stationName}(${who})${Number(area.score.toFixed(4))}分`;
}

function alertsSentence(day: Day, f: BulletinFigures): string {
  if (f.alerts === 0) return `${chineseMonthDay(day)},全市未接报涉电诈刑事警情。`;
  const counties = f.alertsByCounty.map((c) => `${c.countyName}${c.alerts}起`).join('、');
  return `${chineseMonthDay(day)},全市共接报涉电诈刑事警情${f.alerts}起${counties ? `,${counties}` : ''}。`;
}

function warningsSentence(f: BulletinFigures): string {
  if (f.warningsReceived + f.faceToFace + f.dissuaded + f.victimisedAfterWarning === 0) return '当日无预警指令。';
  const rate = f.faceToFaceRate === null ? '' : `,见面率${f.faceToFaceRate}%`;
  return `接收预警指令${f.warningsReceived}条,见面${f.faceToFace}条${rate},劝阻成功${f.dissuaded}人,预警后被骗${f.victimisedAfterWarning}人。`;
}

function casesSentence(f: BulletinFigures): string {
  if (f.cases === 0 && f.lossFen === 0) return '当日无发案。';
  return `发案${f.cases}起,财损${formatWanYuan(f.lossFen)}万元。`;
}

function strikesSentence(f: BulletinFigures): string {
  if (f.casesSolved === 0 && f.suspectsApprehended === 0) return '当日无破案、抓获。';
  return `破案${f.casesSolved}起,抓获犯罪嫌疑人${f.suspectsApprehended}人。`;
}

function recoverySentence(f: BulletinFigures): string {
  const parts = (
    [
      ['止付', f.stoppedFen],
      ['冻结', f.frozenFen],
      ['返赃', f.returnedFen],
    ] as const
  )
    .filter(([, fen]) => fen !== 0)
    .map(([label, fen]) => `${label}${formatWanYuan(fen)}万元`);
  if (parts.length === 0) return '当日无止付、冻结、返赃。';
  return `${parts.join('、')},挽损共计${formatWanYuan(f.recoveredFen)}万元。`;
}

/** The ranking covers the month to date: a single day's handful of events ranks nobody fairly. */
function rankingSentences(day: Day, f: BulletinFigures): string {
  const list = (areas: RankedArea[]) => areas.map(describeRankedArea).join(';');
  const [, month, date] = day.split('-').map(Number);
  const period = date === 1 ? chineseMonthDay(day) : `${month}月1日至${date}日`;
  const top = f.top.length ? `${period}防区长排名前${f.top.length}名:${list(f.top)}。` : '';
  const bottom = f.bottom.length ? `后${f.bottom.length}名:${list(f.bottom)}。` : '';
  return top + bottom;
}
