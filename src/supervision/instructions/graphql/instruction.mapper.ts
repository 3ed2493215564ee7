import { Day } from '../../../common/business-day';
import { CHIEF_ROLE_LABELS } from '../../../organization/events/organization.events';
import { INSTRUCTION_UNIT_STATUS_LABELS, instructionUnitStatus } from '../domain/instruction-status';
import { InstructedUnitRow, InstructionAnswerRow } from '../projections/instructions.projection';
import { InstructionView } from '../queries/instructions.reader';
import { BulletinInstructionType, InstructedUnitType, InstructionAnswerType } from './instruction.types';

const toAnswerType = (answer: InstructionAnswerRow): InstructionAnswerType => ({
  ...answer,
  answeredByName: answer.answeredBy.name ?? answer.answeredBy.subject,
});

function toUnitType(unit: InstructedUnitRow, withdrawn: boolean, dueDay: Day, today: Day): InstructedUnitType {
  const answers = unit.answers.map(toAnswerType);
  const status = instructionUnitStatus(withdrawn, answers.length > 0, dueDay, today);
  return {
    unitId: unit.unitId,
    name: unit.unitName,
    taskForce: unit.taskForce,
    status,
    statusLabel: INSTRUCTION_UNIT_STATUS_LABELS[status],
    answer: answers.at(-1) ?? null,
    earlierAnswers: answers.slice(0, -1),
  };
}

export function toInstructionType(view: InstructionView, today: Day): BulletinInstructionType {
  const { leader, withdrawal, dueDay } = view;
  return {
    instructionId: view.instructionId,
    bulletinDay: view.bulletinDay,
    bulletinNumber: view.bulletinNumber,
    leader: { ...leader, roleLabel: CHIEF_ROLE_LABELS[leader.role] },
    text: view.text,
    issuedOn: view.issuedOn,
    dueDay,
    issuedAt: view.issuedAt,
    issuedBy: view.issuedBy,
    units: view.units.map((u) => toUnitType(u, withdrawal !== null, dueDay, today)),
    withdrawal,
  };
}
