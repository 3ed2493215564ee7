import { addDays, businessDayOf } from '../src/common/business-day';
import { EventStore } from '../src/event-store/event-store.port';
import { PeriodRequest, resolvePeriod } from '../src/scoring/domain/resolve-period';
import { AsOfIndexService } from '../src/scoring/queries/as-of-index.service';
import { RankingRow, RankingService } from '../src/scoring/queries/ranking.service';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const RECORD_FACTS = `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded refused } }`;
const RANKING = `query($role: ChiefRole!, $period: PeriodInput!, $asOf: DateTime) { ranking(role: $role, period: $period, asOf: $asOf) {
  asOf period { from to previous { from to } }
  rows { subjectId rank score previousRank previousScore arrow moveProbability interval { low high } indicators { cases loss warningsReceived contacted dissuaded alerts } }
} }`;
const EXPLANATION = `query($subjectId: ID!, $period: PeriodInput!, $asOf: DateTime) {
  scoreExplanation(role: STATION_CHIEF, subjectId: $subjectId, period: $period, asOf: $asOf) {
    total terms { key numerator denominator rate shrunk reference points } } }`;
const REPORT = `query($unitId: ID!, $from: Day!, $to: Day!, $asOf: DateTime) { indicatorReport(unitId: $unitId, from: $from, to: $to, asOf: $asOf) {
  asOf current { cases loss alerts criminalAlerts casesFromAlerts warningsReceived contacted dissuaded victimsVisited suspectsApprehended }
  byFraudType { key comparisons { indicator current lastYear previous } }
  byMethod { key comparisons { indicator current } }
  byWarningKind { key comparisons { indicator current } } } }`;

const today = businessDayOf(new Date());
const period = { kind: 'RANGE', from: addDays(today, -20), to: addDays(today, -1) };
const at = (daysAgo: number, time: string) => `${addDays(today, -daysAgo)}T${time}:00+08:00`;
const STATIONS = ['st-a', 'st-b', 'st-c'];

/** A stage of a station's work: warnings reached or not, alerts, cases with losses, arrests. */
function work(stage: number, unitId: string, size: number) {
  return Array.from({ length: size }, (_, i) => {
    const daysAgo = 2 + ((i * 7 + stage * 3) % 18);
    const id = `${unitId}-${stage}-${i}`;
    const reached = (i + stage) % 4 !== 0;
    return [
      {
        receiveWarning: {
          unitId,
          instructionId: `YJ-${id}`,
          kind: i % 3 ? 'FUND' : 'FAMILIAR_POLICE',
          occurredAt: at(daysAgo, '09:00'),
          deadline: at(daysAgo, '21:00'),
        },
      },
      ...(reached
        ? [
            { recordWarningContact: { unitId, instructionId: `YJ-${id}`, method: 'FACE_TO_FACE', occurredAt: at(daysAgo, '09:40') } },
            { recordWarningDissuaded: { unitId, instructionId: `YJ-${id}`, occurredAt: at(daysAgo, '10:10') } },
          ]
        : []),
      ...(i % 2 === 0
        ? [
            {
              receiveFraudAlert: {
                unitId,
                alertId: `JQ-${id}`,
                fraudType: i % 4 ? 'INVESTMENT' : 'LOAN',
                occurredAt: at(daysAgo, '11:00'),
              },
            },
            {
              fileCase: {
                unitId,
                caseId: `AJ-${id}`,
                alertId: `JQ-${id}`,
                fraudType: i % 4 ? 'INVESTMENT' : 'LOAN',
                method: i % 3 ? 'SOCIAL_APP' : 'PHONE',
                loss: `${(1 + ((i * 37 + stage) % 90)) * 1000}.00`,
                occurredAt: at(daysAgo, '15:00'),
              },
            },
          ]
        : []),
      ...(i % 5 === 1
        ? [
            {
              apprehendSuspects: {
                unitId,
                operationId: `ZH-${id}`,
                count: 2,
                charge: 'FRAUD',
                measure: 'CRIMINAL',
                occurredAt: at(daysAgo, '16:00'),
              },
            },
          ]
        : []),
    ];
  }).flat();
}

