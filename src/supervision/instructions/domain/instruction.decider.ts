import { bilingual } from '../../../common/bilingual';
import { Day } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { filledIn } from '../../../common/refusals';
import { countyOf } from '../../../organization/domain/county-of';
import { CITY_ROLES } from '../../../organization/domain/chief.decider';
import { chiefNotInOffice, wrongUnitLevel } from '../../../organization/domain/refusals';
import { CHIEF_ROLE_LABELS } from '../../../organization/events/organization.events';
import { ChiefInfo } from '../../../scoring/domain/accountability';
import { UnitFacts } from '../../common/domain/organization-facts';
import { inOffice } from '../../visits/domain/linked-counties';
import { InstructedUnit, InstructionEvent } from '../events/instruction.events';

/** What the read models hold: the bulletin (null when none was published that day), the leader and the units named. */
export interface IssueFacts {
  bulletin: { day: Day; number: number } | null;
  leader: ChiefInfo;
  /** The units named, in the order named; the gatherer refuses one that does not exist. */
  units: UnitFacts[];
}

export interface IssueInstruction {
  type: 'IssueInstruction';
  instructionId: string;
  bulletinDay: Day;
  text: string;
  units: Array<{ unitId: string; taskForce: boolean }>;
  dueDay: Day;
  today: Day;
  facts: IssueFacts;
}

export interface AnswerInstruction {
  type: 'AnswerInstruction';
  instructionId: string;
  unitId: string;
  text: string;
  today: Day;
}

export interface WithdrawInstruction {
  type: 'WithdrawInstruction';
  instructionId: string;
  reason: string;
}

export type InstructionCommand = IssueInstruction | AnswerInstruction | WithdrawInstruction;

export interface InstructionState {
  issued: { bulletinDay: Day; dueDay: Day; units: InstructedUnit[] } | null;
  withdrawn: boolean;
  /** Answers so far per unit: the next is a revision that supersedes them. */
  answers: ReadonlyMap<string, number>;
}

/** 领导批示: issued on a published bulletin, answered (复盘) by each unit it names, or withdrawn. */
export const instructionDecider: Decider<InstructionState, InstructionCommand, InstructionEvent> = {
  initialState: () => ({ issued: null, withdrawn: false, answers: new Map() }),

  decide(command, state) {
    if (command.type === 'IssueInstruction') return [issue(command, state)];
    const { instructionId } = command;
    const { issued } = state;
    if (!issued) {
      throw new DomainRuleError(
        bilingual(`批示 ${instructionId} 不存在`, `instruction ${instructionId} was never issued`),
        'instructionId',
      );
    }
    if (state.withdrawn) {
      throw new DomainRuleError(
        bilingual(
          `批示 ${instructionId} 已撤回，不能再复盘或撤回`,
          `instruction ${instructionId} was withdrawn; it takes no answer and no second withdrawal`,
        ),
        'instructionId',
      );
    }
    if (command.type === 'WithdrawInstruction') {
      const reason = filledIn(command.reason, 'reason');
      const unitIds = issued.units.map((u) => u.unitId);
      return [{ type: 'BulletinInstructionWithdrawn', data: { instructionId, bulletinDay: issued.bulletinDay, unitIds, reason } }];
    }
    const { unitId, today } = command;
    const unit = issued.units.find((u) => u.unitId === unitId);
    if (!unit) {
      const named = issued.units.map((u) => u.unitId);
      throw new DomainRuleError(
        bilingual(
          `批示 ${instructionId} 未要求单位 ${unitId} 复盘（要求复盘的单位：${named.join('、')}）`,
          `instruction ${instructionId} does not name unit ${unitId} (it names ${named.join(', ')})`,
        ),
        'unitId',
      );
    }
    const text = filledIn(command.text, 'text');
    const { bulletinDay, dueDay } = issued;
    const revision = (state.answers.get(unitId) ?? 0) + 1;
    return [
      {
        type: 'BulletinInstructionAnswered',
        data: { instructionId, bulletinDay, unitId, unitName: unit.name, text, answeredOn: today, dueDay, late: today > dueDay, revision },
      },
    ];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'BulletinInstructionIssued': {
        const { bulletinDay, dueDay, units } = event.data;
        return { ...state, issued: { bulletinDay, dueDay, units } };
      }
      case 'BulletinInstructionAnswered':
        return { ...state, answers: new Map(state.answers).set(event.data.unitId, event.data.revision) };
      case 'BulletinInstructionWithdrawn':
        return { ...state, withdrawn: true };
    }
  },
};

