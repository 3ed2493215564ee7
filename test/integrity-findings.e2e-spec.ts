import { addDays, businessDayOf } from '../src/common/business-day';
import { defaultRuleSetPublication } from '../src/scoring/default-rule-set.seeder';
import { DEFAULT_RULE_SET } from '../src/scoring/domain/default-rule-set';
import { ruleSetStream } from '../src/scoring/events/rule-set.events';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const FINDINGS = `query($unitId: ID!, $from: Day!, $to: Day!) { integrityFindings(unitId: $unitId, from: $from, to: $to) {
  findingId detector detectorLabel unitId unitName about summary statisticName statistic threshold flagsWhen evidence
  verification { outcome outcomeLabel reason verifiedBy } } }`;
const VERIFY = `mutation($input: VerifyFindingInput!) { verifyFinding(input: $input) { eventIds } }`;
const STAFF = { 'x-actor': 'staff-li', 'x-actor-role': 'EVALUATION_STAFF' };

type Finding = { findingId: string; detector: string; unitId: string; about: string; summary: string; verification: unknown };

/** 数据质量线索 through the API: the detectors over recorded facts, for staff only, and their 核查. */
describe('integrity findings', () => {
  let t: TestApp;
  const today = businessDayOf(new Date());
  const period = { from: addDays(today, -12), to: addDays(today, -1) };
  const at = (day: string, time: string) => `${day}T${time}:00+08:00`;
  let beforeFacts: string;

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
    beforeFacts = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Ten days of warnings: 凤岗 reports every one of its 320 contacted face to face, in time and dissuaded;
    // 虬江 and 均溪 about four in five, as stations truly manage.
    const system = t.tokens.mint({ subject: 'warning-platform', role: 'RECORDER', units: ['city'], kind: 'SYSTEM' });
    const warnings = (unitId: string, n: number, perfect: boolean) =>
      Array.from({ length: n }, (_, i) => {
        const day = addDays(period.from, 1 + (i % 10));
        const instructionId = `YJ-${unitId}-${i}`;
        const good = perfect || i % 5 !== 0;
        return [
          { receiveWarning: { unitId, instructionId, kind: 'FUND', occurredAt: at(day, '09:00'), deadline: at(day, '21:00') } },
          {
            recordWarningContact: {
              unitId,
              instructionId,
              method: good ? 'FACE_TO_FACE' : 'PHONE',
              // Each contact at its own minute, as officers reach people one by one.
              occurredAt: at(day, `${good ? 10 : 22}:${String(Math.floor(i / 10)).padStart(2, '0')}`),
            },
          },
          ...(good ? [{ recordWarningDissuaded: { unitId, instructionId, occurredAt: at(day, '10:30') } }] : []),
        ];
      }).flat();
    for (const facts of [warnings('st-a', 320, true), warnings('st-b', 300, false), warnings('st-c', 300, false)]) {
      for (let i = 0; i < facts.length; i += 1000) {
        const batch = facts.slice(i, i + 1000);
        const res = await t.gql(
          `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded refused } }`,
          { facts: batch },
          {
            authorization: `Bearer ${system}`,
          },
        );
        expect(res.data?.recordFacts).toEqual({ recorded: batch.length, refused: 0 });
      }
    }
  });
  afterAll(() => t.close());

  const findings = async (unitId: string) => (await t.ok(FINDINGS, { unitId, ...period })).integrityFindings as Finding[];

  it('flags the perfect records of 凤岗 only, each rate with its chance, threshold and evidence', async () => {
    const found = await findings('county-sx');
    expect(found.map((f) => [f.detector, f.unitId, f.about])).toEqual([
      ['TOO_GOOD', 'st-a', '及时见面/联系率'],
      ['TOO_GOOD', 'st-a', '见面率'],
      ['TOO_GOOD', 'st-a', '劝阻成功率'],
    ]);
    // Each cites the records behind its numerator: 凤岗's 320 contacts, and its 320 dissuasions.
    expect(found.map((f) => (f as Finding & { evidence: string[] }).evidence.length)).toEqual([320, 320, 320]);
    expect(new Set((found[2] as Finding & { evidence: string[] }).evidence).size).toBe(320);
    expect(found[2]).toMatchObject({
      detectorLabel: '好得难以置信的比率',
      unitName: '凤岗派出所',
      summary: expect.stringMatching(/^劝阻成功率100\.0%（320\/320），即使按97\.0%的最好水平，出现的概率也仅为/),
      threshold: 0.001,
      flagsWhen: 'BELOW',
      verification: null,
    });
    // A county sees its own stations' findings; another county's, none of them.
    expect(await findings('county-dt')).toEqual([]);
  });

  it('finds as the facts known at an instant gave it, and says which instant: before the warnings were recorded, nothing', async () => {
    const asOf = `query($unitId: ID!, $from: Day!, $to: Day!, $asOf: DateTime) {
      integrityFindings(unitId: $unitId, from: $from, to: $to, asOf: $asOf) { findingId asOf } }`;
    const now = (await t.ok(asOf, { unitId: 'city', ...period })).integrityFindings as Array<{ findingId: string; asOf: string }>;
    expect(now).toHaveLength(3);
    expect(Date.now() - Date.parse(now[0].asOf)).toBeLessThan(60_000);
    expect((await t.ok(asOf, { unitId: 'city', ...period, asOf: beforeFacts })).integrityFindings).toEqual([]);
    const later = new Date().toISOString();
    const then = (await t.ok(asOf, { unitId: 'city', ...period, asOf: later })).integrityFindings as typeof now;
    expect(then.map((f) => [f.findingId, Date.parse(f.asOf)])).toEqual(now.map((f) => [f.findingId, Date.parse(later)]));
  });

  it('is for staff and leadership only: the unit concerned never sees its findings', async () => {
    const chief = await t.gql(FINDINGS, { unitId: 'st-a', ...period }, { 'x-actor': 'chief-st-a', 'x-actor-role': 'STATION_CHIEF' });
    expect(chief.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const leadership = await t.gql(FINDINGS, { unitId: 'st-a', ...period }, { 'x-actor': 'leader', 'x-actor-role': 'LEADERSHIP' });
    expect(leadership.errors).toBeUndefined();
  });

  it('records staff’s verdict once, with its reason, and shows it with the finding', async () => {
    const [finding] = await findings('st-a');
    const input = {
      findingId: finding.findingId,
      unitId: 'st-a',
      ...period,
      outcome: 'EXPLAINED',
      reason: '抽查20条回访属实，该所推行专人专班',
    };
    const leader = await t.gql(VERIFY, { input }, { 'x-actor': 'leader', 'x-actor-role': 'LEADERSHIP' });
    expect(leader.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    expect((await t.gql(VERIFY, { input }, STAFF)).errors).toBeUndefined();
    const verified = (await findings('st-a')).find((f) => f.findingId === finding.findingId)!;
    expect(verified.verification).toEqual({
      outcome: 'EXPLAINED',
      outcomeLabel: '已作出合理解释',
      reason: '抽查20条回访属实，该所推行专人专班',
      verifiedBy: 'staff-li',
    });

    const again = await t.gql(VERIFY, { input: { ...input, outcome: 'CONFIRMED' } }, STAFF);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(again.errors?.[0].message).toContain('已核查（已作出合理解释）');
  });

  it('shows the unit concerned its findings once decided, and only those, as decided', async () => {
    const VERDICTS = `query($unitId: ID!) { integrityVerdicts(unitId: $unitId) {
      unitId unitName detectorLabel about summary from to verification { outcomeLabel reason } } }`;
    const chief = { 'x-actor': 'chief-st-a', 'x-actor-role': 'STATION_CHIEF' };
    const own = await t.gql(VERDICTS, { unitId: 'st-a' }, chief);
    expect(own.errors).toBeUndefined();
    // Three leads about 凤岗, one decided (the test before): that one alone, with its verdict.
    expect(own.data?.integrityVerdicts).toEqual([
      {
        unitId: 'st-a',
        unitName: '凤岗派出所',
        detectorLabel: '好得难以置信的比率',
        about: '及时见面/联系率',
        summary: expect.stringMatching(/^及时见面\/联系率100\.0%（320\/320）/),
        ...period,
        verification: { outcomeLabel: '已作出合理解释', reason: '抽查20条回访属实，该所推行专人专班' },
      },
    ]);
    const county = await t.gql(VERDICTS, { unitId: 'county-sx' }, { 'x-actor': 'chief-sx', 'x-actor-role': 'COUNTY_CHIEF' });
    expect(county.data?.integrityVerdicts).toHaveLength(1);
    const chiefB = t.tokens.mint({ subject: 'chief-st-b', role: 'STATION_CHIEF', units: ['st-b'] });
    const other = await t.gql(VERDICTS, { unitId: 'st-a' }, { authorization: `Bearer ${chiefB}` });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      (await t.gql(VERDICTS, { unitId: 'county-dt' }, { 'x-actor': 'chief-dt', 'x-actor-role': 'COUNTY_CHIEF' })).data?.integrityVerdicts,
    ).toEqual([]);
  });

  it('refuses a finding the period does not have, and a verdict without a reason, naming the field', async () => {
    const input = { findingId: 'no-such', unitId: 'st-a', ...period, outcome: 'CONFIRMED', reason: '核查属实' };
    const unknown = await t.gql(VERIFY, { input }, STAFF);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'findingId' }] });
    const [, second] = await findings('st-a');
    const blank = await t.gql(VERIFY, { input: { ...input, findingId: second.findingId, reason: '' } }, STAFF);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'input.reason' }] });
    expect((await findings('st-a')).find((f) => f.findingId === second.findingId)!.verification).toBeNull();
  });
});

