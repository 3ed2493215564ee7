import { Clock } from '../src/common/clock';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const DAY = '2026-05-15';
const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;

const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const EXPLAIN = `query($areaId: ID!, $day: Day!) { explainScore(areaId: $areaId, day: $day) { total terms { indicator eventIds } } }`;
const FILE = `mutation($input: FileAppealInput!) { fileAppeal(input: $input) { appealId eventIds duplicate } }`;
const REVIEW = `mutation($input: ReviewAppealInput!) { reviewAppeal(input: $input) { eventIds } }`;
const WITHDRAW = `mutation($input: WithdrawAppealInput!) { withdrawAppeal(input: $input) { eventIds } }`;
const APPEAL_FIELDS = `appealId appellant { chiefId name role } unitId unitName from to reason filedOn deadline filedBy { subject }
  contestedFact { eventId type typeLabel streamId areaId day }
  status statusLabel overdue figuresAtFiling { score rank summary indicators { cases loss } }
  review { outcome outcomeLabel reasoning reviewedBy { subject role } figures { score }
    corrections { eventId type typeLabel streamId day summary } }
  withdrawal { reason }`;
const APPEAL = `query($id: ID!) { appeal(appealId: $id) { ${APPEAL_FIELDS} } }`;
const APPEALS = `query($status: AppealStatus, $unitId: ID) { appeals(status: $status, unitId: $unitId) { appealId status } }`;
const HISTORY = `query($unitId: ID!, $from: Day!, $to: Day!) { scoreHistory(unitId: $unitId, from: $from, to: $to) {
  unitId unitName from to current { score indicators { cases loss } }
  entries { scoreBefore scoreAfter line appeal { appealId status review { corrections { eventId } } } } } }`;

const EVALUATOR = { 'x-actor': 'kp-zhang', 'x-actor-role': 'EVALUATION_STAFF' };