function issue(command: IssueInstruction, state: InstructionState): InstructionEvent {
  const { instructionId, bulletinDay, dueDay, today, facts } = command;
  if (state.issued) {
    throw new DomainRuleError(
      bilingual(`批示 ${instructionId} 已下达过`, `instruction ${instructionId} was already issued`),
      'instructionId',
    );
  }
  const { bulletin, leader } = facts;
  if (!bulletin) {
    throw new DomainRuleError(
      bilingual(
        `日通报（${bulletinDay}）尚未发布，只能对已发布的日通报批示`,
        `no bulletin of ${bulletinDay} was published; instructions are written on published bulletins`,
      ),
      'bulletinDay',
    );
  }
  if (!CITY_ROLES.includes(leader.role)) {
    const cityRoles = CITY_ROLES.map((r) => CHIEF_ROLE_LABELS[r]);
    throw new DomainRuleError(
      bilingual(
        `六长 ${leader.chiefId} 是${CHIEF_ROLE_LABELS[leader.role]}，通报批示由市级领导（${cityRoles.join('、')}）作出`,
        `chief ${leader.chiefId} is a ${CHIEF_ROLE_LABELS[leader.role]}; instructions on a bulletin are a city leader's (${cityRoles.join(', ')})`,
      ),
      'chiefId',
    );
  }
  if (!inOffice(leader, today)) throw chiefNotInOffice(leader.chiefId, 'chiefId', today);
  const text = filledIn(command.text, 'text');
  const units = instructedUnits(command);
  if (dueDay < bulletin.day) {
    throw new DomainRuleError(
      bilingual(`复盘期限 ${dueDay} 早于通报日期 ${bulletin.day}`, `the due day ${dueDay} is before the bulletin's day ${bulletin.day}`),
      'dueDay',
    );
  }
  const { chiefId, name, role } = leader;
  return {
    type: 'BulletinInstructionIssued',
    data: {
      instructionId,
      bulletinDay: bulletin.day,
      bulletinNumber: bulletin.number,
      leader: { chiefId, name, role },
      text,
      units,
      issuedOn: today,
      dueDay,
    },
  };
}

/** Each unit named once, below the city; a task force only a county's. */
function instructedUnits({ units, facts }: IssueInstruction): InstructedUnit[] {
  if (units.length === 0) {
    throw new DomainRuleError(bilingual('至少须指定一个复盘单位', 'units must name at least one unit to review'), 'units');
  }
  return units.map(({ unitId, taskForce }, i) => {
    const unit = facts.units[i];
    if (units.findIndex((u) => u.unitId === unitId) < i) {
      throw new DomainRuleError(bilingual(`单位 ${unitId} 重复指定`, `unit ${unitId} is named twice`), `units.${i}.unitId`);
    }
    if (unit.level === 'CITY') {
      throw wrongUnitLevel(
        unit,
        { zh: '复盘单位须为派出所、县局（专班）或市局部门', en: 'the units to review are stations, counties (task forces) or departments' },
        `units.${i}.unitId`,
      );
    }
    if (taskForce && unit.level !== 'COUNTY') {
      throw wrongUnitLevel(unit, { zh: '只有县局设有专班', en: 'only a county has a task force (专班)' }, `units.${i}.taskForce`);
    }
    return { unitId, name: taskForce ? `${unit.name}专班` : unit.name, level: unit.level, countyId: countyOf(unit), taskForce };
  });
}