/** The province sets 数额较大 (LOSS_THRESHOLDS_YUAN): a station pushing its losses under it is a lead, however high it is set. */
describe('bunching of losses under the configured threshold', () => {
  let t: TestApp;
  const today = businessDayOf(new Date());
  const period = { from: addDays(today, -20), to: addDays(today, -1) };

  beforeAll(async () => {
    const saved = process.env.LOSS_THRESHOLDS_YUAN;
    process.env.LOSS_THRESHOLDS_YUAN = '5000';
    t = await startTestApp().finally(() =>
      saved === undefined ? delete process.env.LOSS_THRESHOLDS_YUAN : (process.env.LOSS_THRESHOLDS_YUAN = saved),
    );
    await buildSmallCity(t);
    // 凤岗 files fifteen of its sixteen cases near ¥5,000 just under it; the others' fall either side.
    const losses: Record<string, number[]> = {
      'st-a': [4900, 4850, 4990, 4700, 4950, 4800, 4600, 4980, 4920, 5300, 4880, 4960, 4750, 4990, 4820, 4930],
      'st-b': [4300, 5400, 4700, 5600, 4500, 5200, 5800, 4200],
      'st-c': [4100, 5100, 4400, 5500, 5900, 4600, 5300, 4800],
    };
    const system = t.tokens.mint({ subject: 'case-system', role: 'RECORDER', units: ['city'], kind: 'SYSTEM' });
    const facts = Object.entries(losses).flatMap(([unitId, amounts]) =>
      amounts.map((yuan, i) => ({
        fileCase: {
          unitId,
          caseId: `AJ-${unitId}-${i}`,
          fraudType: 'LOAN',
          loss: `${yuan}.00`,
          occurredAt: `${addDays(period.from, 1 + (i % 18))}T10:00:00+08:00`,
        },
      })),
    );
    const res = await t.gql(
      `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded refused } }`,
      { facts },
      {
        authorization: `Bearer ${system}`,
      },
    );
    expect(res.data?.recordFacts).toEqual({ recorded: facts.length, refused: 0 });
  });
  afterAll(() => t?.close());

  it('flags 凤岗 under ¥5,000, not the ¥3,000 default, and names the threshold', async () => {
    const found = (await t.ok(FINDINGS, { unitId: 'city', ...period })).integrityFindings as Finding[];
    expect(found.map((f) => [f.detector, f.unitId, f.about])).toEqual([['BUNCHING', 'st-a', '低于5000元']]);
  });
});

