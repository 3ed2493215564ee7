import { given } from '../../../common/decider.spec-helpers';
import { ChiefInfo } from '../../../scoring/domain/accountability';
import { UnitFacts } from '../../common/domain/organization-facts';
import { BulletinInstructionAnswered, BulletinInstructionIssued, BulletinInstructionWithdrawn } from '../events/instruction.events';
import { AnswerInstruction, IssueFacts, IssueInstruction, instructionDecider as decider } from './instruction.decider';

const leader: ChiefInfo = {
  chiefId: 'leader-1',
  name: '郑局长',
  role: 'BUREAU_LEADER',
  unitId: 'city',
  appointedFrom: '2026-01-01',
  removedFrom: null,
};
const unit = (unitId: string, level: UnitFacts['level'], parentId: string | null, name = unitId): UnitFacts => ({
  unitId,
  name,
  level,
  parentId,
});
const FACTS: IssueFacts = {
  bulletin: { day: '2026-04-17', number: 12 },
  leader,
  units: [unit('st-a', 'STATION', 'county-sx', '凤岗派出所'), unit('county-sx', 'COUNTY', 'city', '沙县分局')],
};

const issue = (extra: Partial<IssueInstruction> = {}, facts: Partial<IssueFacts> = {}): IssueInstruction => ({
  type: 'IssueInstruction',
  instructionId: 'I-1',
  bulletinDay: '2026-04-17',
  text: ' 请两地所长和属县专班复盘 ',
  units: [
    { unitId: 'st-a', taskForce: false },
    { unitId: 'county-sx', taskForce: true },
  ],
  dueDay: '2026-04-20',
  today: '2026-04-18',
  facts: { ...FACTS, ...facts },
  ...extra,
});

