import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const REPORT = `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) {
  current { warningsForwarded forwardMinutes checkedOnSite checkMinutes }
  forwardTime { count averageMinutes previousAverageMinutes lastYearAverageMinutes periodOnPeriodPercent }
  checkTime { count averageMinutes previousAverageMinutes lastYearAverageMinutes periodOnPeriodPercent }
  byWarningKind { key comparisons { indicator current previous } } } }`;
const RECEIVE = `mutation($input: ReceiveWarningInput!) { receiveWarning(input: $input) { eventIds } }`;
const FORWARD = `mutation($input: ForwardWarningInput!) { forwardWarning(input: $input) { eventIds } }`;
const CHECK = `mutation($input: CheckWarningOnSiteInput!) { checkWarningOnSite(input: $input) { eventIds } }`;
const RETRACT = `mutation($input: RetractWarningFactInput!) { retractWarningFact(input: $input) { eventIds } }`;
const RECORD_FACTS = `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded refused } }`;

/** Shanghai time on a day, `minutes` after 09:00: every warning here arrives at 09:00. */
const at = (day: string, minutes = 0) =>
  new Date(Date.parse(`${day}T09:00:00+08:00`) + minutes * 60_000).toISOString().replace('.000Z', 'Z');

type Comparison = { indicator: string; current: string; previous: string };

