import { Day, addDays, dekadOf } from '../../common/business-day';
import { rankAmong } from '../../common/chinese-rank';
import { SupervisionClient } from './supervision-client';

/** How many dekads of supervision the demo holds, up to its last day: about two months. */
export const SUPERVISED_DEKADS = 6;

/** A unit's place in a dekad's ranking, as the demo's staff read it. */
export interface RankedPlace {
  unitId: string;
  unitName: string;
  countyId: string | null;
  rank: number;
  cases: number;
}

export interface DekadRanking {
  /** e.g. "2026年11月上旬" */
  label: string;
  /** Best first. */
  rows: RankedPlace[];
}

export interface SupervisedDekad {
  from: Day;
  to: Day;
  /** The last day of the dekad before: the day to cite that dekad's figures by. */
  before: Day;
  /** The stations' ranking of the dekad before, which the dekad's visits and letters cite. */
  stationsBefore: DekadRanking;
  countiesBefore: DekadRanking;
}

/**
 * Where a unit stood among the `ranked` (防区, 县（区）), e.g. "在全市120个防区中排名第118位（倒数第3位），发案3起":
 * what letters, visits and listings cite.
 */
export function standing(ranking: DekadRanking, place: RankedPlace, ranked: string): string {
  const cases = place.cases > 0 ? `发案${place.cases}起` : '虽无发案，但预警劝阻、打击挽损得分偏低';
  return `在全市${rankAmong(place.rank, ranking.rows.length, ranked)}，${cases}`;
}

/** The calendar of the demo's supervision: its dekads, the earliest first, the last one holding the demo's last day. */
export class SupervisionCalendar {
  private constructor(
    readonly until: Day,
    readonly dekads: SupervisedDekad[],
  ) {}

  static async read(client: SupervisionClient, until: Day): Promise<SupervisionCalendar> {
    const spans: Array<{ from: Day; to: Day }> = [dekadOf(until)];
    while (spans.length < SUPERVISED_DEKADS) spans.unshift(dekadOf(addDays(spans[0].from, -1)));
    client.at(until);
    const dekads = await Promise.all(
      spans.map(async ({ from, to }) => {
        const before = addDays(from, -1);
        const [stationsBefore, countiesBefore] = await Promise.all([
          ranking(client, 'STATION_CHIEF', before),
          ranking(client, 'COUNTY_CHIEF', before),
        ]);
        return { from, to, before, stationsBefore, countiesBefore };
      }),
    );
    return new SupervisionCalendar(until, dekads);
  }

  /** The `n`-th day of the dekad `back` dekads before the last (0: the last), kept within the dekad and the demo. */
  day(back: number, n: number): Day {
    const { from, to } = this.dekad(back);
    return [addDays(from, n), to, this.until].sort()[0];
  }

  dekad(back: number): SupervisedDekad {
    return this.dekads[this.dekads.length - 1 - back];
  }

  /** Days after `day`, but not past the demo's last day. */
  after(day: Day, days: number): Day {
    const later = addDays(day, days);
    return later < this.until ? later : this.until;
  }
}

const RANKING = `query($role: ChiefRole!, $day: Day!) { ranking(role: $role, period: { kind: DEKAD, day: $day }) {
  period { label } rows { unitId unitName countyId rank indicators { cases } } } }`;

async function ranking(client: SupervisionClient, role: 'STATION_CHIEF' | 'COUNTY_CHIEF', day: Day): Promise<DekadRanking> {
  type Row = Omit<RankedPlace, 'cases'> & { indicators: { cases: number } };
  const { ranking: r } = await client.query<{ ranking: { period: { label: string }; rows: Row[] } }>(RANKING, { role, day });
  return { label: r.period.label, rows: r.rows.map(({ indicators, ...row }) => ({ ...row, cases: indicators.cases })) };
}
