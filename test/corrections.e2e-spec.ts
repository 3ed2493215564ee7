import { Clock } from '../src/common/clock';
import { EventStore } from '../src/event-store/event-store.port';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const DAY = '2026-05-15';
const TODAY = '2026-05-16';
const at = (time: string, day = DAY) => `${day}T${time}:00+08:00`;

const INDICATORS = `query($unitId: ID!, $day: Day!) { indicatorReport(unitId: $unitId, from: $day, to: $day) { current {
  alerts contacted contactedInTime faceToFace missedDeadline dissuaded protectiveMeasures
  casesSolved suspectsApprehended suspectsCriminal stopped frozen recovered } } }`;
const RANKING = `query($day: Day!) { ranking(role: STATION_CHIEF, period: { kind: DAY, day: $day }) { rows { subjectId score } } }`;
const EXPLAIN = `query($areaId: ID!, $day: Day!) { explainScore(areaId: $areaId, day: $day) { total terms { indicator eventIds } } }`;
const FILE = `mutation($input: FileAppealInput!) { fileAppeal(input: $input) { appealId } }`;
const REVIEW = `mutation($input: ReviewAppealInput!) { reviewAppeal(input: $input) { eventIds } }`;
const APPEAL = `query($id: ID!) { appeal(appealId: $id) { status review { corrections { eventId type typeLabel streamId day summary } } } }`;
const HISTORY = `query($unitId: ID!, $day: Day!) { scoreHistory(unitId: $unitId, from: $day, to: $day) {
  current { score } entries { scoreBefore scoreAfter line appeal { appealId review { corrections { eventId } } } } } }`;

const INPUT_TYPES: Record<string, string> = {
  receiveFraudAlert: 'ReceiveFraudAlertInput',
  revokeFraudAlert: 'RevokeFraudAlertInput',
  receiveWarning: 'ReceiveWarningInput',
  recordWarningContact: 'RecordWarningContactInput',
  applyProtectiveMeasure: 'ApplyProtectiveMeasureInput',
  recordWarningDissuaded: 'RecordWarningDissuadedInput',
  retractWarningFact: 'RetractWarningFactInput',
  solveCase: 'SolveCaseInput',
  apprehendSuspects: 'ApprehendSuspectsInput',
  retractStrikeFact: 'RetractStrikeFactInput',
  amendApprehensionCount: 'AmendApprehensionCountInput',
  stopPayment: 'StopPaymentInput',
  freezeFunds: 'FreezeFundsInput',
  amendRecoveryAmount: 'AmendRecoveryAmountInput',
  retractRecoveryFact: 'RetractRecoveryFactInput',
  fileCase: 'FileCaseInput',
  revokeCase: 'RevokeCaseInput',
  amendCaseLoss: 'AmendCaseLossInput',
  correctCaseTime: 'CorrectCaseTimeInput',
};
const mutation = (name: string) => `mutation($input: ${INPUT_TYPES[name]}!) { ${name}(input: $input) { streamId eventIds duplicate } }`;

/** st-a's facts of the day: an alert, a warning handled, a strike and two recoveries. */
const FACTS_SCORE = -1 + 1 + 0.5 + 2 + 3 + 3 + 3 + 2 + 0.5;

