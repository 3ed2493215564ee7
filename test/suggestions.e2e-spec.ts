import { Clock } from '../src/common/clock';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;

const SUGGESTIONS = `query($asOf: Day) { suggestions(asOf: $asOf) { asOf
  open { key rule ruleLabel action actionLabel unitId unitName reason status statusLabel evidence { period { label } rank rankedOf score summary } decision { eventId } }
  decided { key action status statusLabel reason evidence { period { label } rank score }
    decision { asOf actionId note reason decidedBy { subject role } eventId } } } }`;
const ACCEPT = `mutation($input: AcceptSuggestionInput!) { acceptSuggestion(input: $input) { eventIds duplicate } }`;
const DISMISS = `mutation($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { eventIds } }`;
const DRAFT_LETTER = `mutation($input: DraftLetterInput!) { draftLetter(input: $input) { eventIds } }`;
const ISSUE_LETTER = `mutation($input: LetterStepInput!) { issueLetter(input: $input) { eventIds } }`;
const LIST = `mutation($input: ListForRectificationInput!) { listForRectification(input: $input) { eventIds } }`;
const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const ORDER_INTERVIEW = `mutation($input: OrderInterviewInput!) { orderInterview(input: $input) { eventIds } }`;
const HOLD_INTERVIEW = `mutation($input: HoldInterviewInput!) { holdInterview(input: $input) { eventIds } }`;
const LISTING = `query($id: ID!) { listing(listingId: $id) { listingId status target { stationId township } } }`;

const BOTTOM_B = 'BOTTOM_TWO_DEKADS:st-b:2026-05-11';
const CASES_C = 'CASES_UP_YEAR_ON_YEAR:st-c:2026-05';
const LEADER = { 'x-actor': 'leader-zheng', 'x-actor-role': 'LEADERSHIP' };

type Listed = { key: string };
const keys = (list: Listed[]) => list.map((s) => s.key);