const issued: BulletinInstructionIssued = {
  type: 'BulletinInstructionIssued',
  data: {
    instructionId: 'I-1',
    bulletinDay: '2026-04-17',
    bulletinNumber: 12,
    leader: { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER' },
    text: '请两地所长和属县专班复盘',
    units: [
      { unitId: 'st-a', name: '凤岗派出所', level: 'STATION', countyId: 'county-sx', taskForce: false },
      { unitId: 'county-sx', name: '沙县分局专班', level: 'COUNTY', countyId: 'county-sx', taskForce: true },
    ],
    issuedOn: '2026-04-18',
    dueDay: '2026-04-20',
  },
};

const answer = (extra: Partial<AnswerInstruction> = {}): AnswerInstruction => ({
  type: 'AnswerInstruction',
  instructionId: 'I-1',
  unitId: 'st-a',
  text: ' 已逐案复盘，见面核查不到位2起 ',
  today: '2026-04-19',
  ...extra,
});

const answered = (extra: Partial<BulletinInstructionAnswered['data']> = {}): BulletinInstructionAnswered => ({
  type: 'BulletinInstructionAnswered',
  data: {
    instructionId: 'I-1',
    bulletinDay: '2026-04-17',
    unitId: 'st-a',
    unitName: '凤岗派出所',
    text: '已逐案复盘，见面核查不到位2起',
    answeredOn: '2026-04-19',
    dueDay: '2026-04-20',
    late: false,
    revision: 1,
    ...extra,
  },
});

const withdrawn: BulletinInstructionWithdrawn = {
  type: 'BulletinInstructionWithdrawn',
  data: { instructionId: 'I-1', bulletinDay: '2026-04-17', unitIds: ['st-a', 'county-sx'], reason: '重复批示' },
};

describe('bulletin instruction decider', () => {
  describe('issuing', () => {
    it("records the instruction on the bulletin with its number, the leader, the units (a county's task force named so) and the due day", () => {
      given(decider, []).when(issue()).then([issued]);
    });

    it('accepts a due day on the bulletin day itself', () => {
      given(decider, [])
        .when(issue({ dueDay: '2026-04-17' }))
        .then([{ ...issued, data: { ...issued.data, dueDay: '2026-04-17' } }]);
    });

    it('refuses a day with no published bulletin', () => {
      given(decider, [])
        .when(issue({ bulletinDay: '2026-04-16' }, { bulletin: null }))
        .thenThrows({ message: '日通报（2026-04-16）尚未发布，只能对已发布的日通报批示', field: 'bulletinDay' });
    });

    it('refuses a leader who is not a city chief, or not in office today', () => {
      given(decider, [])
        .when(issue({}, { leader: { ...leader, role: 'COUNTY_CHIEF' } }))
        .thenThrows({ message: 'instructions on a bulletin are a city leader', field: 'chiefId' });
      given(decider, [])
        .when(issue({}, { leader: { ...leader, removedFrom: '2026-04-18' } }))
        .thenThrows({ message: 'chief leader-1 was not in office on 2026-04-18', field: 'chiefId' });
    });

    it('refuses a blank text', () => {
      given(decider, [])
        .when(issue({ text: '  ' }))
        .thenThrows({ message: '填写内容不能为空白（text）', field: 'text' });
    });

    it('refuses no unit, a unit named twice, the city, and a task force of a unit that is no county', () => {
      given(decider, [])
        .when(issue({ units: [] }, { units: [] }))
        .thenThrows({ message: '至少须指定一个复盘单位', field: 'units' });
      const twice = [FACTS.units[0], FACTS.units[0]];
      given(decider, [])
        .when(
          issue(
            {
              units: [
                { unitId: 'st-a', taskForce: false },
                { unitId: 'st-a', taskForce: false },
              ],
            },
            { units: twice },
          ),
        )
        .thenThrows({ message: '单位 st-a 重复指定', field: 'units.1.unitId' });
      given(decider, [])
        .when(issue({ units: [{ unitId: 'city', taskForce: false }] }, { units: [unit('city', 'CITY', null)] }))
        .thenThrows({ message: '单位 city 是市局，复盘单位须为派出所、县局（专班）或市局部门', field: 'units.0.unitId' });
      given(decider, [])
        .when(issue({ units: [{ unitId: 'st-a', taskForce: true }] }, { units: [FACTS.units[0]] }))
        .thenThrows({ message: '单位 st-a 是派出所，只有县局设有专班', field: 'units.0.taskForce' });
    });

    it("refuses a due day before the bulletin's day", () => {
      given(decider, [])
        .when(issue({ dueDay: '2026-04-16' }))
        .thenThrows({ message: '复盘期限 2026-04-16 早于通报日期 2026-04-17', field: 'dueDay' });
    });

    it('refuses to issue the same instruction twice', () => {
      given(decider, [issued]).when(issue()).thenThrows({ message: '批示 I-1 已下达过', field: 'instructionId' });
    });
  });

  describe('answering', () => {
    it("records a named unit's answer, trimmed, in time", () => {
      given(decider, [issued]).when(answer()).then([answered()]);
    });

    it('records an answer after the due day as late', () => {
      given(decider, [issued])
        .when(answer({ today: '2026-04-21' }))
        .then([answered({ answeredOn: '2026-04-21', late: true })]);
    });

    it("supersedes a unit's earlier answer with a later one, counting revisions per unit", () => {
      given(decider, [issued, answered()])
        .when(answer({ text: '补充：已约谈社区民警' }))
        .then([answered({ text: '补充：已约谈社区民警', revision: 2 })]);
      given(decider, [issued, answered()])
        .when(answer({ unitId: 'county-sx' }))
        .then([answered({ unitId: 'county-sx', unitName: '沙县分局专班' })]);
    });

    it('refuses a unit the instruction does not name, naming those it does', () => {
      given(decider, [issued])
        .when(answer({ unitId: 'st-b' }))
        .thenThrows({ message: '批示 I-1 未要求单位 st-b 复盘（要求复盘的单位：st-a、county-sx）', field: 'unitId' });
    });

    it('refuses a blank answer', () => {
      given(decider, [issued])
        .when(answer({ text: '\n' }))
        .thenThrows({ field: 'text' });
    });

    it('refuses an answer to an instruction never issued, or withdrawn', () => {
      given(decider, []).when(answer()).thenThrows({ message: '批示 I-1 不存在', field: 'instructionId' });
      given(decider, [issued, withdrawn])
        .when(answer())
        .thenThrows({ message: '批示 I-1 已撤回，不能再复盘或撤回', field: 'instructionId' });
    });
  });

  describe('withdrawing', () => {
    const withdraw = (reason = ' 重复批示 ') => ({ type: 'WithdrawInstruction' as const, instructionId: 'I-1', reason });

    it('records the withdrawal with the bulletin and units the instruction named, answered or not', () => {
      given(decider, [issued]).when(withdraw()).then([withdrawn]);
      given(decider, [issued, answered()]).when(withdraw()).then([withdrawn]);
    });

    it('refuses a blank reason, a second withdrawal, and an instruction never issued', () => {
      given(decider, [issued]).when(withdraw(' ')).thenThrows({ field: 'reason' });
      given(decider, [issued, withdrawn]).when(withdraw()).thenThrows({ message: '已撤回', field: 'instructionId' });
      given(decider, []).when(withdraw()).thenThrows({ field: 'instructionId' });
    });
  });
});
