import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { businessDayOf } from '../src/common/business-day';
import { Clock } from '../src/common/clock';
import { EventStore, StoredEvent } from '../src/event-store/event-store.port';
import { CorrelatedMutations } from './support/correlated-mutations';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Issue 12, item 6: every event takes its correlation id from the request's `x-correlation-id`
 * header (and, as src/recording/request-context.ts defines it, its causation id too). Every
 * mutation of the schema is sent with a header of its own, with input that records something,
 * and each event it appended must carry that header. The mutations are read from the committed
 * schema.gql (test/schema.e2e-spec.ts keeps it equal to the code), so a new mutation fails here
 * until the script below sends it.
 */
const COMMITTED_SCHEMA = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
const MUTATIONS = Object.keys(COMMITTED_SCHEMA.getMutationType()?.getFields() ?? {});

const TODAY = '2026-05-16';
const DAY = '2026-05-15';
const at = (time: string, day = DAY) => `${day}T${time}:00+08:00`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Every mutation, each with input that succeeds and appends: the organisation first, then the
 * facts, then the supervision workflows, moving the clock where a step needs a deadline passed.
 * Every mutation can be driven this way, so none is exempt from the check below.
 */
async function sendEveryMutation(m: CorrelatedMutations, t: TestApp, setToday: (day: string) => void) {
  const run = (mutation: string, input: Record<string, unknown>) => m.run(mutation, { input });
  const first = async (mutation: string, input: Record<string, unknown>): Promise<string> => (await run(mutation, input)).eventIds[0];

  // Organisation: the small city (createUnit, defineDefenseArea, appointChief), then the rest.
  await buildSmallCity(m);
  await run('setDefenseAreaPopulation', { unitId: 'st-a', population: 42000, floatingPopulation: 9000, effectiveFrom: '2025-01-01' });
  for (const chief of [
    { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF', unitId: 'county-sx' },
    { chiefId: 'dep-sx', name: '张副局长', role: 'DEPUTY_COUNTY_CHIEF', unitId: 'county-sx' },
    { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER', unitId: 'city' },
    { chiefId: 'leader-2', name: '离任局长', role: 'BUREAU_LEADER', unitId: 'city' },
  ])
    await run('appointChief', { ...chief, effectiveFrom: '2024-01-01' });
  await run('assignDeputy', { chiefId: 'dep-sx', stationIds: ['st-a', 'st-b'], effectiveFrom: '2024-01-01' });
  await run('linkCityChief', { chiefId: 'leader-1', countyIds: ['county-sx'], effectiveFrom: '2024-01-01' });
  await run('removeChief', { chiefId: 'leader-2', effectiveFrom: '2025-01-01' });
  // Rules take effect from today (the real one) on, so they change none of the days below.
  await run('publishRuleSet', {
    ruleSetId: 'rules-next',
    name: '新考评规则',
    effectiveFrom: businessDayOf(new Date()),
    aggregation: 'MEAN',
    terms: [{ indicator: 'alerts', points: -1, per: 1, capPerCase: null, perCapita: false }],
  });

  // Facts of st-a on DAY, and their corrections the next day.
  const fact = { unitId: 'st-a' };
  const correction = { unitId: 'st-a', occurredAt: at('09:00', TODAY) };
  await run('receiveFraudAlert', { ...fact, alertId: 'JQ-1', fraudType: 'LOAN', occurredAt: at('08:00') });
  await run('receiveFraudAlert', { ...fact, alertId: 'JQ-2', fraudType: 'LOAN', occurredAt: at('08:30') });
  await run('revokeFraudAlert', { ...correction, alertId: 'JQ-2', reason: '经核查系咨询电话' });
  await run('receiveWarning', { ...fact, instructionId: 'YJ-1', kind: 'FUND', occurredAt: at('09:00'), deadline: at('11:00') });
  await run('recordWarningContact', { ...fact, instructionId: 'YJ-1', method: 'FACE_TO_FACE', occurredAt: at('10:00') });
  const measure = await first('applyProtectiveMeasure', {
    ...fact,
    instructionId: 'YJ-1',
    measure: 'RESTRICT_PAYMENT',
    occurredAt: at('10:05'),
  });
  await run('recordWarningDissuaded', { ...fact, instructionId: 'YJ-1', occurredAt: at('10:10') });
  await run('retractWarningFact', { ...correction, instructionId: 'YJ-1', eventId: measure, reason: '未实际采取限制支付' });
  await run('receiveWarning', { ...fact, instructionId: 'YJ-2', kind: 'FUND', occurredAt: at('09:30'), deadline: at('11:30') });
  await run('recordVictimisedAfterWarning', { ...fact, instructionId: 'YJ-2', caseId: 'AJ-1', occurredAt: at('12:00') });
  await run('fileCase', { ...fact, caseId: 'AJ-1', fraudType: 'INVESTMENT', loss: '3000.00', occurredAt: at('12:00') });
  await run('amendCaseLoss', { ...correction, caseId: 'AJ-1', loss: '2000.00', reason: '部分为借款' });
  await run('fileCase', { ...fact, caseId: 'AJ-2', fraudType: 'LOAN', loss: '100.00', occurredAt: at('12:30') });
  await run('revokeCase', { ...correction, caseId: 'AJ-2', reason: '重复立案' });
  await run('correctCaseTime', { ...correction, caseId: 'AJ-1', filedAt: at('11:30'), reason: '立案时间录入错误' });
  // Three cases at 虬江 against none a year ago: letters are suggested for it and its county, to accept and dismiss below.
  for (const n of [1, 2, 3])
    await run('fileCase', { unitId: 'st-b', caseId: `AJ-B${n}`, fraudType: 'LOAN', loss: '1000.00', occurredAt: at('13:00') });
  const solved = await first('solveCase', { ...fact, operationId: 'OP-1', caseId: 'AJ-S1', occurredAt: at('14:00') });
  const apprehended = await first('apprehendSuspects', {
    ...fact,
    operationId: 'OP-1',
    charge: 'FRAUD',
    measure: 'CRIMINAL',
    count: 3,
    occurredAt: at('15:00'),
  });
  await run('retractStrikeFact', { ...correction, operationId: 'OP-1', eventId: solved, reason: '该案系外省破获' });
  await run('amendApprehensionCount', { ...correction, operationId: 'OP-1', eventId: apprehended, count: 2, reason: '一人重复录入' });
  const stopped = await first('stopPayment', { ...fact, operationId: 'ZF-1', accounts: 2, amount: '20000.00', occurredAt: at('16:00') });
  const frozen = await first('freezeFunds', { ...fact, operationId: 'DJ-1', accounts: 1, amount: '5000.00', occurredAt: at('16:30') });
  await run('returnFunds', { ...fact, operationId: 'FZ-1', amount: '1000.00', occurredAt: at('17:00') });
  await run('recordLossAverted', { ...fact, operationId: 'QS-1', instructionId: 'YJ-1', amount: '8000.00', occurredAt: at('10:20') });
  await run('amendRecoveryAmount', {
    ...correction,
    operationId: 'ZF-1',
    eventId: stopped,
    amount: '10000.00',
    reason: '部分账户止付失败',
  });
  await run('retractRecoveryFact', { ...correction, operationId: 'DJ-1', eventId: frozen, reason: '冻结申请被退回' });
  // The seeds' other facts (issue 18): warning steps, visits, an operation's results, 宣防 and 外流.
  await run('forwardWarning', { ...fact, instructionId: 'YJ-1', toUnitId: 'st-b', occurredAt: at('09:05') });
  await run('checkWarningOnSite', { ...fact, instructionId: 'YJ-1', result: 'MET', occurredAt: at('09:40') });
  const visit = await first('visitVictim', { ...fact, caseId: 'AJ-1', occurredAt: at('08:00', TODAY) });
  await run('retractVictimVisit', { ...correction, caseId: 'AJ-1', eventId: visit, reason: '回访对象有误' });
  await run('seizeItems', { ...fact, operationId: 'OP-2', phones: 3, bankCards: 2, occurredAt: at('15:30') });
  await run('breakDens', { ...fact, operationId: 'OP-2', count: 1, local: true, occurredAt: at('15:40') });
  await run('cutOffCards', { ...fact, operationId: 'DK-1', phoneCards: 4, bankCards: 6, occurredAt: at('15:50') });
  await run('penaliseCompany', {
    ...fact,
    operationId: 'XZ-1',
    company: '沙县某网络科技有限公司',
    penalty: 'FINE',
    occurredAt: at('16:10'),
  });
  const tally = { peopleReached: 420, oneToOne: 35, materials: 300, gridGroups: 1 };
  await run('holdPreventionActivity', { ...fact, activityId: 'XF-1', form: 'COMMUNITY', ...tally, occurredAt: at('14:30') });
  await run('amendPreventionTally', { ...correction, activityId: 'XF-1', ...tally, peopleReached: 400, reason: '重复统计' });
  await run('holdPreventionActivity', { ...fact, activityId: 'XF-2', form: 'SCHOOL', ...tally, occurredAt: at('15:30') });
  await run('retractPreventionActivity', { ...correction, activityId: 'XF-2', reason: '活动未举行' });
  await run('registerOutflow', { ...fact, personId: 'WL-1', destination: '缅甸', occurredAt: at('11:00') });
  const returned = await first('recordOutflowReturn', { ...fact, personId: 'WL-1', way: 'PERSUADED', occurredAt: at('08:30', TODAY) });
  await run('retractOutflowFact', { ...correction, personId: 'WL-1', eventId: returned, reason: '尚未入境' });
  // Six contacts typed in at two minutes: a finding (identical times) for staff to verify.
  for (const n of [1, 2, 3, 4, 5, 6]) {
    const instructionId = `YJ-C${n}`;
    await run('receiveWarning', { ...fact, instructionId, kind: 'CALL', occurredAt: at('09:10'), deadline: at('20:00') });
    await run('recordWarningContact', { ...fact, instructionId, method: 'PHONE', occurredAt: at(n <= 3 ? '17:15' : '17:25') });
  }
  const { integrityFindings } = await t.ok(
    `query { integrityFindings(unitId: "st-a", from: "${DAY}", to: "${DAY}") { findingId detector } }`,
  );
  const identical = integrityFindings.find((f: { detector: string }) => f.detector === 'IDENTICAL_TIMES');
  await run('verifyFinding', {
    findingId: identical.findingId,
    unitId: 'st-a',
    from: DAY,
    to: DAY,
    outcome: 'CONFIRMED',
    reason: '系集中补录',
  });
  // A system's batch: two facts in one request, both under the request's correlation id.
  const system = t.tokens.mint({ subject: 'warning-platform', role: 'RECORDER', units: ['st-a'], kind: 'SYSTEM' });
  await m.ok(
    `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded facts { result { eventIds } } } }`,
    {
      facts: [
        { receiveWarning: { ...fact, instructionId: 'YJ-3', kind: 'FUND', occurredAt: at('09:40'), deadline: at('11:40') } },
        { recordWarningContact: { ...fact, instructionId: 'YJ-3', method: 'PHONE', occurredAt: at('09:50') } },
      ],
    },
    { authorization: `Bearer ${system}` },
  );
  await m.run('publishBulletin', { day: DAY });
  const instruction = await first('issueBulletinInstruction', {
    bulletinDay: DAY,
    chiefId: 'leader-1',
    text: '凤岗防区预警后被骗，请所长复盘',
    units: [{ unitId: 'st-a' }, { unitId: 'st-b' }],
    dueDay: '2026-05-20',
  });
  await run('answerBulletinInstruction', { instructionId: instruction, unitId: 'st-a', text: '已逐案复盘，落实见面劝阻' });
  await run('withdrawBulletinInstruction', {
    instructionId: await first('issueBulletinInstruction', {
      bulletinDay: DAY,
      chiefId: 'leader-1',
      text: '重复批示',
      units: [{ unitId: 'st-b' }],
      dueDay: '2026-05-20',
    }),
    reason: '与前一批示重复',
  });

  // Supervision, on TODAY unless a step needs a deadline passed.
  const evidence = (unitId: string) => ({ unitId, period: { kind: 'MONTH', day: '2026-05-01' } });
  const visitId = await first('recordSupervisionVisit', {
    chiefId: 'leader-1',
    countyId: 'county-sx',
    day: '2026-05-12',
    points: [{ text: '预警超时处置', stationId: 'st-b' }],
  });

  const owner = { countyId: 'county-sx', month: '2026-05', ownerChiefId: 'cc-sx', deadline: '2026-05-31' };
  const problemList = await t.ok(`query { problemList(countyId: "county-sx", month: "2026-05") { candidates { key } } }`);
  const adopted = await first('adoptProblemCandidate', { ...owner, candidateKey: problemList.problemList.candidates[0].key });
  await run('raiseProblem', { ...owner, title: '反诈宣传不到位', description: '城区宣传覆盖不足', evidence: evidence('st-b') });
  await run('raiseProblemFromVisit', { ...owner, visitId, pointNumber: 1 });
  await run('startProblemRectification', { problemId: adopted, plan: '逐案复盘, 加强宣传' });
  await run('reportProblemRectified', { problemId: adopted, text: '已开展宣传12场', references: ['沙公〔2026〕18号'] });
  await run('refuseProblemVerification', { problemId: adopted, reason: '缺少佐证' });
  await run('reportProblemRectified', { problemId: adopted, text: '补充佐证' });
  await run('verifyProblemRectification', { problemId: adopted, note: '核验属实' });

  const letter = {
    unitId: 'county-sx',
    title: '关于电诈发案上升的工作提示',
    findings: '5月以来发案上升。',
    requirements: ['加强预警劝阻'],
    deadline: '2026-05-31',
    evidence: evidence('county-sx'),
  };
  await run('draftLetter', { ...letter, letterId: 'L-1' });
  await run('reviseLetterDraft', { letterId: 'L-1', title: '关于发案上升的工作提示' });
  await run('issueLetter', { letterId: 'L-1' });
  await run('deliverLetter', { letterId: 'L-1' });
  await run('acknowledgeLetter', { letterId: 'L-1', signedBy: '王强' });
  await run('answerLetter', { letterId: 'L-1', measures: '已复盘' });
  await run('returnLetterAnswer', { letterId: 'L-1', reason: '措施不具体' });
  await run('answerLetter', { letterId: 'L-1', measures: '已逐案复盘, 落实逐条见面' });
  await run('closeLetter', { letterId: 'L-1', remark: '整改到位' });
  await run('draftLetter', { ...letter, letterId: 'L-2' });
  await run('withdrawLetterDraft', { letterId: 'L-2', reason: '重复起草' });

  const schedule = { at: at('09:30', '2026-05-20'), place: '市局三楼会议室', interviewer: '郑局长' };
  await run('orderInterview', {
    interviewId: 'YT-1',
    unit: { unitId: 'county-sx', chiefId: 'cc-sx' },
    orderedBy: 'leader-1',
    reason: '5月发案上升',
    evidence: evidence('county-sx'),
    schedule,
  });
  await run('scheduleInterview', {
    interviewId: 'YT-1',
    schedule: { ...schedule, at: at('09:30', '2026-05-21') },
    reason: '局长参加省厅会议',
  });
  await run('holdInterview', {
    interviewId: 'YT-1',
    heldAt: at('10:00', TODAY),
    attendees: ['沙县局长'],
    requirements: [{ text: '月底前见面率达到95%', deadline: '2026-05-31' }],
  });
  await run('checkInterviewFollowUp', { interviewId: 'YT-1', results: [{ requirement: 1, met: true, notes: '已达标' }] });
  await run('closeInterview', { interviewId: 'YT-1', conclusion: '整改到位' });
  await run('orderInterview', {
    interviewId: 'YT-2',
    unit: { unitId: 'st-a', chiefId: 'chief-st-a' },
    orderedBy: 'leader-1',
    reason: '5月发案上升',
    evidence: evidence('st-a'),
  });
  await run('cancelInterview', { interviewId: 'YT-2', reason: '已整改' });

  // Reviewed once a whole dekad since the listing is over; extended and escalated once the deadline has passed, unmet.
  const exitConditions = [{ indicator: 'cases', comparator: 'AT_MOST', threshold: '0', per: 'DEKAD', consecutive: 1 }];
  const listing = { reason: '5月发案上升', evidence: evidence('st-a'), deadline: '2026-05-20', exitConditions };
  await run('listForRectification', { ...listing, listingId: 'GP-1', stationId: 'st-c' });
  await run('listForRectification', { ...listing, listingId: 'GP-2', stationId: 'st-a', township: '凤岗街道' });
  await run('listForRectification', { ...listing, listingId: 'GP-3', stationId: 'st-a', township: '城南街道' });
  setToday('2026-06-01');
  await run('reviewListing', { listingId: 'GP-1' });
  await run('delistListing', { listingId: 'GP-1', note: '未再发案' });
  await run('extendListing', { listingId: 'GP-2', deadline: '2026-06-30', reason: '仍有发案' });
  await run('escalateListing', { listingId: 'GP-3', reason: '逾期未达标, 约谈所长' });
  setToday(TODAY);

  const suggestions = await t.ok(`query { suggestions { open { key } } }`);
  const [accept, dismiss] = suggestions.suggestions.open.map((s: { key: string }) => s.key);
  if (!dismiss) throw new Error(`expected two open suggestions to accept and dismiss, got ${JSON.stringify(suggestions)}`);
  await run('acceptSuggestion', { key: accept, note: '已起草提示函' });
  await run('dismissSuggestion', { key: dismiss, reason: '已立专案' });

  const appeal = { unitId: 'st-a', chiefId: 'chief-st-a', from: DAY, reason: '该日得分有误' };
  await run('reviewAppeal', { appealId: await first('fileAppeal', appeal), outcome: 'UPHELD', reasoning: '经核查, 维持' });
  await run('withdrawAppeal', {
    appealId: await first('fileAppeal', { ...appeal, reason: '警情系外地转来' }),
    chiefId: 'chief-st-a',
    reason: '已核对无误',
  });

  // The chief reads what the appeals told him: his read mark is an event too.
  const { notifications } = await t.ok(`{ notifications { latestPosition } }`);
  await m.run('markNotificationsRead', { upTo: notifications.latestPosition });
}

/** Mutations that append nothing while they run, and where their correlation is tested instead. */
const RECORDS_LATER: Record<string, string> = {
  checkImport: 'a dry run: it records nothing',
  runImport: 'it records in the background after answering; test/import-uploads.e2e-spec.ts finds the header on those events',
};

describe('correlation ids from the x-correlation-id header', () => {
  let t: TestApp;
  let mutations: CorrelatedMutations;

  beforeAll(async () => {
    t = await startTestApp();
    const today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue(TODAY);
    mutations = new CorrelatedMutations(t, t.app.get(GraphQLSchemaHost).schema);
    await sendEveryMutation(mutations, t, (day) => today.mockReturnValue(day));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  it('enumerates the mutations of the running app (when this fails, regenerate schema.gql with npm run schema)', () => {
    expect(Object.keys(t.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {}).sort()).toEqual([...MUTATIONS].sort());
  });

  it.each(MUTATIONS.filter((mutation) => !(mutation in RECORDS_LATER)))(
    '%s: every event it appends carries the header as its correlation and causation id',
    (mutation) => {
      const calls = mutations.calls.filter((call) => call.mutation === mutation);
      if (!calls.length)
        throw new Error(
          `${mutation} was never sent: add a step with a valid input for it to sendEveryMutation in test/correlation-id.e2e-spec.ts`,
        );
      for (const call of calls) {
        expect(call.events.length).toBeGreaterThan(0);
        const appended = call.events.map((e) => e.id);
        expect(appended).toEqual(expect.arrayContaining(call.eventIds));
        const ids = (e: StoredEvent) => ({ type: e.type, correlationId: e.metadata.correlationId, causationId: e.metadata.causationId });
        expect(call.events.map(ids)).toEqual(
          call.events.map((e) => ({ type: e.type, correlationId: call.correlationId, causationId: call.correlationId })),
        );
      }
    },
  );

  it('mints a fresh correlation id for each request without the header', async () => {
    const store = t.app.get(EventStore);
    const correlationOf = async (query: string, variables: Record<string, unknown>) => {
      const before = await store.headPosition();
      const res = await t.gql(query, variables);
      expect(res.errors).toBeUndefined();
      const [event] = await store.readPositions([before + 1n]);
      return event.metadata.correlationId;
    };
    const createUnit = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { eventIds } }`;
    const unit = (unitId: string) => ({
      input: { unitId, level: 'DEPARTMENT', name: unitId, parentId: 'city', effectiveFrom: '2024-01-01' },
    });
    const ids = [await correlationOf(createUnit, unit('dept-1')), await correlationOf(createUnit, unit('dept-2'))];
    expect(ids).toEqual([expect.stringMatching(UUID), expect.stringMatching(UUID)]);
    expect(new Set(ids).size).toBe(2);
  });
});