describe('appeals (申诉/复核) and the score history', () => {
  let t: TestApp;
  let today: jest.SpyInstance;

  const fact = async (mutation: string, inputType: string, input: Record<string, unknown>): Promise<string> => {
    const data = await t.ok(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { eventIds } }`, { input });
    return data[mutation].eventIds[0];
  };
  const fileCase = (unitId: string, caseId: string, loss: string, day = DAY) =>
    fact('fileCase', 'FileCaseInput', { unitId, caseId, fraudType: 'INVESTMENT', loss, occurredAt: at(day) });
  const eventsOf = async (areaId: string, day: string, indicator: string): Promise<string[]> =>
    (await t.ok(EXPLAIN, { areaId, day })).explainScore.terms.find((term: { indicator: string }) => term.indicator === indicator).eventIds;
  const file = async (input: Record<string, unknown>): Promise<string> =>
    (await t.ok(FILE, { input: { from: DAY, reason: '该事实有误', ...input } })).fileAppeal.appealId;
  const review = (input: Record<string, unknown>) => t.gql(REVIEW, { input: { reasoning: '经核查', ...input } }, EVALUATOR);
  const appeal = async (id: string) => (await t.ok(APPEAL, { id })).appeal;
  const refused = (query: string, input: Record<string, unknown>) => t.refused(query, { input });

  beforeAll(async () => {
    // Its figures were worked out under the first, additive rules: a store upgraded from them scores these days so.
    t = await startTestApp({ additiveRules: true });
    today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-05-16');
    await buildSmallCity(t);
    await t.ok(APPOINT, {
      input: { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF', unitId: 'county-sx', effectiveFrom: '2024-01-01' },
    });
    await t.ok(APPOINT, {
      input: { chiefId: 'dep-sx', name: '张副局长', role: 'DEPUTY_COUNTY_CHIEF', unitId: 'county-sx', effectiveFrom: '2024-01-01' },
    });
    await fileCase('st-b', 'AJ-B1', '100.00');
    await fileCase('st-b', 'AJ-B2', '200.00', '2026-05-14');
    await fact('receiveFraudAlert', 'ReceiveFraudAlertInput', {
      unitId: 'st-a',
      alertId: 'JQ-A1',
      fraudType: 'ORDER_BRUSHING',
      occurredAt: at(DAY),
    });
  });
  afterAll(async () => {
    today.mockRestore();
    await t.close();
  });

  it('corrects a contested case through the losses mutation, and the score history shows the score before and after', async () => {
    const [caseEvent] = await eventsOf('st-b', DAY, 'cases');
    const filed = await t.gql(
      FILE,
      { input: { chiefId: 'chief-st-b', unitId: 'st-b', from: DAY, eventId: caseEvent, reason: 'AJ-B1系重复立案' } },
      { 'x-actor': 'chief-st-b' },
    );
    const appealId = filed.data!.fileAppeal.appealId;
    expect(filed.data!.fileAppeal.eventIds).toEqual([appealId]);

    expect(await appeal(appealId)).toMatchObject({
      appellant: { chiefId: 'chief-st-b', name: '陈志强', role: 'STATION_CHIEF' },
      unitId: 'st-b',
      unitName: '虬江派出所',
      from: DAY,
      to: DAY,
      filedOn: '2026-05-16',
      deadline: '2026-05-23',
      filedBy: { subject: 'chief-st-b' },
      contestedFact: { eventId: caseEvent, type: 'CaseFiled', typeLabel: '立案（发案）', streamId: 'case-AJ-B1', areaId: 'st-b', day: DAY },
      status: 'PENDING',
      statusLabel: '待复核',
      overdue: false,
      figuresAtFiling: { score: -2.01, indicators: { cases: 1, loss: '100.00' } },
      review: null,
    });

    const revocation = await fact('revokeCase', 'RevokeCaseInput', {
      unitId: 'st-b',
      caseId: 'AJ-B1',
      reason: '重复立案',
      occurredAt: at('2026-05-16'),
    });
    const reviewed = await review({
      appealId,
      outcome: 'CORRECTED',
      reasoning: 'AJ-B1与AJ-B0系同一案件, 已撤案',
      correctingEventIds: [revocation],
    });
    expect(reviewed.errors).toBeUndefined();

    expect(await appeal(appealId)).toMatchObject({
      status: 'CORRECTED',
      statusLabel: '已更正',
      review: {
        outcome: 'CORRECTED',
        outcomeLabel: '已更正',
        reasoning: 'AJ-B1与AJ-B0系同一案件, 已撤案',
        reviewedBy: { subject: 'kp-zhang', role: 'EVALUATION_STAFF' },
        figures: { score: 0 },
        corrections: [
          {
            eventId: revocation,
            type: 'CaseRevoked',
            typeLabel: '撤案',
            streamId: 'case-AJ-B1',
            day: DAY,
            summary: '撤案：案件AJ-B1，核减发案1起、财损100.00元（重复立案）',
          },
        ],
      },
    });

    const history = (await t.ok(HISTORY, { unitId: 'st-b', from: DAY, to: DAY })).scoreHistory;
    expect(history).toMatchObject({
      unitId: 'st-b',
      unitName: '虬江派出所',
      current: { score: 0, indicators: { cases: 0, loss: '0.00' } },
    });
    expect(history.entries).toEqual([
      {
        scoreBefore: -2.01,
        scoreAfter: 0,
        line: '2026-05-16 陈志强申诉虬江派出所2026年5月15日的立案（发案）（申诉时-2.01分）：已更正，撤案：案件AJ-B1，核减发案1起、财损100.00元（重复立案）；复核时0分',
        appeal: { appealId, status: 'CORRECTED', review: { corrections: [{ eventId: revocation }] } },
      },
    ]);
    // The county's history lists its stations' appeals too; another station's does not.
    const county = (await t.ok(HISTORY, { unitId: 'county-sx', from: '2026-05-01', to: '2026-05-16' })).scoreHistory;
    expect(county.entries.map((e: { appeal: { appealId: string } }) => e.appeal.appealId)).toContain(appealId);
    expect((await t.ok(HISTORY, { unitId: 'st-c', from: DAY, to: DAY })).scoreHistory.entries).toEqual([]);
  });

  it("upholds a county chief's score appeal, once, and the appellant cannot withdraw it then", async () => {
    const appealId = await file({ chiefId: 'cc-sx', unitId: 'st-a', reason: '凤岗警情系外地转来' });
    const before = await appeal(appealId);
    expect(before).toMatchObject({ contestedFact: null, figuresAtFiling: { score: -1, rank: 3 } });

    expect((await review({ appealId, outcome: 'UPHELD', reasoning: '警情属实, 维持' })).errors).toBeUndefined();
    expect(await appeal(appealId)).toMatchObject({
      status: 'UPHELD',
      statusLabel: '维持原结果',
      review: { outcome: 'UPHELD', corrections: [], figures: { score: -1 } },
    });

    const again = await refused(REVIEW, { appealId, outcome: 'REJECTED', reasoning: '再次复核' });
    expect(again.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'appealId', problem: expect.stringContaining('already reviewed (维持原结果)') }],
    });
    const late = await refused(WITHDRAW, { appealId, chiefId: 'cc-sx' });
    expect(late.message).toContain('already reviewed');
    const line = (await t.ok(HISTORY, { unitId: 'st-a', from: DAY, to: DAY })).scoreHistory.entries[0].line;
    expect(line).toBe('2026-05-16 沙县局长申诉凤岗派出所2026年5月15日得分（申诉时-1分）：维持原结果；复核时-1分');
  });

  it('rejects an appeal with the reason', async () => {
    const [alertEvent] = await eventsOf('st-a', DAY, 'alerts');
    const appealId = await file({ chiefId: 'chief-st-a', unitId: 'st-a', eventId: alertEvent, reason: '该警情不属涉电诈' });
    expect((await review({ appealId, outcome: 'REJECTED', reasoning: '接警记录显示系刷单诈骗, 申诉理由不成立' })).errors).toBeUndefined();
    expect(await appeal(appealId)).toMatchObject({
      status: 'REJECTED',
      statusLabel: '已驳回',
      contestedFact: { type: 'FraudAlertReceived', typeLabel: '接报警情' },
      review: { outcome: 'REJECTED', outcomeLabel: '已驳回', reasoning: '接警记录显示系刷单诈骗, 申诉理由不成立', corrections: [] },
    });
  });

  it('lets the appellant withdraw before review, and then nothing is reviewed', async () => {
    const appealId = await file({ chiefId: 'chief-st-c', unitId: 'st-c' });
    const other = await refused(WITHDRAW, { appealId, chiefId: 'chief-st-a' });
    expect(other.extensions).toMatchObject({
      problems: [{ field: 'chiefId', problem: expect.stringContaining('only the appellant (chief-st-c)') }],
    });
    await t.ok(WITHDRAW, { input: { appealId, chiefId: 'chief-st-c', reason: '已核对无误' } });
    expect(await appeal(appealId)).toMatchObject({ status: 'WITHDRAWN', statusLabel: '已撤回', withdrawal: { reason: '已核对无误' } });
    const reviewed = await refused(REVIEW, { appealId, outcome: 'UPHELD', reasoning: 'x' });
    expect(reviewed.message).toContain('was withdrawn');
  });

  it('shows an unreviewed appeal overdue once its deadline day has passed', async () => {
    const appealId = await file({ chiefId: 'chief-st-c', unitId: 'st-c', reviewWithinDays: 3 });
    expect(await appeal(appealId)).toMatchObject({ deadline: '2026-05-19', status: 'PENDING', overdue: false });
    today.mockReturnValue('2026-05-19');
    expect(await appeal(appealId)).toMatchObject({ status: 'PENDING', overdue: false });
    today.mockReturnValue('2026-05-20');
    try {
      expect(await appeal(appealId)).toMatchObject({ status: 'OVERDUE', statusLabel: '逾期未复核', overdue: true });
      expect((await t.ok(APPEALS, { status: 'OVERDUE' })).appeals).toEqual([{ appealId, status: 'OVERDUE' }]);
      // Still reviewable: the review ends the overdue state.
      expect((await review({ appealId, outcome: 'UPHELD' })).errors).toBeUndefined();
      expect(await appeal(appealId)).toMatchObject({ status: 'UPHELD', overdue: false });
    } finally {
      today.mockReturnValue('2026-05-16');
    }
  });

  it('records a resend once, as the same appeal', async () => {
    const input = { chiefId: 'chief-st-b', unitId: 'st-b', from: '2026-05-14', reason: '重复发送', idempotencyKey: 'SS-2026-001' };
    const first = (await t.ok(FILE, { input })).fileAppeal;
    const again = (await t.ok(FILE, { input })).fileAppeal;
    expect(again).toEqual({ ...first, duplicate: true });
    expect(
      (await t.ok(APPEALS, { unitId: 'st-b' })).appeals.filter((a: { appealId: string }) => a.appealId === first.appealId),
    ).toHaveLength(1);
  });

  describe('a correction must correct the contested fact, after the appeal', () => {
    let appealId: string;
    let caseFiled: string;
    let earlyAmendment: string;

    beforeAll(async () => {
      earlyAmendment = await fact('amendCaseLoss', 'AmendCaseLossInput', {
        unitId: 'st-b',
        caseId: 'AJ-B2',
        loss: '150.00',
        reason: '补录',
        occurredAt: at('2026-05-16'),
      });
      [caseFiled] = await eventsOf('st-b', '2026-05-14', 'cases');
      appealId = await file({ chiefId: 'chief-st-b', unitId: 'st-b', from: '2026-05-14', eventId: caseFiled, reason: 'AJ-B2财损有误' });
    });

    it.each([
      ['no correcting event', () => [], 'cites the correcting events'],
      ['an event that is no correction', () => [caseFiled], 'is a CaseFiled (立案（发案）), not a correction'],
      ['a correction recorded before the appeal', () => [earlyAmendment], 'was recorded before the appeal was filed'],
    ])('refuses %s', async (_name, ids, problem) => {
      const error = await refused(REVIEW, { appealId, outcome: 'CORRECTED', reasoning: '更正', correctingEventIds: ids() });
      expect(error.extensions).toMatchObject({ problems: [{ field: 'correctingEventIds', problem: expect.stringContaining(problem) }] });
    });

    it('refuses a correction of another case, counted elsewhere', async () => {
      const [revocation] = (await eventsOf('st-b', DAY, 'cases')).slice(-1);
      const error = await refused(REVIEW, { appealId, outcome: 'CORRECTED', reasoning: '更正', correctingEventIds: [revocation] });
      expect(error).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'correctingEventIds' } });
      expect(error.message).toContain('counts in the contested figures');
    });

    it('refuses correcting events for another outcome, and then corrects with a later amendment', async () => {
      const amendment = await fact('amendCaseLoss', 'AmendCaseLossInput', {
        unitId: 'st-b',
        caseId: 'AJ-B2',
        loss: '50.00',
        reason: '部分为借款',
        occurredAt: at('2026-05-16'),
      });
      const upheld = await refused(REVIEW, { appealId, outcome: 'UPHELD', reasoning: '维持', correctingEventIds: [amendment] });
      expect(upheld.message).toContain('only a CORRECTED outcome cites correcting events');
      expect((await review({ appealId, outcome: 'CORRECTED', correctingEventIds: [amendment] })).errors).toBeUndefined();
      expect((await appeal(appealId)).review.corrections).toEqual([
        {
          eventId: amendment,
          type: 'CaseLossAmended',
          typeLabel: '更正财损',
          streamId: 'case-AJ-B2',
          day: '2026-05-14',
          summary: '更正财损：案件AJ-B2财损由150.00元更正为50.00元（部分为借款）',
        },
      ]);
    });
  });

  describe('bad input is refused with the field, and records nothing', () => {
    const valid = { chiefId: 'chief-st-b', unitId: 'st-b', from: DAY, reason: '有误' };

    it.each([
      ['an empty reason', { reason: '' }, 'input.reason'],
      ['a review period under a day', { reviewWithinDays: 0 }, 'input.reviewWithinDays'],
      ['days that end before they start', { to: '2026-05-14' }, 'to'],
      ['a day to come', { to: '2026-05-17' }, 'to'],
      ['a station chief contesting another station', { unitId: 'st-a' }, 'unitId'],
      ['a deputy chief', { chiefId: 'dep-sx' }, 'chiefId'],
      ['the city', { unitId: 'city' }, 'unitId'],
    ])('refuses %s', async (_name, change, field) => {
      const error = await refused(FILE, { ...valid, ...change });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [expect.objectContaining({ field })] });
    });

    it.each([
      ['an unknown unit', { unitId: 'nowhere' }, 'unitId'],
      ['an unknown event id', { eventId: '00000000-0000-5000-8000-000000000000' }, 'eventId'],
    ])('refuses %s as not found', async (_name, change, field) => {
      expect(await refused(FILE, { ...valid, ...change })).toMatchObject({ extensions: { code: 'NOT_FOUND', field } });
    });

    it("refuses a chief's appeal on a unit he does not answer for, and an unknown appellant, who cannot be shown to be the token's", async () => {
      expect(await refused(FILE, { ...valid, unitId: 'st-a' })).toMatchObject({
        extensions: {
          code: 'BAD_USER_INPUT',
          problems: [{ field: 'unitId', problem: expect.stringContaining('chief chief-st-b answers for st-b') }],
        },
      });
      expect(await refused(FILE, { ...valid, chiefId: 'nobody' })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });

    it('refuses to contest an event that is no fact', async () => {
      const [appealEvent] = (await t.ok(APPEALS, {})).appeals.map((a: { appealId: string }) => a.appealId);
      const error = await refused(FILE, { ...valid, eventId: appealEvent });
      expect(error).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'eventId' } });
      expect(error.message).toContain('is not a fact counted in the figures of 虬江派出所');
    });

    it('refuses to review an unknown appeal, or with an unknown outcome', async () => {
      expect(await refused(REVIEW, { appealId: 'nope', outcome: 'UPHELD', reasoning: 'x' })).toMatchObject({
        extensions: { code: 'NOT_FOUND', field: 'appealId' },
      });
      expect((await refused(REVIEW, { appealId: 'nope', outcome: 'MAYBE', reasoning: 'x' })).message).toContain('MAYBE');
    });

    it('refuses a score history of the city or of days to come', async () => {
      const city = await t.gql(HISTORY, { unitId: 'city', from: DAY, to: DAY });
      expect(city.errors![0].extensions).toMatchObject({ problems: [{ field: 'unitId' }] });
      const future = await t.gql(HISTORY, { unitId: 'st-a', from: DAY, to: '2026-06-01' });
      expect(future.errors![0].extensions).toMatchObject({ problems: [{ field: 'to' }] });
    });
  });
});
