import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const RATIO = `numerator denominator percent`;
const SPLIT = `key label comparisons { indicator current lastYear previous } rates { rate current { ${RATIO} } }`;
const REPORT = `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) {
  comparisons { indicator label current lastYear previous yearOnYearPercent periodOnPeriodPercent }
  rates { rate label current { ${RATIO} } lastYear { ${RATIO} } previous { ${RATIO} } yearOnYearPoints periodOnPeriodPoints }
  byMethod { ${SPLIT} } byVictimGroup { ${SPLIT} } byFraudType { key rates { rate } } byWarningKind { rates { rate } } } }`;
const RECORD_FACTS = `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded refused } }`;
const FILE = `mutation($input: FileCaseInput!) { fileCase(input: $input) { eventIds } }`;
const VISIT = `mutation($input: VisitVictimInput!) { visitVictim(input: $input) { eventIds } }`;
const RETRACT = `mutation($input: RetractVictimVisitInput!) { retractVictimVisit(input: $input) { eventIds } }`;
const REVOKE = `mutation($input: RevokeCaseInput!) { revokeCase(input: $input) { eventIds } }`;
const CORRECT_TIME = `mutation($input: CorrectCaseTimeInput!) { correctCaseTime(input: $input) { eventIds } }`;

/** April 2026 against March (环比) and April 2025 (同比). */
const APRIL = { from: '2026-04-01', to: '2026-04-30' };
const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;

type Split = Array<{
  key: string;
  label: string;
  comparisons: Array<{ indicator: string; current: string; lastYear: string; previous: string }>;
  rates: Array<{ rate: string; current: { numerator: number; denominator: number; percent: string | null } }>;
}>;
/** A split's rows as [key, label, cases, loss, victims visited, 回访率] this period, and cases last year and the period before. */
const rowsOf = (split: Split) =>
  split.map((row) => {
    const figure = (indicator: string) => row.comparisons.find((c) => c.indicator === indicator)!;
    return [
      row.key,
      row.label,
      figure('cases').current,
      figure('loss').current,
      figure('victimsVisited').current,
      row.rates.find((r) => r.rate === 'victimVisitRate')!.current.percent,
      figure('cases').lastYear,
      figure('cases').previous,
    ];
  });

