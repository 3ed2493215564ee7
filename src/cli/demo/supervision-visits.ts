import { Day } from '../../common/business-day';
import { cityChiefs, linkedCounties, userOf } from './demo-chiefs';
import { DemoCity } from './demo-organization';
import { SupervisionCalendar, standing } from './supervision-calendar';
import { SupervisionClient } from './supervision-client';

/** What city chiefs point out besides the weakest station (点题), in the words of seeds 000–004. */
const GENERAL_POINTS = [
  '预警指令要逐条见面核查，杜绝以电话代替见面',
  '针对刷单、投资理财类诈骗高发人群开展精准宣防',
  '落实“五快一专”工作法，提高止付冻结时效',
  '网格群要覆盖到村（社区），宣防产品推送到户',
  '对本旬警情逐起复盘，查找防范漏洞',
  '用好“乡警返乡”熟警预警，提高劝阻成功率',
] as const;

export interface RecordedVisit {
  visitId: string;
  countyId: string;
  day: Day;
  /** Dekads before the last, as the calendar counts them. */
  back: number;
  /** The weakest station of the county, named in point 1. */
  stationId: string;
  stationName: string;
  /** A day of the dekad whose ranking point 1 cites. */
  citedDay: Day;
}

/**
 * Every city chief visits each linked county once a dekad, on a day of his own. A few visits are
 * missed along the way, and a third of the last dekad's are still to come, so the dekad's
 * coverage shows counties not yet visited.
 */
const missed = (back: number, chief: number, county: number) =>
  back === 0 ? (chief + county) % 3 === 0 : (chief * 3 + county + back) % 9 === 0;

export async function recordVisits(client: SupervisionClient, city: DemoCity, calendar: SupervisionCalendar): Promise<RecordedVisit[]> {
  const visits: RecordedVisit[] = [];
  for (let back = calendar.dekads.length - 1; back >= 0; back -= 1) {
    const { from, before, stationsBefore } = calendar.dekad(back);
    for (const [c, chief] of cityChiefs(city).entries()) {
      for (const [n, countyId] of linkedCounties(chief, from).entries()) {
        if (missed(back, c, n)) continue;
        const day = calendar.day(back, ((c + n) % 7) + 1);
        const weakest = stationsBefore.rows.filter((r) => r.countyId === countyId).at(-1);
        if (!weakest) continue;
        const points = [
          {
            text: `${weakest.unitName}${stationsBefore.label}${standing(stationsBefore, weakest, '防区')}，要求查找原因、限期整改`,
            stationId: weakest.unitId,
          },
          { text: GENERAL_POINTS[(c + back) % GENERAL_POINTS.length], stationId: null },
        ];
        const { visitId } = await client
          .at(day, '09:00')
          .record<{ visitId: string }>(
            'recordSupervisionVisit',
            'RecordSupervisionVisitInput',
            `visit:${chief.id}:${countyId}:${day}`,
            { chiefId: chief.id, countyId, day, points },
            userOf(chief),
            'visitId',
          );
        visits.push({ visitId, countyId, day, back, stationId: weakest.unitId, stationName: weakest.unitName, citedDay: before });
      }
    }
  }
  return visits;
}
