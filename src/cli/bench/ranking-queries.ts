import { Day } from '../../common/business-day';
import { PeriodRequest } from '../../scoring/domain/resolve-period';

/** What a ranking screen asks for: every row with its chief, trend and a few indicators. */
export const RANKING_QUERY = `query Ranking($role: ChiefRole!, $period: PeriodInput!) {
  ranking(role: $role, period: $period) {
    period { label }
    rows {
      rank name unitName countyName chief { name } score trend arrow rankChange smallNumbers casesPer10k
      indicators { alerts cases loss }
    }
  }
}`;

export const rankingBody = (period: PeriodRequest, role = 'STATION_CHIEF'): string =>
  JSON.stringify({ query: RANKING_QUERY, variables: { role, period } });

/**
 * Periods a bureau's screens ask for, ending on `last` (the last day with data): four of each kind,
 * from the latest days back into the previous year. Interleaved by kind, so consecutive requests
 * of a connection differ in kind and length.
 */
export function screenPeriods(last: Day): PeriodRequest[] {
  const year = Number(last.slice(0, 4));
  const day = (monthDay: string, back = 0) => `${year - back}-${monthDay}`;
  const days = [last, day('06-30'), day('03-31'), day('12-31', 1)];
  const ranges: Array<[Day, Day]> = [
    [`${last.slice(0, 8)}01`, last],
    [day('03-01'), day('05-31')],
    [day('07-01', 1), day('06-30')],
    [day('01-01'), day('01-31')],
  ];
  return days.flatMap((d, i): PeriodRequest[] => [
    { kind: 'DAY', day: d },
    { kind: 'DEKAD', day: d },
    { kind: 'MONTH', day: d },
    { kind: 'QUARTER', day: d },
    { kind: 'YEAR_TO_DATE', day: d },
    { kind: 'RANGE', from: ranges[i][0], to: ranges[i][1] },
  ]);
}

/** `receiveWarning` as the warning platform sends it: a new instruction, a new event, a new read-model batch. */
export const RECEIVE_WARNING = `mutation Receive($input: ReceiveWarningInput!) {
  receiveWarning(input: $input) { position duplicate projected }
}`;

/** The n-th warning appended during a load run, at `stationId` on `day` (each one a distinct instruction). */
export function receiveWarningBody(n: number, stationId: string, day: Day, run: string): string {
  const instructionId = `YJ-BENCH-${run}-${String(n).padStart(5, '0')}`;
  const minute = n % 600;
  const at = `${day}T${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+08:00`;
  const deadline = `${day}T23:59:00+08:00`;
  return JSON.stringify({
    query: RECEIVE_WARNING,
    variables: {
      input: {
        unitId: stationId,
        instructionId,
        kind: 'FUND',
        occurredAt: at,
        deadline,
        idempotencyKey: `warning-platform:${instructionId}`,
      },
    },
  });
}

/** An answer of the load is a ranking with no GraphQL error. */
export const isRanking = (body: string) => body.startsWith('{"data":{"ranking":') && !body.includes('"errors"');

/** What every answer of a load run must be, by name: a check crosses to a load generator's process by it. */
export const BODY_CHECKS = { ranking: isRanking };
export type BodyCheck = keyof typeof BODY_CHECKS;
