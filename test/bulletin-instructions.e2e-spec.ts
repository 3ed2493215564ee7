import { Clock } from '../src/common/clock';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const PUBLISH = `mutation($day: Day!) { publishBulletin(day: $day) { eventIds } }`;
const ISSUE = `mutation($input: IssueBulletinInstructionInput!) { issueBulletinInstruction(input: $input) { instructionId eventIds duplicate } }`;
const ANSWER = `mutation($input: AnswerBulletinInstructionInput!) { answerBulletinInstruction(input: $input) { eventIds } }`;
const WITHDRAW = `mutation($input: WithdrawBulletinInstructionInput!) { withdrawBulletinInstruction(input: $input) { eventIds } }`;
const INSTRUCTION_FIELDS = `instructionId bulletinDay bulletinNumber text dueDay issuedOn leader { name roleLabel } issuedBy { subject role }
  withdrawal { reason withdrawnBy { subject } }
  units { unitId name taskForce status statusLabel answer { text late revision answeredOn answeredByName } earlierAnswers { text revision } }`;
const ON_BULLETIN = `query($day: Day!) { bulletinInstructions(bulletinDay: $day) { ${INSTRUCTION_FIELDS} } }`;
const OF_UNIT = `query($unitId: ID!, $openOnly: Boolean) { unitInstructions(unitId: $unitId, openOnly: $openOnly) { ${INSTRUCTION_FIELDS} } }`;
const AUDIT = `query($eventId: ID!) { eventAudit(eventId: $eventId) { entry { typeLabel } } }`;

const TODAY = '2026-04-19';
const LEADER = { 'x-actor': 'leader-zheng', 'x-actor-role': 'LEADERSHIP' };