/**
 * Revocations bunched after the month ranking that put a station last, as leadership read it the
 * first morning after: the ranking is found from the rankings themselves, as they stood then.
 */
describe('corrections after a bad month ranking', () => {
  let t: TestApp;
  // The latest month whose ranking was read at least three days ago (so the corrections two days after it are past).
  const now = Date.now();
  let close = `${businessDayOf(new Date(now)).slice(0, 8)}01`;
  if (Date.parse(`${close}T09:00:00+08:00`) > now - 3 * 86_400_000) close = `${addDays(close, -1).slice(0, 8)}01`;
  const readAt = Date.parse(`${close}T09:00:00+08:00`);
  const period = { from: addDays(close, -10), to: businessDayOf(new Date(now)) };
  const iso = (ms: number) => new Date(ms).toISOString();

  beforeAll(async () => {
    const filedAt = (i: number) => `${addDays(close, -20 + i)}T10:00:00+08:00`;
    const metadata = (unitId: string, occurredAt: string, recordedAt: string, key: string) => ({
      occurredAt,
      recordedAt,
      unitId,
      actor: { subject: 'case-system', role: 'RECORDER' },
      source: 'case-system',
      correlationId: key,
      causationId: key,
      idempotencyKey: key,
    });
    t = await startTestApp({
      seed: async (store) => {
        // A service running for years: its default rules were published long before the month ranked.
        const rules = defaultRuleSetPublication(DEFAULT_RULE_SET, '2020-01-01T00:00:00.000Z', 'initial');
        await store.append(ruleSetStream(DEFAULT_RULE_SET.ruleSetId), [rules], 'no_stream');
        // Last month 均溪 filed eight cases of ¥80,000, the others one each: 均溪 is last of three.
        const cases = [...Array.from({ length: 8 }, (_, i) => ['st-c', i]), ['st-a', 0], ['st-b', 0]] as Array<[string, number]>;
        for (const [unitId, i] of cases) {
          const caseId = `AJ-${unitId}-${i}`;
          const occurredAt = filedAt(i);
          await store.append(
            `case-${caseId}`,
            [
              {
                type: 'CaseFiled',
                data: { caseId, fraudType: 'LOAN', lossFen: 8_000_000 },
                metadata: metadata(unitId, occurredAt, occurredAt, `file-${caseId}`),
              },
            ],
            'no_stream',
          );
        }
        // 虬江 types in six cases of the month's last week three days after its ranking was read.
        for (let i = 0; i < 6; i++) {
          const caseId = `AJ-st-b-late-${i}`;
          const occurredAt = `${addDays(close, -8 + i)}T10:00:00+08:00`;
          const data = { caseId, fraudType: 'LOAN', lossFen: 500_000 };
          await store.append(
            `case-${caseId}`,
            [{ type: 'CaseFiled', data, metadata: metadata('st-b', occurredAt, iso(readAt + 3 * 86_400_000), `file-${caseId}`) }],
            'no_stream',
          );
        }
        // Two days after the ranking was read, 均溪 revokes six of its cases at once.
        for (let i = 0; i < 6; i++) {
          const caseId = `AJ-st-c-${i}`;
          const at = iso(readAt + 2 * 86_400_000 + i * 60_000);
          const data = { caseId, reason: '经核查不构成诈骗', lossFen: 8_000_000, caseFiledAt: new Date(filedAt(i)).toISOString() };
          await store.append(`case-${caseId}`, [{ type: 'CaseRevoked', data, metadata: metadata('st-c', at, at, `revoke-${caseId}`) }], 0n);
        }
      },
    });
    await buildSmallCity(t, '2020-01-01');
  });
  afterAll(() => t?.close());

  it('flags 虬江’s cases typed in after the month’s ranking was read, naming that ranking', async () => {
    const found = (await t.ok(FINDINGS, { unitId: 'city', ...period })).integrityFindings as Finding[];
    const month = `${Number(addDays(close, -1).slice(0, 4))}年${Number(addDays(close, -1).slice(5, 7))}月`;
    const late = found.filter((f) => f.detector === 'LATE_ENTRY');
    expect(late.map((f) => f.unitId)).toEqual(['st-b']);
    expect(late[0].summary).toContain(`在${month}排名之后补录6条`);
  });

  it('flags 均溪’s revocations after the month it was ranked last, naming that ranking', async () => {
    const found = (await t.ok(FINDINGS, { unitId: 'city', ...period })).integrityFindings as Finding[];
    const month = `${Number(addDays(close, -1).slice(0, 4))}年${Number(addDays(close, -1).slice(5, 7))}月`;
    expect(found.filter((f) => f.detector === 'CORRECTIONS_AFTER_RANKING').map((f) => [f.unitId, f.about])).toEqual([
      ['st-c', `${month}排名第3位（共3个）`],
    ]);
  });
});