describe('suggestions (问责建议) from the figures, accepted or dismissed', () => {
  let t: TestApp;
  let today: jest.SpyInstance;

  const fact = (mutation: string, inputType: string, input: Record<string, unknown>) =>
    t.ok(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { eventIds } }`, { input });
  const alert = (unitId: string, alertId: string, day: string) =>
    fact('receiveFraudAlert', 'ReceiveFraudAlertInput', { unitId, alertId, fraudType: 'ORDER_BRUSHING', occurredAt: at(day) });
  const suggestions = async (asOf?: string) => (await t.ok(SUGGESTIONS, { asOf })).suggestions;
  /** Runs `read` with the clock moved to `day`, then moves it back. */
  const on = async <T>(day: string, read: () => Promise<T>): Promise<T> => {
    today.mockReturnValue(day);
    try {
      return await read();
    } finally {
      today.mockReturnValue('2026-05-22');
    }
  };
  const refused = (query: string, input: Record<string, unknown>) => t.refused(query, { input });

  beforeAll(async () => {
    // Its figures were worked out under the first, additive rules: a store upgraded from them scores these days so.
    t = await startTestApp({ additiveRules: true });
    today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-05-22');
    await buildSmallCity(t);
    // 5月上旬: 凤岗 and 虬江 an alert each (2nd of 3); 中旬: 虬江 alone (3rd). 沙县 is 2nd of 2 counties both times.
    await alert('st-a', 'JQ-A1', '2026-05-03');
    await alert('st-b', 'JQ-B1', '2026-05-05');
    await alert('st-b', 'JQ-B2', '2026-05-15');
    // 下旬 so far: 均溪 three cases against none a year ago; 凤岗 five warnings, two met face to face.
    for (const n of [1, 2, 3]) {
      await fact('fileCase', 'FileCaseInput', {
        unitId: 'st-c',
        caseId: `AJ-C${n}`,
        fraudType: 'LOAN',
        loss: '1000.00',
        occurredAt: at('2026-05-21'),
      });
    }
    for (const n of [1, 2, 3, 4, 5]) {
      const instructionId = `YJ-A${n}`;
      await fact('receiveWarning', 'ReceiveWarningInput', {
        unitId: 'st-a',
        instructionId,
        kind: 'FUND',
        occurredAt: at('2026-05-21', '09:00'),
        deadline: at('2026-05-21', '21:00'),
      });
      const method = n <= 2 ? 'FACE_TO_FACE' : 'PHONE';
      await fact('recordWarningContact', 'RecordWarningContactInput', {
        unitId: 'st-a',
        instructionId,
        method,
        occurredAt: at('2026-05-21', '10:00'),
      });
    }
  });
  afterAll(async () => {
    today.mockRestore();
    await t.close();
  });

  it('suggests letters from the recorded figures, each with its reason and evidence', async () => {
    const listed = await suggestions();
    expect(listed.asOf).toBe('2026-05-22');
    expect(keys(listed.open)).toEqual([
      BOTTOM_B,
      'BOTTOM_TWO_DEKADS:county-sx:2026-05-11',
      CASES_C,
      'CASES_UP_YEAR_ON_YEAR:county-dt:2026-05',
      'FACE_TO_FACE_UNDER_TARGET:st-a:2026-05',
      'FACE_TO_FACE_UNDER_TARGET:county-sx:2026-05',
    ]);
    expect(listed.open[0]).toEqual({
      key: BOTTOM_B,
      rule: 'BOTTOM_TWO_DEKADS',
      ruleLabel: '连续两旬排名后三位',
      action: 'LETTER',
      actionLabel: '工作提示函',
      unitId: 'st-b',
      unitName: '虬江派出所',
      status: 'OPEN',
      statusLabel: '待决定',
      decision: null,
      reason:
        '虬江派出所在全市防区长排名中连续两旬处于后三位：2026年5月上旬在3个防区中排名第2位（倒数第2位），2026年5月中旬在3个防区中排名末位',
      evidence: {
        period: { label: '2026年5月中旬' },
        rank: 3,
        rankedOf: 3,
        score: -1,
        summary: '2026年5月中旬 虬江派出所：得分-1.00，全市3个防区中排名末位；无发案，无财损；无预警指令',
      },
    });
    const byKey = new Map(listed.open.map((s: Listed & { reason: string }) => [s.key, s.reason]));
    expect(byKey.get(CASES_C)).toBe('2026年5月（截至5月22日）均溪派出所发案3起，去年同期0起，去年同期无发案，升幅超过20%');
    expect(byKey.get('FACE_TO_FACE_UNDER_TARGET:st-a:2026-05')).toBe(
      '2026年5月（截至5月22日）凤岗派出所接收预警指令5条，见面2条，见面率40.0%，低于目标90%',
    );
    expect(listed.decided).toEqual([]);
  });

  it('accepts one with the letter created, freezing its evidence, and suggests it no more', async () => {
    await t.ok(DRAFT_LETTER, {
      input: {
        letterId: 'TSH-1',
        unitId: 'st-b',
        title: '关于排名连续靠后的工作提示',
        findings: '连续两旬排名后三位',
        requirements: ['查找原因, 落实整改'],
        deadline: '2026-05-25',
        evidence: { unitId: 'st-b', period: { kind: 'DEKAD', day: '2026-05-11' } },
      },
    });
    const accepted = await t.gql(ACCEPT, { input: { key: BOTTOM_B, actionId: 'TSH-1', note: '已起草提示函' } }, LEADER);
    expect(accepted.errors).toBeUndefined();
    // Later figures do not change what the decision rested on.
    await alert('st-b', 'JQ-B3', '2026-05-16');

    const listed = await suggestions();
    expect(keys(listed.open)).not.toContain(BOTTOM_B);
    expect(listed.decided).toEqual([
      {
        key: BOTTOM_B,
        action: 'LETTER',
        status: 'ACCEPTED',
        statusLabel: '已采纳',
        reason:
          '虬江派出所在全市防区长排名中连续两旬处于后三位：2026年5月上旬在3个防区中排名第2位（倒数第2位），2026年5月中旬在3个防区中排名末位',
        evidence: { period: { label: '2026年5月中旬' }, rank: 3, score: -1 },
        decision: {
          asOf: '2026-05-22',
          actionId: 'TSH-1',
          note: '已起草提示函',
          reason: null,
          decidedBy: { subject: 'leader-zheng', role: 'LEADERSHIP' },
          eventId: accepted.data!.acceptSuggestion.eventIds[0],
        },
      },
    ]);

    const again = await refused(ACCEPT, { key: BOTTOM_B });
    expect(again.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'key', problem: expect.stringContaining('already decided (已采纳)') }],
    });
  });

  it('dismisses another with the reason, and neither is suggested again on a later day', async () => {
    await t.ok(DISMISS, { input: { key: CASES_C, reason: '三起系同一团伙作案, 已立专案' } });
    const later = await on('2026-05-24', () => suggestions());
    expect(later.asOf).toBe('2026-05-24');
    expect(keys(later.open)).not.toContain(CASES_C);
    expect(keys(later.open)).not.toContain(BOTTOM_B);
    expect(keys(later.open)).toContain('CASES_UP_YEAR_ON_YEAR:county-dt:2026-05');
    expect(
      later.decided.map((d: Listed & { status: string; decision: { reason: string | null } }) => [d.key, d.status, d.decision.reason]),
    ).toEqual([
      [CASES_C, 'DISMISSED', '三起系同一团伙作案, 已立专案'],
      [BOTTOM_B, 'ACCEPTED', null],
    ]);
    expect(later.decided[0].statusLabel).toBe('不予采纳');
  });

  it('suggests an interview once a letter is unanswered past its deadline', async () => {
    await t.ok(ISSUE_LETTER, { input: { letterId: 'TSH-1' } });
    expect(keys((await on('2026-05-25', () => suggestions())).open)).not.toContain('LETTER_UNANSWERED:st-b:TSH-1');
    const interview = (await on('2026-05-26', () => suggestions())).open.find((s: Listed) => s.key === 'LETTER_UNANSWERED:st-b:TSH-1');
    expect(interview).toMatchObject({
      rule: 'LETTER_UNANSWERED',
      action: 'INTERVIEW',
      actionLabel: '约谈',
      unitId: 'st-b',
      evidence: { period: { label: '2026年5月' } },
    });
    expect(interview.reason).toMatch(
      /^工作提示函.+〔2026〕1号《关于排名连续靠后的工作提示》回复期限2026年5月25日已过，虬江派出所仍未回复$/,
    );
  });

  it('suggests an interview once a listing a month old still misses its exit condition', async () => {
    await t.ok(LIST, {
      input: {
        listingId: 'GP-1',
        stationId: 'st-c',
        township: '城关镇',
        reason: '发案集中',
        deadline: '2026-07-31',
        evidence: { unitId: 'st-c', period: { kind: 'MONTH', day: '2026-05-22' } },
        exitConditions: [{ indicator: 'alerts', comparator: 'AT_MOST', threshold: '0', per: 'DEKAD', consecutive: 2 }],
      },
    });
    await alert('st-c', 'JQ-C6', '2026-06-05');
    const key = 'LISTING_NOT_IMPROVING:st-c:GP-1';
    expect(keys((await on('2026-06-20', () => suggestions())).open)).not.toContain(key);
    const interview = (await on('2026-06-22', () => suggestions())).open.find((s: Listed) => s.key === key);
    expect(interview).toMatchObject({ action: 'INTERVIEW', actionLabel: '约谈', unitId: 'st-c', ruleLabel: '挂牌整治满一月未达摘牌条件' });
    expect(interview.reason).toMatch(/^城关镇（均溪派出所防区）自2026年5月22日挂牌整治已满一月，仍未达到摘牌条件：.*2026年6月上旬为1/);
  });

  it('suggests listing a defense area still in the bottom three a dekad after its letter and interview, and accepts it with the listing placed', async () => {
    // TSH-1 went to 虬江 on 5月22日; its chief is interviewed on 5月26日, and 虬江 has an alert in 6月上旬 (2nd of 3, with 均溪).
    await t.ok(APPOINT, {
      input: { chiefId: 'leader-zheng', name: '郑局长', role: 'BUREAU_LEADER', unitId: 'city', effectiveFrom: '2024-01-01' },
    });
    await on('2026-05-26', async () => {
      await t.ok(ORDER_INTERVIEW, {
        input: {
          interviewId: 'YT-1',
          unit: { unitId: 'st-b', chiefId: 'chief-st-b' },
          orderedBy: 'leader-zheng',
          reason: '提示函逾期未回复',
          evidence: { unitId: 'st-b', period: { kind: 'MONTH', day: '2026-05-26' } },
          escalatedFrom: { kind: 'LETTER', id: 'TSH-1' },
          schedule: { at: at('2026-05-26', '15:00'), place: '市局三楼会议室', interviewer: '郑局长' },
        },
      });
      await t.ok(HOLD_INTERVIEW, {
        input: {
          interviewId: 'YT-1',
          heldAt: at('2026-05-26', '15:00'),
          attendees: ['陈志强'],
          requirements: [{ text: '6月底前发案压降', deadline: '2026-06-30' }],
        },
      });
    });
    await alert('st-b', 'JQ-B6', '2026-06-03');
    const key = 'STILL_BOTTOM_AFTER_INTERVIEW:st-b:YT-1';

    // On 6月10日 the last dekad over is 5月下旬, which the interview fell in: too early to judge.
    expect(keys((await on('2026-06-10', () => suggestions())).open)).not.toContain(key);
    const listing = (await on('2026-06-12', () => suggestions())).open.find((s: Listed) => s.key === key);
    expect(listing).toMatchObject({
      rule: 'STILL_BOTTOM_AFTER_INTERVIEW',
      ruleLabel: '提示、约谈后仍排名后三位',
      action: 'LISTING',
      actionLabel: '挂牌整治',
      unitId: 'st-b',
      unitName: '虬江派出所',
      status: 'OPEN',
      evidence: { period: { label: '2026年6月上旬' }, rank: 2, rankedOf: 3, score: -1 },
    });
    expect(listing.reason).toMatch(
      /^虬江派出所已于2026-05-22收到工作提示函.+〔2026〕1号，于2026-05-26被约谈，2026年6月上旬在全市3个防区中排名第2位（倒数第2位），仍处于后三位$/,
    );

    const accepted = await on('2026-06-12', async () => {
      await t.ok(LIST, {
        input: {
          listingId: 'GP-2',
          stationId: 'st-b',
          reason: listing.reason,
          deadline: '2026-07-31',
          evidence: { unitId: 'st-b', period: { kind: 'DEKAD', day: '2026-06-01' } },
          exitConditions: [{ indicator: 'alerts', comparator: 'AT_MOST', threshold: '0', per: 'DEKAD', consecutive: 2 }],
        },
      });
      const result = await t.gql(ACCEPT, { input: { key, actionId: 'GP-2', note: '挂牌整治虬江防区' } }, LEADER);
      return { result, listed: await suggestions() };
    });
    expect(accepted.result.errors).toBeUndefined();
    expect(keys(accepted.listed.open)).not.toContain(key);
    expect(accepted.listed.decided[0]).toMatchObject({
      key,
      action: 'LISTING',
      status: 'ACCEPTED',
      statusLabel: '已采纳',
      evidence: { period: { label: '2026年6月上旬' }, rank: 2 },
      decision: { asOf: '2026-06-12', actionId: 'GP-2', note: '挂牌整治虬江防区' },
    });
    expect((await t.ok(LISTING, { id: 'GP-2' })).listing).toEqual({
      listingId: 'GP-2',
      status: 'LISTED',
      target: { stationId: 'st-b', township: null },
    });
    expect(keys((await on('2026-06-15', () => suggestions())).open)).not.toContain(key);
  });

  describe('bad input is refused with the field, and records nothing', () => {
    it('refuses a dismissal without a reason', async () => {
      const error = await refused(DISMISS, { key: 'FACE_TO_FACE_UNDER_TARGET:st-a:2026-05', reason: '' });
      expect(error.extensions).toMatchObject({ problems: [{ field: 'input.reason' }] });
    });

    it('refuses a key the figures do not suggest', async () => {
      expect(await refused(ACCEPT, { key: 'BOTTOM_TWO_DEKADS:st-c:2026-05-11' })).toMatchObject({
        extensions: { code: 'NOT_FOUND', field: 'key' },
      });
    });

    it('refuses a day to come', async () => {
      const error = await refused(ACCEPT, { key: BOTTOM_B, asOf: '2026-05-23' });
      expect(error.extensions).toMatchObject({ problems: [{ field: 'asOf', problem: expect.stringContaining('has not come yet') }] });
      expect((await t.gql(SUGGESTIONS, { asOf: '2026-05-23' })).errors![0].extensions).toMatchObject({ problems: [{ field: 'asOf' }] });
    });
  });
});