/** What stage 2 corrects of stage 1: a case revoked, a loss amended, a case moved, an alert revoked, a victim visited. */
const corrections = [
  { revokeCase: { unitId: 'st-a', caseId: 'AJ-st-a-1-0', reason: '经核查不构成诈骗', occurredAt: at(1, '09:00') } },
  { amendCaseLoss: { unitId: 'st-b', caseId: 'AJ-st-b-1-2', loss: '88000.00', reason: '补充被骗流水', occurredAt: at(1, '09:10') } },
  {
    correctCaseTime: {
      unitId: 'st-c',
      caseId: 'AJ-st-c-1-4',
      filedAt: at(2, '08:00'),
      reason: '立案时间录错',
      occurredAt: at(1, '09:20'),
    },
  },
  { revokeFraudAlert: { unitId: 'st-a', alertId: 'JQ-st-a-1-2', reason: '经核查系咨询电话', occurredAt: at(1, '09:30') } },
  { visitVictim: { unitId: 'st-b', caseId: 'AJ-st-b-1-4', occurredAt: at(1, '10:00') } },
];

/**
 * Rankings, explanations and indicator reports "as known at" an instant must be what a service
 * started on the log as it stood then would answer: the log truncated at that instant, rebuilt.
 */
describe('as known at an instant', () => {
  let live: TestApp;
  let rebuilt: TestApp;
  let instant: string;
  let beforeFacts: string;

  const recordAll = async (facts: object[]) => {
    const system = live.tokens.mint({ subject: 'warning-platform', role: 'RECORDER', units: ['city'], kind: 'SYSTEM' });
    const res = await live.gql(RECORD_FACTS, { facts }, { authorization: `Bearer ${system}` });
    expect(res.errors ?? res.data?.recordFacts).toEqual({ recorded: facts.length, refused: 0 });
  };

  beforeAll(async () => {
    live = await startTestApp();
    await buildSmallCity(live);
    beforeFacts = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await recordAll(STATIONS.flatMap((unitId, s) => work(1, unitId, 24 + 8 * s)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    instant = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Later: more of the same days' work (late entries), and corrections of the first stage.
    await recordAll([...STATIONS.flatMap((unitId, s) => work(2, unitId, 30 - 8 * s)), ...corrections]);
    const log = live.app.get(EventStore);
    rebuilt = await startTestApp({
      seed: async (store) => {
        for await (const batch of log.readAll(0n)) {
          for (const e of batch.filter((e) => e.metadata.recordedAt <= instant)) {
            await store.append(e.streamId, [{ type: e.type, data: e.data, metadata: e.metadata }], 'any');
          }
        }
      },
    });
  }, 120_000);
  afterAll(async () => {
    await live?.close();
    await rebuilt?.close();
  });

  const asOf = (data: Record<string, any>) => {
    const [answer] = Object.values(data);
    expect(Date.parse(answer.asOf)).toBe(Date.parse(instant));
    return { ...answer, asOf: null };
  };

  it('ranks stations and counties as the log truncated at the instant ranks them, not as now', async () => {
    for (const role of ['STATION_CHIEF', 'COUNTY_CHIEF']) {
      const known = asOf(await live.ok(RANKING, { role, period, asOf: instant }));
      expect(known).toEqual((await rebuilt.ok(RANKING, { role, period })).ranking);
      expect(known).not.toEqual((await live.ok(RANKING, { role, period })).ranking);
    }
  });

  it('explains a score as known then, term by term', async () => {
    for (const subjectId of STATIONS) {
      const known = (await live.ok(EXPLANATION, { subjectId, period, asOf: instant })).scoreExplanation;
      expect(known).toEqual((await rebuilt.ok(EXPLANATION, { subjectId, period })).scoreExplanation);
    }
    const now = (await live.ok(EXPLANATION, { subjectId: 'st-a', period })).scoreExplanation;
    expect(now).not.toEqual((await live.ok(EXPLANATION, { subjectId: 'st-a', period, asOf: instant })).scoreExplanation);
  });

  it('lists the facts behind a term as known then: the case revoked later still counted, the revocation not yet made', async () => {
    const FACTS = `query($asOf: DateTime) { scoreFacts(role: STATION_CHIEF, subjectId: "st-a", period: { kind: RANGE, from: "${period.from}", to: "${period.to}" },
      term: "casesPer10k", first: 100, asOf: $asOf) { total facts { eventId what } } }`;
    const known = (await live.ok(FACTS, { asOf: instant })).scoreFacts;
    expect(known).toEqual((await rebuilt.ok(FACTS, {})).scoreFacts);
    const now = (await live.ok(FACTS, {})).scoreFacts;
    expect(now.facts.map((f: { what: string }) => f.what)).toContain('撤案');
    expect(known.facts.map((f: { what: string }) => f.what)).not.toContain('撤案');
    expect(known.total).toBeGreaterThan(0);
  });

  it('reports indicators and their splits as known then, the revoked case and the moved one where they were', async () => {
    for (const unitId of ['city', 'county-sx', 'st-c']) {
      const variables = { unitId, from: period.from, to: period.to };
      const known = asOf(await live.ok(REPORT, { ...variables, asOf: instant }));
      expect(known).toEqual({ ...(await rebuilt.ok(REPORT, variables)).indicatorReport, asOf: null });
    }
    const city = { unitId: 'city', from: period.from, to: period.to };
    const [then, now] = [
      (await live.ok(REPORT, { ...city, asOf: instant })).indicatorReport,
      (await live.ok(REPORT, city)).indicatorReport,
    ];
    expect(now.current.victimsVisited - then.current.victimsVisited).toBe(1);
    expect(then.current.cases).toBeLessThan(now.current.cases);
  });

  it('keeps the instant a letter’s figures are as known at, and cites the ranking as it stood then when asked', async () => {
    const draft = (letterId: string, asOf?: string) =>
      live.gql(
        `mutation($input: DraftLetterInput!) { draftLetter(input: $input) { letter { evidence { asOf rank score indicators { cases } } } } }`,
        {
          input: {
            letterId,
            unitId: 'st-b',
            title: '关于发案上升的工作提示',
            findings: '近期发案上升。',
            requirements: ['加强预警劝阻'],
            deadline: addDays(today, 10),
            evidence: { unitId: 'st-b', period, ...(asOf ? { asOf } : {}) },
          },
        },
        { 'x-actor': 'staff-li', 'x-actor-role': 'EVALUATION_STAFF' },
      );
    const row = async (asOf?: string) =>
      (await live.ok(RANKING, { role: 'STATION_CHIEF', period, asOf })).ranking.rows.find(
        (r: { subjectId: string }) => r.subjectId === 'st-b',
      );
    const before = Date.now();
    const cited = (await draft('L-then', instant)).data?.draftLetter.letter.evidence;
    const then = await row(instant);
    expect(cited).toMatchObject({ rank: then.rank, score: then.score, indicators: { cases: then.indicators.cases } });
    expect(Date.parse(cited.asOf)).toBe(Date.parse(instant));
    const current = (await draft('L-now')).data?.draftLetter.letter.evidence;
    expect(current).toMatchObject({ score: (await row()).score, indicators: { cases: (await row()).indicators.cases } });
    expect(Date.parse(current.asOf)).toBeGreaterThanOrEqual(before);
    expect(current.indicators.cases).not.toBe(cited.indicators.cases);
  });

  it('takes one copy of the index back instant by instant to the same rankings as each instant asked for alone', async () => {
    const rankings = live.app.get(RankingService);
    const resolved = resolvePeriod(period as PeriodRequest, today);
    const scores = (rows: RankingRow[]) => rows.map((r) => [r.subject.subjectId, r.rank, r.score]);
    const swept = await live.app
      .get(AsOfIndexService)
      .eachKnownAt([beforeFacts, instant], async (_, { index, context }) =>
        scores(await rankings.rankWith('STATION_CHIEF', resolved, { index, ruleSets: context.ruleSets, populations: context.populations })),
      );
    const alone = async (asOf: string) => scores((await rankings.ranking('STATION_CHIEF', period as PeriodRequest, {}, today, asOf)).rows);
    expect([...swept.values()]).toEqual([await alone(instant), await alone(beforeFacts)]);
    expect([...swept.values()][0]).not.toEqual([...swept.values()][1]);
  });

  it('exports the indicators and the ranking as known then, named so, and refuses a bad asOf by name', async () => {
    const csv = `/exports/indicators/county-sx.csv?from=${period.from}&to=${period.to}`;
    const then = await live.get(`${csv}&asOf=${encodeURIComponent(instant)}`);
    expect(then.status).toBe(200);
    expect(decodeURIComponent(then.headers.get('content-disposition')!)).toMatch(/-截至\d{4}-\d{2}-\d{2}-\d{4}\.csv/);
    const body = await then.text();
    expect(body).toBe(await (await rebuilt.get(csv)).text());
    expect(body).not.toBe(await (await live.get(csv)).text());
    const ranking = await live.get(
      `/exports/ranking.csv?role=STATION_CHIEF&kind=RANGE&from=${period.from}&to=${period.to}&asOf=${encodeURIComponent(instant)}`,
    );
    expect(ranking.status).toBe(200);
    const bad = await live.get(`${csv}&asOf=yesterday`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('asOf');
  });

  it('refuses an instant in the future, naming asOf', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const res = await live.gql(RANKING, { role: 'STATION_CHIEF', period, asOf: future });
    expect(res.errors?.[0].message).toMatch(/不能晚于当前时间/);
    expect(JSON.stringify(res.errors?.[0].extensions)).toContain('asOf');
  });
});