describe('leaders’ instructions on a bulletin (领导批示 → 复盘)', () => {
  let t: TestApp;
  const as = (role: string, units: string[], subject = `${role.toLowerCase()}-1`) => ({
    authorization: `Bearer ${t.tokens.mint({ subject, role: role as never, units, name: subject === 'lin' ? '林建国' : undefined })}`,
  });
  const issue = (extra: Record<string, unknown> = {}, headers: Record<string, string> = LEADER) =>
    t.gql(ISSUE, { input: { ...VALID, ...extra } }, headers);
  const onBulletin = async (day = '2026-04-17') => (await t.ok(ON_BULLETIN, { day })).bulletinInstructions;
  const VALID = {
    bulletinDay: '2026-04-17',
    chiefId: 'leader-1',
    text: '沙县3起警情均发生在凤岗、虬江防区，请两地所长和属县专班复盘',
    units: [{ unitId: 'st-a' }, { unitId: 'st-b' }, { unitId: 'county-sx', taskForce: true }],
    dueDay: '2026-04-20',
  };
  let instructionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue(TODAY);
    await buildSmallCity(t);
    await t.ok(APPOINT, {
      input: { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER', unitId: 'city', effectiveFrom: '2024-01-01' },
    });
    await t.ok(PUBLISH, { day: '2026-04-17' });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('issues an instruction on the published bulletin, every unit named 待复盘 until its due day', async () => {
    const { data, errors } = await issue();
    expect(errors).toBeUndefined();
    instructionId = data!.issueBulletinInstruction.instructionId;
    expect(data!.issueBulletinInstruction).toMatchObject({ eventIds: [instructionId], duplicate: false });
    expect(await onBulletin()).toEqual([
      {
        instructionId,
        bulletinDay: '2026-04-17',
        bulletinNumber: 1,
        text: VALID.text,
        dueDay: '2026-04-20',
        issuedOn: TODAY,
        leader: { name: '郑局长', roleLabel: '局领导' },
        issuedBy: { subject: 'leader-zheng', role: 'LEADERSHIP' },
        withdrawal: null,
        units: [
          {
            unitId: 'st-a',
            name: '凤岗派出所',
            taskForce: false,
            status: 'PENDING',
            statusLabel: '待复盘',
            answer: null,
            earlierAnswers: [],
          },
          {
            unitId: 'st-b',
            name: '虬江派出所',
            taskForce: false,
            status: 'PENDING',
            statusLabel: '待复盘',
            answer: null,
            earlierAnswers: [],
          },
          {
            unitId: 'county-sx',
            name: '沙县分局专班',
            taskForce: true,
            status: 'PENDING',
            statusLabel: '待复盘',
            answer: null,
            earlierAnswers: [],
          },
        ],
      },
    ]);
    expect(await onBulletin('2026-04-18')).toEqual([]);
    expect((await t.ok(AUDIT, { eventId: instructionId })).eventAudit.entry.typeLabel).toBe('领导批示');
  });

  it('records a resend with the same key once', async () => {
    const first = (await issue({ idempotencyKey: 'PS-2026-0417-2' }, { ...LEADER })).data!.issueBulletinInstruction;
    const again = (await issue({ idempotencyKey: 'PS-2026-0417-2' }, { ...LEADER })).data!.issueBulletinInstruction;
    expect(again).toEqual({ ...first, duplicate: true });
    await t.ok(WITHDRAW, { input: { instructionId: first.instructionId, reason: '与上一条批示重复' } });
  });

  it("takes a station chief's 复盘 for his station: 已复盘 with the answer, the others still 待复盘", async () => {
    const answered = await t.gql(
      ANSWER,
      { input: { instructionId, unitId: 'st-a', text: '已逐案复盘：2起见面核查不到位，已整改' } },
      as('STATION_CHIEF', ['st-a'], 'lin'),
    );
    expect(answered.errors).toBeUndefined();
    const [instruction] = await onBulletin();
    expect(instruction.units.map((u: any) => [u.unitId, u.statusLabel])).toEqual([
      ['st-a', '已复盘'],
      ['st-b', '待复盘'],
      ['county-sx', '待复盘'],
    ]);
    expect(instruction.units[0].answer).toEqual({
      text: '已逐案复盘：2起见面核查不到位，已整改',
      late: false,
      revision: 1,
      answeredOn: TODAY,
      answeredByName: '林建国',
    });
    expect((await t.ok(AUDIT, { eventId: answered.data!.answerBulletinInstruction.eventIds[0] })).eventAudit.entry.typeLabel).toBe('复盘');
  });

  it('shows a later answer as the one standing, keeping the one it superseded', async () => {
    await t.gql(ANSWER, { input: { instructionId, unitId: 'st-a', text: '补充：已约谈社区民警' } }, as('STATION_CHIEF', ['st-a']));
    const [instruction] = await onBulletin();
    expect(instruction.units[0].answer).toMatchObject({ text: '补充：已约谈社区民警', revision: 2 });
    expect(instruction.units[0].earlierAnswers).toEqual([{ text: '已逐案复盘：2起见面核查不到位，已整改', revision: 1 }]);
  });

  it("lets a county chief answer for his county's task force and stations, and lists his county's instructions", async () => {
    const county = as('COUNTY_CHIEF', ['county-sx']);
    const open = (await t.gql(OF_UNIT, { unitId: 'county-sx', openOnly: true }, county)).data!.unitInstructions;
    expect(open.map((i: any) => [i.instructionId, i.units.map((u: any) => u.statusLabel)])).toEqual([
      [instructionId, ['已复盘', '待复盘', '待复盘']],
    ]);
    await t.gql(ANSWER, { input: { instructionId, unitId: 'county-sx', text: '专班已复盘，形成问题清单3条' } }, county);
    await t.gql(ANSWER, { input: { instructionId, unitId: 'st-b', text: '虬江所已复盘' } }, county);
    expect((await t.gql(OF_UNIT, { unitId: 'county-sx', openOnly: true }, county)).data!.unitInstructions).toEqual([]);
    const all = (await t.gql(OF_UNIT, { unitId: 'st-b' }, as('STATION_CHIEF', ['st-b']))).data!.unitInstructions;
    // Newest first: the resent instruction, withdrawn, then the one answered.
    expect(all.map((i: any) => i.units.map((u: any) => [u.unitId, u.statusLabel]))).toEqual([[['st-b', '已撤回']], [['st-b', '已复盘']]]);
  });

  it('marks a unit still unanswered after the due day 逾期未复盘, and an answer then late', async () => {
    await t.ok(PUBLISH, { day: '2026-04-18' });
    const late = (await issue({ bulletinDay: '2026-04-18', dueDay: '2026-04-18', units: [{ unitId: 'st-c' }, { unitId: 'county-dt' }] }))
      .data!.issueBulletinInstruction.instructionId;
    expect((await onBulletin('2026-04-18'))[0].units.map((u: any) => u.statusLabel)).toEqual(['逾期未复盘', '逾期未复盘']);
    await t.gql(ANSWER, { input: { instructionId: late, unitId: 'st-c', text: '均溪所已复盘' } }, as('STATION_CHIEF', ['st-c']));
    const [instruction] = await onBulletin('2026-04-18');
    expect(instruction.units[0]).toMatchObject({ statusLabel: '已复盘', answer: { late: true } });
    expect(instruction.units[1].statusLabel).toBe('逾期未复盘');
  });

  describe('refuses, recording nothing', () => {
    const problemOf = (error: any) => error.extensions.problems?.[0] ?? error.extensions;
    it.each([
      [
        'a day with no published bulletin',
        { bulletinDay: '2026-04-16', dueDay: '2026-04-20' },
        'bulletinDay',
        '日通报（2026-04-16）尚未发布',
      ],
      ['an empty text', { text: '' }, 'input.text', '不能为空'],
      ['a blank text', { text: '   ' }, 'text', '填写内容不能为空白'],
      ['no unit', { units: [] }, 'input.units', '至少须指定一个复盘单位'],
      ['the city as a unit', { units: [{ unitId: 'city' }] }, 'units.0.unitId', '单位 city 是市局'],
      ['a task force of a station', { units: [{ unitId: 'st-a', taskForce: true }] }, 'units.0.taskForce', '只有县局设有专班'],
      ["a due day before the bulletin's day", { dueDay: '2026-04-16' }, 'dueDay', '复盘期限 2026-04-16 早于通报日期 2026-04-17'],
      ['a station chief as the leader', { chiefId: 'chief-st-a' }, 'chiefId', '通报批示由市级领导'],
    ])('%s', async (_name, change, field, message) => {
      const problem = problemOf(await t.refused(ISSUE, { input: { ...VALID, ...change } }, LEADER));
      expect(problem.field).toBe(field);
      expect(problem.problem ?? problem.message).toContain(message);
    });

    it('a unit that does not exist, naming its place', async () => {
      const error = await t.refused(ISSUE, { input: { ...VALID, units: [{ unitId: 'st-a' }, { unitId: 'nowhere' }] } }, LEADER);
      expect(error).toMatchObject({
        message: expect.stringContaining('单位 "nowhere" 不存在'),
        extensions: { code: 'NOT_FOUND', field: 'units.1.unitId' },
      });
    });

    it('an answer from a unit the instruction does not name', async () => {
      const error = await t.refused(ANSWER, { input: { instructionId, unitId: 'st-c', text: '复盘' } }, as('STATION_CHIEF', ['st-c']));
      expect(problemOf(error)).toMatchObject({
        field: 'unitId',
        problem: expect.stringContaining(`批示 ${instructionId} 未要求单位 st-c 复盘`),
      });
    });

    it('an answer to an instruction that does not exist', async () => {
      const error = await t.refused(
        ANSWER,
        { input: { instructionId: 'nothing', unitId: 'st-a', text: '复盘' } },
        as('STATION_CHIEF', ['st-a']),
      );
      expect(error).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'instructionId' } });
    });

    it('an answer to a withdrawn instruction, and a second withdrawal', async () => {
      const id = (await issue({ units: [{ unitId: 'st-a' }] })).data!.issueBulletinInstruction.instructionId;
      await t.ok(WITHDRAW, { input: { instructionId: id, reason: '已并入上一条批示' } });
      const error = await t.refused(ANSWER, { input: { instructionId: id, unitId: 'st-a', text: '复盘' } }, as('STATION_CHIEF', ['st-a']));
      expect(problemOf(error)).toMatchObject({ field: 'instructionId', problem: expect.stringContaining('已撤回') });
      expect(problemOf(await t.refused(WITHDRAW, { input: { instructionId: id, reason: '再撤' } }))).toMatchObject({
        field: 'instructionId',
      });
      const withdrawn = (await onBulletin()).find((i: any) => i.instructionId === id);
      expect(withdrawn.withdrawal).toEqual({ reason: '已并入上一条批示', withdrawnBy: { subject: 'test-evaluation_staff' } });
      expect(withdrawn.units.map((u: any) => u.statusLabel)).toEqual(['已撤回']);
    });
  });

  describe('authorization', () => {
    it('lets only leadership and evaluation staff issue or withdraw', async () => {
      for (const role of ['COUNTY_CHIEF', 'STATION_CHIEF', 'RECORDER', 'ADMINISTRATOR']) {
        const error = await t.refused(ISSUE, { input: VALID }, as(role, ['county-sx']));
        expect(error.extensions).toMatchObject({ code: 'FORBIDDEN' });
      }
      const staff = await issue({}, { 'x-actor': 'kp-zhang', 'x-actor-role': 'EVALUATION_STAFF' });
      expect(staff.errors).toBeUndefined();
      const error = await t.refused(WITHDRAW, { input: { instructionId, reason: '撤回' } }, as('COUNTY_CHIEF', ['county-sx']));
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN' });
    });

    it("refuses an answer for another unit's station, and staff answering for a unit", async () => {
      const other = await t.refused(ANSWER, { input: { instructionId, unitId: 'st-a', text: '复盘' } }, as('STATION_CHIEF', ['st-b']));
      expect(other.extensions).toMatchObject({ code: 'FORBIDDEN' });
      const otherCounty = await t.refused(
        ANSWER,
        { input: { instructionId, unitId: 'st-a', text: '复盘' } },
        as('COUNTY_CHIEF', ['county-dt']),
      );
      expect(otherCounty.extensions).toMatchObject({ code: 'FORBIDDEN' });
      const staff = await t.refused(ANSWER, { input: { instructionId, unitId: 'st-a', text: '复盘' } }, LEADER);
      expect(staff.extensions).toMatchObject({ code: 'FORBIDDEN' });
    });

    it("shows a chief his own unit's instructions only, and every reader a bulletin's", async () => {
      const error = (await t.gql(OF_UNIT, { unitId: 'st-a' }, as('STATION_CHIEF', ['st-c']))).errors![0];
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN' });
      const read = await t.gql(ON_BULLETIN, { day: '2026-04-17' }, as('STATION_CHIEF', ['st-c']));
      expect(read.data!.bulletinInstructions.length).toBeGreaterThan(0);
    });
  });
});