describe('the forwarding (流转) and on-site check (落地核查) of warnings, with their times', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  const march = (unitId = 'st-a') => t.ok(REPORT, { unitId, from: '2026-03-01', to: '2026-03-31' }).then((r) => r.indicatorReport);
  const receive = (instructionId: string, day: string, kind = 'CALL', unitId = 'st-a') =>
    t.ok(RECEIVE, { input: { unitId, instructionId, kind, occurredAt: at(day), deadline: at(day, 120) } });

  it('records both steps through GraphQL and recordFacts, and reports 流转用时 and 核查用时 with the period before and 环比', async () => {
    // February (the period before March's 31 days): forwarded after 10 and 20 minutes, checked after 60 and 90.
    for (const [id, forward, check] of [
      ['YJ-F1', 10, 60],
      ['YJ-F2', 20, 90],
    ] as const) {
      await receive(id, '2026-02-10');
      await t.ok(FORWARD, { input: { unitId: 'st-a', instructionId: id, occurredAt: at('2026-02-10', forward) } });
      await t.ok(CHECK, { input: { unitId: 'st-a', instructionId: id, result: 'MET', occurredAt: at('2026-02-10', check) } });
    }

    // March, sent by the warning platform: forwarded after 4, 6 and 11 minutes (one to another station), two checked.
    const steps: Array<[string, string, number, number | null]> = [
      ['YJ-M1', 'FUND', 4, 30],
      ['YJ-M2', 'CALL', 6, 45],
      ['YJ-M3', 'CALL', 11, null],
    ];
    const facts = steps.flatMap(([instructionId, kind, forward, check]) => {
      const common = { unitId: 'st-a', instructionId };
      return [
        { receiveWarning: { ...common, kind, occurredAt: at('2026-03-05'), deadline: at('2026-03-05', 120) } },
        {
          forwardWarning: {
            ...common,
            occurredAt: at('2026-03-05', forward),
            ...(instructionId === 'YJ-M3' ? { toUnitId: 'st-b' } : {}),
          },
        },
        ...(check === null ? [] : [{ checkWarningOnSite: { ...common, result: 'LIVES_ELSEWHERE', occurredAt: at('2026-03-05', check) } }]),
      ];
    });
    const system = t.tokens.mint({ subject: 'warning-platform', role: 'RECORDER', units: ['city'], kind: 'SYSTEM' });
    const res = await t.gql(RECORD_FACTS, { facts }, { authorization: `Bearer ${system}` });
    expect(res.data?.recordFacts).toEqual({ recorded: facts.length, refused: 0 });

    const report = await march();
    expect(report.current).toEqual({ warningsForwarded: 3, forwardMinutes: 21, checkedOnSite: 2, checkMinutes: 75 });
    // 21/3 = 7.0 minutes against 30/2 = 15.0: 53.3% shorter; 75/2 = 37.5 against 150/2 = 75.0: half.
    expect(report.forwardTime).toEqual({
      count: 3,
      averageMinutes: '7.0',
      previousAverageMinutes: '15.0',
      lastYearAverageMinutes: null,
      periodOnPeriodPercent: '-53.3',
    });
    expect(report.checkTime).toEqual({
      count: 2,
      averageMinutes: '37.5',
      previousAverageMinutes: '75.0',
      lastYearAverageMinutes: null,
      periodOnPeriodPercent: '-50.0',
    });

    // By warning kind: the fund warning's steps under 资金预警, the two call warnings' under 电话预警.
    const kind = (key: string) =>
      Object.fromEntries(
        (report.byWarningKind as Array<{ key: string; comparisons: Comparison[] }>)
          .find((k) => k.key === key)!
          .comparisons.map((c) => [c.indicator, c.current]),
      );
    expect(kind('FUND')).toMatchObject({ warningsForwarded: '1', forwardMinutes: '4', checkedOnSite: '1', checkMinutes: '30' });
    expect(kind('CALL')).toMatchObject({ warningsForwarded: '2', forwardMinutes: '17', checkedOnSite: '1', checkMinutes: '45' });
  });

  it("takes a retracted forwarding or check back on the warning's day, whenever retracted, and lets it be recorded again", async () => {
    await receive('YJ-R1', '2026-03-20', 'SMS');
    const forwarded = await t.ok(FORWARD, { input: { unitId: 'st-a', instructionId: 'YJ-R1', occurredAt: at('2026-03-20', 29) } });
    const checked = await t.ok(CHECK, {
      input: { unitId: 'st-a', instructionId: 'YJ-R1', result: 'NO_SUCH_PERSON', occurredAt: at('2026-03-20', 125) },
    });
    expect((await march()).current).toEqual({ warningsForwarded: 4, forwardMinutes: 50, checkedOnSite: 3, checkMinutes: 200 });

    const retract = (eventId: string) =>
      t.ok(RETRACT, { input: { unitId: 'st-a', instructionId: 'YJ-R1', eventId, reason: '误录', occurredAt: at('2026-04-02') } });
    await retract(checked.checkWarningOnSite.eventIds[0]);
    await retract(forwarded.forwardWarning.eventIds[0]);
    const after = await march();
    expect(after.current).toEqual({ warningsForwarded: 3, forwardMinutes: 21, checkedOnSite: 2, checkMinutes: 75 });
    expect(after.forwardTime.averageMinutes).toBe('7.0');
    expect((await t.ok(REPORT, { unitId: 'st-a', from: '2026-04-01', to: '2026-04-30' })).indicatorReport.current).toEqual({
      warningsForwarded: 0,
      forwardMinutes: 0,
      checkedOnSite: 0,
      checkMinutes: 0,
    });

    await t.ok(CHECK, { input: { unitId: 'st-a', instructionId: 'YJ-R1', result: 'MET', occurredAt: at('2026-03-20', 45) } });
    expect((await march()).current).toMatchObject({ checkedOnSite: 3, checkMinutes: 120 });
  });

  it.each([
    [
      'a forwarding before the warning',
      FORWARD,
      { instructionId: 'YJ-M1', occurredAt: at('2026-03-05', -1) },
      'occurredAt',
      '流转的时间不能早于预警指令的接收时间',
    ],
    [
      'a second forwarding',
      FORWARD,
      { instructionId: 'YJ-M1', occurredAt: at('2026-03-05', 20) },
      'instructionId',
      '预警指令 YJ-M1 已记录过流转',
    ],
    [
      'a forwarding after the check',
      FORWARD,
      { instructionId: 'YJ-R1', occurredAt: at('2026-03-20', 50) },
      'occurredAt',
      '流转的时间须不晚于落地核查的时间',
    ],
    [
      'a second check',
      CHECK,
      { instructionId: 'YJ-M2', result: 'MET', occurredAt: at('2026-03-05', 90) },
      'instructionId',
      '已记录过落地核查',
    ],
    [
      'a check before the forwarding',
      CHECK,
      { instructionId: 'YJ-M3', result: 'MET', occurredAt: at('2026-03-05', 10) },
      'occurredAt',
      '落地核查的时间须不早于流转的时间',
    ],
    [
      'a check of a warning never received',
      CHECK,
      { instructionId: 'YJ-NONE', result: 'MET', occurredAt: at('2026-03-05', 10) },
      'instructionId',
      '尚未接收',
    ],
    [
      'a forwarding to an unknown unit',
      FORWARD,
      { instructionId: 'YJ-R1', toUnitId: 'st-x', occurredAt: at('2026-03-20', 10) },
      'toUnitId',
      '"st-x" 不存在',
    ],
    [
      'a forwarding to the receiving unit',
      FORWARD,
      { instructionId: 'YJ-R1', toUnitId: 'st-a', occurredAt: at('2026-03-20', 10) },
      'toUnitId',
      '不填流转单位',
    ],
    [
      'a check with a result it does not know',
      CHECK,
      { instructionId: 'YJ-R1', result: 'SEEN', occurredAt: at('2026-03-20', 10) },
      'input.result',
      'Value "SEEN" does not exist in "CheckResult" enum',
    ],
  ])('refuses %s, naming the field, and records nothing', async (_name, mutation, fields, field, problem) => {
    const error = await t.refused(mutation, { input: { unitId: 'st-a', ...fields } });
    const problems = (error.extensions?.problems ?? []) as Array<{ field: string; problem: string }>;
    // A refusal by the decider names the field in its extensions, one by the schema in its message.
    expect(problems[0]?.field ?? error.extensions?.field ?? error.message).toContain(field);
    expect(error.message).toContain(problem);
  });
});