describe('一案一分析 (cases by method and victim group) and 一案一回访 (return visits, 回访率)', () => {
  let t: TestApp;
  let mistaken: string;
  const report = async (unitId = 'st-a') => (await t.ok(REPORT, { unitId, ...APRIL })).indicatorReport;
  const record = async (mutation: string, input: Record<string, unknown>) => {
    const name = mutation.match(/\{ (\w+)\(/)![1];
    return (await t.ok(mutation, { input: { unitId: 'st-a', ...input } }))[name].eventIds[0] as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
    // Last April and this March from the case system through recordFacts: four cases by SMS a year
    // ago, one visited; four by online games in March, two visited.
    const system = t.tokens.mint({ subject: 'case-system', role: 'RECORDER', units: ['city'], kind: 'SYSTEM' });
    const earlier = (prefix: string, day: string, method: string, visited: number) =>
      [0, 1, 2, 3].flatMap((i) => [
        {
          fileCase: {
            unitId: 'st-a',
            caseId: `${prefix}-${i}`,
            fraudType: 'ORDER_BRUSHING',
            loss: '1000.00',
            method,
            victimGroup: 'EMPLOYEE',
            occurredAt: at(day),
          },
        },
        ...(i < visited ? [{ visitVictim: { unitId: 'st-a', caseId: `${prefix}-${i}`, occurredAt: at(day, '15:00') } }] : []),
      ]);
    const facts = [...earlier('AJ-2504', '2025-04-10', 'SMS', 1), ...earlier('AJ-2603', '2026-03-10', 'ONLINE_GAME', 2)];
    const sent = await t.gql(RECORD_FACTS, { facts }, { authorization: `Bearer ${system}` });
    expect(sent.data?.recordFacts).toEqual({ recorded: 11, refused: 0 });

    // This April through the mutations.
    const file = (caseId: string, day: string, loss: string, analysis: object) =>
      record(FILE, { caseId, fraudType: 'IMPERSONATING_OFFICIALS', loss, occurredAt: at(day), ...analysis });
    const elderlyByPhone = { method: 'PHONE', victimGroup: 'ELDERLY' };
    await file('AJ-1', '2026-04-03', '10000.00', elderlyByPhone);
    await record(VISIT, { caseId: 'AJ-1', occurredAt: at('2026-04-08'), visitedBy: '张警官', notes: '讲解冒充公检法手法' });
    await record(VISIT, { caseId: 'AJ-1', occurredAt: at('2026-04-20') }); // a second visit: not counted again
    await file('AJ-2', '2026-04-05', '3000.00', { method: 'SOCIAL_APP', victimGroup: 'STUDENT' });
    mistaken = await record(VISIT, { caseId: 'AJ-2', occurredAt: at('2026-04-09') });
    await record(RETRACT, { caseId: 'AJ-2', eventId: mistaken, reason: '回访记录录错案件', occurredAt: at('2026-04-10') });
    await file('AJ-3', '2026-04-06', '5000.00', { method: 'SOCIAL_APP', victimGroup: 'EMPLOYEE' });
    await record(VISIT, { caseId: 'AJ-3', occurredAt: at('2026-04-07') });
    await record(REVOKE, { caseId: 'AJ-3', reason: '不构成诈骗', occurredAt: at('2026-04-12') });
    await file('AJ-4', '2026-04-11', '2000.00', elderlyByPhone);
    await record(VISIT, { caseId: 'AJ-4', occurredAt: at('2026-04-15') });
    await file('AJ-5', '2026-04-12', '800.00', {}); // the case system said neither
    // Filed in March by mistake, visited, then re-dated to April: the case and its visit move to April.
    await file('AJ-6', '2026-03-28', '600.00', { method: 'SOCIAL_APP', victimGroup: 'STUDENT' });
    await record(VISIT, { caseId: 'AJ-6', occurredAt: at('2026-04-02') });
    await record(CORRECT_TIME, {
      caseId: 'AJ-6',
      filedAt: at('2026-04-01', '09:00'),
      reason: '立案时间录入错误',
      occurredAt: at('2026-04-13'),
    });
  }, 120_000);

  afterAll(() => t?.close());

  it('counts each case visited once on its filing day, and reports 回访率 with 同比 and 环比', async () => {
    const { comparisons, rates } = await report();
    const visited = comparisons.find((c: { indicator: string }) => c.indicator === 'victimsVisited');
    // April: AJ-1 (twice), AJ-4 and AJ-6 moved in; AJ-2's visit retracted, AJ-3 revoked with its visit.
    expect(visited).toEqual({
      indicator: 'victimsVisited',
      label: '回访受害人数',
      current: '3',
      lastYear: '1',
      previous: '2',
      yearOnYearPercent: '+200.0',
      periodOnPeriodPercent: '+50.0',
    });
    expect(comparisons.find((c: { indicator: string }) => c.indicator === 'cases')).toMatchObject({
      current: '5',
      lastYear: '4',
      previous: '4',
    });
    expect(rates.find((r: { rate: string }) => r.rate === 'victimVisitRate')).toEqual({
      rate: 'victimVisitRate',
      label: '回访率',
      current: { numerator: 3, denominator: 5, percent: '60.0' },
      lastYear: { numerator: 1, denominator: 4, percent: '25.0' },
      previous: { numerator: 2, denominator: 4, percent: '50.0' },
      yearOnYearPoints: '+35.0',
      periodOnPeriodPoints: '+10.0',
    });
  });

  it('splits cases, loss and victims visited by method and by victim group, corrections included', async () => {
    const { byMethod, byVictimGroup, byFraudType, byWarningKind } = await report();
    expect(rowsOf(byMethod)).toEqual([
      ['PHONE', '电话', '2', '12000.00', '2', '100.0', '0', '0'],
      ['SMS', '短信', '0', '0.00', '0', null, '4', '0'],
      ['SOCIAL_APP', '社交软件', '2', '3600.00', '1', '50.0', '0', '0'],
      ['ONLINE_GAME', '网络游戏', '0', '0.00', '0', null, '0', '4'],
      ['UNKNOWN', '未注明类型', '1', '800.00', '0', '0.0', '0', '0'],
    ]);
    // AJ-3, the only employee this April, was revoked: its row holds last year's and March's cases only.
    expect(rowsOf(byVictimGroup)).toEqual([
      ['ELDERLY', '老年人', '2', '12000.00', '2', '100.0', '0', '0'],
      ['STUDENT', '学生', '2', '3600.00', '1', '50.0', '0', '0'],
      ['EMPLOYEE', '企业员工', '0', '0.00', '0', null, '4', '4'],
      ['UNKNOWN', '未注明类型', '1', '800.00', '0', '0.0', '0', '0'],
    ]);
    // A fraud type's row keeps no visits, so no 回访率; a warning kind's rates stay the warning ones.
    expect(byFraudType[0].rates).toEqual([]);
    expect(byWarningKind.flatMap((r: { rates: Array<{ rate: string }> }) => r.rates.map((x) => x.rate))).not.toContain('victimVisitRate');
  });

  it('sums the splits over a county', async () => {
    const { byMethod } = (await t.ok(REPORT, { unitId: 'county-sx', ...APRIL })).indicatorReport;
    expect(rowsOf(byMethod)[0]).toEqual(['PHONE', '电话', '2', '12000.00', '2', '100.0', '0', '0']);
  });

  it('refuses to retract a visit twice', async () => {
    const error = await t.refused(RETRACT, {
      input: { unitId: 'st-a', caseId: 'AJ-2', eventId: mistaken, reason: '重复撤回', occurredAt: at('2026-04-20') },
    });
    expect(error.extensions?.problems).toEqual([expect.objectContaining({ field: 'eventId', problem: expect.stringContaining('已撤回') })]);
  });

  it.each([
    ['a visit of a case never filed', VISIT, { caseId: 'AJ-NONE', occurredAt: at('2026-04-20') }, 'caseId', '案件 AJ-NONE 尚未立案'],
    ['a visit before the filing', VISIT, { caseId: 'AJ-4', occurredAt: at('2026-04-10') }, 'occurredAt', '早于案件 AJ-4 的立案时间'],
    ['a visit of a revoked case', VISIT, { caseId: 'AJ-3', occurredAt: at('2026-04-20') }, 'caseId', '已撤案'],
    [
      'a retraction of an event that is not a visit of the case',
      RETRACT,
      { caseId: 'AJ-2', eventId: 'evt-none', reason: '重复录入', occurredAt: at('2026-04-20') },
      'eventId',
      '事件 evt-none 不是案件 AJ-2 记录的事实',
    ],
    [
      'a retraction without a reason',
      RETRACT,
      { caseId: 'AJ-1', eventId: 'x', reason: '', occurredAt: at('2026-04-20') },
      'reason',
      '须写明更正理由',
    ],
    [
      'a method the schema does not know',
      FILE,
      { caseId: 'AJ-9', fraudType: 'LOAN', loss: '1.00', method: 'PIGEON', occurredAt: at('2026-04-20') },
      'method',
      'Value "PIGEON" does not exist in "FraudMethod" enum',
    ],
  ])('refuses %s, naming the field, and records nothing', async (_name, mutation, fields, field, problem) => {
    const before = await report();
    const error = await t.refused(mutation, { input: { unitId: 'st-a', ...fields } });
    const problems = (error.extensions?.problems ?? []) as Array<{ field: string; problem: string }>;
    // A refusal by the decider or the validation names the field in its extensions, one by the schema in its message.
    expect(problems[0]?.field ?? error.extensions?.field ?? error.message).toContain(field);
    expect(problems[0]?.problem ?? error.message).toContain(problem);
    expect(await report()).toEqual(before);
  });
});