describe('corrections of alerts, warnings, strikes and recoveries, counted on the original day', () => {
  let t: TestApp;
  let today: jest.SpyInstance;
  let head: () => Promise<bigint>;
  const ids: Record<string, string> = {};

  const record = async (name: string, input: Record<string, unknown>) =>
    (await t.ok(mutation(name), { input: { unitId: 'st-a', ...input } }))[name] as {
      streamId: string;
      eventIds: string[];
      duplicate: boolean;
    };
  /** A correction recorded the next day, as evaluation staff would. */
  const correct = (name: string, input: Record<string, unknown>) => record(name, { occurredAt: at('09:00', TODAY), ...input });
  const indicators = async (day = DAY) => (await t.ok(INDICATORS, { unitId: 'st-a', day })).indicatorReport.current;
  const score = async (day = DAY): Promise<number> =>
    (await t.ok(RANKING, { day })).ranking.rows.find((r: { subjectId: string }) => r.subjectId === 'st-a').score;
  /** The first error of a refused correction, after checking that nothing was recorded. */
  const refused = (name: string, input: Record<string, unknown>, headers?: Record<string, string>) =>
    t.refused(mutation(name), { input: { unitId: 'st-a', occurredAt: at('09:00', TODAY), ...input } }, headers);
  /** A recorder serving both stations of 沙县, st-a and st-b: the domain, not authorization, refuses a fact of one recorded for the other. */
  const countyRecorder = () => ({
    authorization: `Bearer ${t.tokens.mint({ subject: 'rec-sx', role: 'RECORDER', units: ['county-sx'] })}`,
  });

  beforeAll(async () => {
    // Its figures were worked out under the first, additive rules: a store upgraded from them scores these days so.
    t = await startTestApp({ additiveRules: true });
    today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue(TODAY);
    const store = t.app.get(EventStore);
    head = () => store.headPosition();
    await buildSmallCity(t);
    const first = async (name: string, input: Record<string, unknown>) => (await record(name, input)).eventIds[0];
    ids.alert = await first('receiveFraudAlert', { alertId: 'JQ-1', fraudType: 'LOAN', occurredAt: at('08:00') });
    ids.received = await first('receiveWarning', { instructionId: 'YJ-1', kind: 'FUND', occurredAt: at('09:00'), deadline: at('11:00') });
    ids.faceToFace = await first('recordWarningContact', { instructionId: 'YJ-1', method: 'FACE_TO_FACE', occurredAt: at('10:00') });
    ids.phone = await first('recordWarningContact', { instructionId: 'YJ-1', method: 'PHONE', occurredAt: at('10:30') });
    ids.measure = await first('applyProtectiveMeasure', { instructionId: 'YJ-1', measure: 'RESTRICT_PAYMENT', occurredAt: at('10:05') });
    ids.dissuaded = await first('recordWarningDissuaded', { instructionId: 'YJ-1', occurredAt: at('10:10') });
    ids.solved = await first('solveCase', { operationId: 'OP-1', caseId: 'AJ-S1', occurredAt: at('14:00') });
    ids.apprehended = await first('apprehendSuspects', {
      operationId: 'OP-1',
      charge: 'FRAUD',
      measure: 'CRIMINAL',
      count: 3,
      occurredAt: at('15:00'),
    });
    ids.stopped = await first('stopPayment', { operationId: 'ZF-1', accounts: 2, amount: '20000.00', occurredAt: at('16:00') });
    ids.frozen = await first('freezeFunds', { operationId: 'DJ-1', accounts: 1, amount: '5000.00', occurredAt: at('16:30') });
  });
  afterAll(async () => {
    today.mockRestore();
    await t.close();
  });

  it('counts the facts on their day before any correction', async () => {
    expect(await indicators()).toEqual({
      alerts: 1,
      contacted: 1,
      contactedInTime: 1,
      faceToFace: 1,
      missedDeadline: 0,
      dissuaded: 1,
      protectiveMeasures: 1,
      casesSolved: 1,
      suspectsApprehended: 3,
      suspectsCriminal: 3,
      stopped: '20000.00',
      frozen: '5000.00',
      recovered: '25000.00',
    });
    expect(await score()).toBe(FACTS_SCORE);
  });

  it('revokes an alert on its day', async () => {
    await correct('revokeFraudAlert', { alertId: 'JQ-1', reason: '经核查系咨询电话, 非涉诈警情' });
    expect(await indicators()).toMatchObject({ alerts: 0 });
    expect(await score()).toBe(FACTS_SCORE + 1);
  });

  it("retracts a protective measure and a dissuasion on the warning's day", async () => {
    await correct('retractWarningFact', { instructionId: 'YJ-1', eventId: ids.measure, reason: '未实际采取限制支付' });
    expect(await indicators()).toMatchObject({ protectiveMeasures: 0, dissuaded: 1 });
    await correct('retractWarningFact', { instructionId: 'YJ-1', eventId: ids.dissuaded, reason: '当事人事后仍转账' });
    expect(await indicators()).toMatchObject({ dissuaded: 0 });
    expect(await score()).toBe(FACTS_SCORE + 1 - 2);
  });

  it('retracts a solved case and amends an apprehension count on the day of the strike', async () => {
    await correct('retractStrikeFact', { operationId: 'OP-1', eventId: ids.solved, reason: '该案系外省破获' });
    await correct('amendApprehensionCount', { operationId: 'OP-1', eventId: ids.apprehended, count: 2, reason: '一人重复录入' });
    expect(await indicators()).toMatchObject({ casesSolved: 0, suspectsApprehended: 2, suspectsCriminal: 2 });
    expect(await score()).toBe(FACTS_SCORE + 1 - 2 - 3 - 2);
  });

  it('amends a stopped amount and retracts a freeze on the day of the recovery', async () => {
    await correct('amendRecoveryAmount', { operationId: 'ZF-1', eventId: ids.stopped, amount: '10000.00', reason: '部分账户止付失败' });
    await correct('retractRecoveryFact', { operationId: 'DJ-1', eventId: ids.frozen, reason: '冻结申请被退回' });
    expect(await indicators()).toMatchObject({ stopped: '10000.00', frozen: '0.00', recovered: '10000.00' });
    expect(await score()).toBe(FACTS_SCORE + 1 - 2 - 3 - 2 - 1 - 0.5);
    // Nothing counts on the day the corrections were recorded.
    expect(await indicators(TODAY)).toMatchObject({ alerts: 0, casesSolved: 0, suspectsApprehended: 0, recovered: '0.00' });
    expect(await score(TODAY)).toBe(0);
  });

  it('corrects an appealed warning contact, and the score history shows the correction', async () => {
    const filed = await t.ok(FILE, {
      input: { chiefId: 'chief-st-a', unitId: 'st-a', from: DAY, eventId: ids.faceToFace, reason: '该次系电话联系, 误录为见面' },
    });
    const appealId = filed.fileAppeal.appealId;
    const before = await score();

    const retraction = await correct('retractWarningFact', {
      instructionId: 'YJ-1',
      eventId: ids.faceToFace,
      reason: '误录为见面, 实为电话联系',
    });
    // The phone contact made within the deadline now counts instead: still contacted in time, no longer face to face.
    expect(await indicators()).toMatchObject({ contacted: 1, contactedInTime: 1, faceToFace: 0 });
    expect(await score()).toBe(before - 0.5);
    const terms = (await t.ok(EXPLAIN, { areaId: 'st-a', day: DAY })).explainScore.terms;
    expect(terms.find((term: { indicator: string }) => term.indicator === 'faceToFace').eventIds).toEqual([
      ids.faceToFace,
      retraction.eventIds[0],
    ]);

    const reviewed = await t.gql(
      REVIEW,
      {
        input: { appealId, outcome: 'CORRECTED', reasoning: '经核查通话记录, 已撤回见面记录', correctingEventIds: retraction.eventIds },
      },
      { 'x-actor': 'kp-zhang', 'x-actor-role': 'EVALUATION_STAFF' },
    );
    expect(reviewed.errors).toBeUndefined();
    const summary = '撤回预警见面/联系：预警指令YJ-1的见面联系记录，改计其后的电话联系（误录为见面, 实为电话联系）';
    expect((await t.ok(APPEAL, { id: appealId })).appeal).toEqual({
      status: 'CORRECTED',
      review: {
        corrections: [
          {
            eventId: retraction.eventIds[0],
            type: 'WarningFactRetracted',
            typeLabel: '撤回预警处置',
            streamId: 'warning-YJ-1',
            day: DAY,
            summary,
          },
        ],
      },
    });

    const history = (await t.ok(HISTORY, { unitId: 'st-a', day: DAY })).scoreHistory;
    expect(history.current.score).toBe(before - 0.5);
    expect(history.entries).toEqual([
      {
        scoreBefore: before,
        scoreAfter: before - 0.5,
        line: expect.stringContaining(`已更正，${summary}`),
        appeal: { appealId, review: { corrections: [{ eventId: retraction.eventIds[0] }] } },
      },
    ]);
  });

  it('records a resent correction once', async () => {
    const input = { operationId: 'ZF-1', eventId: ids.stopped, amount: '12000.00', reason: '补录止付回执', idempotencyKey: 'GZ-2026-7' };
    const first = await correct('amendRecoveryAmount', input);
    const position = await head();
    const again = await correct('amendRecoveryAmount', input);
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await head()).toBe(position);
    expect(await indicators()).toMatchObject({ stopped: '12000.00' });
  });

  it('moves a case whose filing time was wrong, with its loss, to the corrected day; later corrections follow it there', async () => {
    const CASES = `query($unitId: ID!, $day: Day!) { indicatorReport(unitId: $unitId, from: $day, to: $day) { current { cases loss } } }`;
    const casesOn = async (day: string) => (await t.ok(CASES, { unitId: 'st-a', day })).indicatorReport.current;
    const WRONG_DAY = '2026-05-14';
    await record('fileCase', { caseId: 'AJ-T1', fraudType: 'LOAN', loss: '3000.00', occurredAt: at('11:00', WRONG_DAY) });
    const before = { wrong: await casesOn(WRONG_DAY), right: await casesOn(DAY) };
    const moved = await correct('correctCaseTime', { caseId: 'AJ-T1', filedAt: at('11:00'), reason: '立案时间录入错误' });
    expect(await casesOn(WRONG_DAY)).toEqual({ cases: before.wrong.cases - 1, loss: (Number(before.wrong.loss) - 3000).toFixed(2) });
    expect(await casesOn(DAY)).toEqual({ cases: before.right.cases + 1, loss: (Number(before.right.loss) + 3000).toFixed(2) });
    const cited = (await t.ok(EXPLAIN, { areaId: 'st-a', day: DAY })).explainScore.terms.find(
      (x: { indicator: string }) => x.indicator === 'cases',
    );
    expect(cited.eventIds).toContain(moved.eventIds[0]);
    await correct('amendCaseLoss', { caseId: 'AJ-T1', loss: '1000.00', reason: '部分为借款' });
    expect((await casesOn(DAY)).loss).toBe((Number(before.right.loss) + 1000).toFixed(2));
    expect((await casesOn(WRONG_DAY)).loss).toBe((Number(before.wrong.loss) - 3000).toFixed(2));
  });

  describe('refuses, naming the field and changing nothing', () => {
    const problem = (error: { extensions?: Record<string, unknown> }) =>
      (error.extensions!.problems as Array<{ field: string; problem: string }>)[0];

    it('a fact retracted twice', async () => {
      const error = await refused('retractWarningFact', { instructionId: 'YJ-1', eventId: ids.measure, reason: '重复撤回' });
      expect(problem(error)).toEqual({
        field: 'eventId',
        problem: `预警指令 YJ-1 的事件 ${ids.measure} 已撤回 / event ${ids.measure} of warning instruction YJ-1 was already retracted`,
      });
      const alert = await refused('revokeFraudAlert', { alertId: 'JQ-1', reason: '重复撤销' });
      expect(problem(alert)).toEqual({ field: 'alertId', problem: '警情 JQ-1 已撤销 / alert JQ-1 was already revoked' });
    });

    it('an unknown event, one of another stream, or the warning itself', async () => {
      const unknown = await refused('retractStrikeFact', { operationId: 'OP-1', eventId: 'no-such-event', reason: '误录' });
      expect(problem(unknown)).toEqual({
        field: 'eventId',
        problem: '事件 no-such-event 不是行动 OP-1 记录的事实 / event no-such-event is not a fact recorded for operation OP-1',
      });
      const elsewhere = await refused('retractRecoveryFact', { operationId: 'ZF-1', eventId: ids.apprehended, reason: '误录' });
      expect(problem(elsewhere)).toEqual({
        field: 'eventId',
        problem: `事件 ${ids.apprehended} 不是挽损行动 ZF-1 记录的事实 / event ${ids.apprehended} is not a fact recorded for recovery operation ZF-1`,
      });
      const receipt = await refused('retractWarningFact', { instructionId: 'YJ-1', eventId: ids.received, reason: '误录' });
      expect(problem(receipt)).toEqual({
        field: 'eventId',
        problem:
          `事件 ${ids.received} 是预警指令 YJ-1 的接收记录，只能撤回其后续处置记录 / ` +
          `event ${ids.received} is the receipt of warning instruction YJ-1; only its follow-ups can be retracted`,
      });
    });

    it('an event of a type the correction does not apply to', async () => {
      const solvedAgain = await record('solveCase', { operationId: 'OP-1', caseId: 'AJ-S2', occurredAt: at('17:00') });
      const wrongType = await refused('amendApprehensionCount', {
        operationId: 'OP-1',
        eventId: solvedAgain.eventIds[0],
        count: 2,
        reason: '更正',
      });
      expect(problem(wrongType)).toEqual({
        field: 'eventId',
        problem:
          `事件 ${solvedAgain.eventIds[0]} 记录的是破案，只有抓获记录才有人数可更正 / ` +
          `event ${solvedAgain.eventIds[0]} records CaseSolved; only an apprehension has a count to amend`,
      });
    });

    it('a bad or unchanged amount or count', async () => {
      const zero = await refused('amendRecoveryAmount', { operationId: 'ZF-1', eventId: ids.stopped, amount: '0.00', reason: '更正' });
      expect(problem(zero)).toEqual({ field: 'input.amount', problem: '金额须大于零 / amount must be greater than zero' });
      const negative = await refused('amendRecoveryAmount', { operationId: 'ZF-1', eventId: ids.stopped, amount: '-5.00', reason: '更正' });
      expect(negative.message).toMatch(/amount.*not an amount in yuan/);
      const same = await refused('amendRecoveryAmount', { operationId: 'ZF-1', eventId: ids.stopped, amount: '12000.00', reason: '更正' });
      expect(problem(same)).toEqual({
        field: 'amount',
        problem: `事件 ${ids.stopped} 的金额已是 1.20万元 / the amount of event ${ids.stopped} is already 1200000 fen`,
      });
      const count = await refused('amendApprehensionCount', { operationId: 'OP-1', eventId: ids.apprehended, count: 2, reason: '更正' });
      expect(problem(count)).toEqual({
        field: 'count',
        problem: `事件 ${ids.apprehended} 的抓获人数已是 2 人 / the count of event ${ids.apprehended} is already 2`,
      });
    });

    it('a reason that is missing or not in Chinese, or a correction for another station', async () => {
      const english = await refused('retractWarningFact', { instructionId: 'YJ-1', eventId: ids.phone, reason: 'typo' });
      expect(problem(english)).toEqual({ field: 'input.reason', problem: '更正理由须用中文填写 / reason must be written in Chinese' });
      expect(english.message).toBe(
        '输入有误：input.reason：更正理由须用中文填写 / Invalid input: input.reason: reason must be written in Chinese',
      );
      const empty = await refused('retractWarningFact', { instructionId: 'YJ-1', eventId: ids.phone, reason: '' });
      expect(problem(empty)).toEqual({ field: 'input.reason', problem: '须写明更正理由 / reason must say why the fact is corrected' });
      const other = await refused(
        'retractWarningFact',
        { unitId: 'st-b', instructionId: 'YJ-1', eventId: ids.phone, reason: '误录' },
        countyRecorder(),
      );
      expect(problem(other)).toEqual({
        field: 'unitId',
        problem: `事件 ${ids.phone} 记在 st-a 名下，其后续处置和更正只能由该单位记录，不能由 st-b 记录 / event ${ids.phone} was recorded for st-a; only that unit records what follows it, not st-b`,
      });
    });

    it('a warning contact recorded for another station than the one that received the warning', async () => {
      const before = await indicators();
      const other = await refused(
        'recordWarningContact',
        { unitId: 'st-b', instructionId: 'YJ-1', method: 'FACE_TO_FACE', occurredAt: at('10:20') },
        countyRecorder(),
      );
      expect(problem(other)).toEqual({
        field: 'unitId',
        problem: `事件 ${ids.received} 记在 st-a 名下，其后续处置和更正只能由该单位记录，不能由 st-b 记录 / event ${ids.received} was recorded for st-a; only that unit records what follows it, not st-b`,
      });
      // A recorder of another county is refused before the domain is asked, and learns nothing of the warning.
      const elsewhere = await refused('recordWarningContact', {
        unitId: 'st-c',
        instructionId: 'YJ-1',
        method: 'FACE_TO_FACE',
        occurredAt: at('10:20'),
      });
      expect(elsewhere.message).toBe(
        '无权限：Mutation.recordWarningContact：预警指令 YJ-1 由本令牌所辖以外的单位记录 / ' +
          'Not allowed: Mutation.recordWarningContact: the warning instruction YJ-1 was recorded by a unit this token does not serve',
      );
      expect(await indicators()).toEqual(before);
    });

    it('a case revoked for another station than the one it was filed at', async () => {
      const filed = await record('fileCase', { caseId: 'AJ-1', fraudType: 'LOAN', loss: '3000.00', occurredAt: at('17:30') });
      const other = await refused('revokeCase', { unitId: 'st-b', caseId: 'AJ-1', reason: '重复立案' }, countyRecorder());
      expect(problem(other)).toEqual({
        field: 'unitId',
        problem: `事件 ${filed.eventIds[0]} 记在 st-a 名下，其后续处置和更正只能由该单位记录，不能由 st-b 记录 / event ${filed.eventIds[0]} was recorded for st-a; only that unit records what follows it, not st-b`,
      });
    });
  });
});
