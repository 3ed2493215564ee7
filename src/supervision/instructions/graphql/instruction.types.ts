import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../../common/graphql/enum';
import { DayScalar } from '../../../common/graphql/scalars';
import { ChiefRole } from '../../../organization/events/organization.events';
import { ChiefRoleEnum } from '../../../organization/graphql/organization.inputs';
import { RecordResult } from '../../../recording/record-result.type';
import { SupervisionActorType } from '../../common/graphql/supervision-actor.type';
import { INSTRUCTION_UNIT_STATUSES, INSTRUCTION_UNIT_STATUS_LABELS, InstructionUnitStatus } from '../domain/instruction-status';

export const InstructionUnitStatusEnum = graphqlEnum(
  'InstructionUnitStatus',
  INSTRUCTION_UNIT_STATUSES,
  INSTRUCTION_UNIT_STATUS_LABELS,
  '复盘状态 (逾期 is read off the clock)',
);

@ObjectType('InstructingLeader', { description: '批示领导, as on the day' })
export class InstructingLeaderType {
  @Field(() => ID)
  chiefId: string;

  @Field()
  name: string;

  @Field(() => ChiefRoleEnum)
  role: ChiefRole;

  @Field()
  roleLabel: string;
}

@ObjectType('InstructionAnswer', { description: "复盘: a unit's answer" })
export class InstructionAnswerType {
  @Field()
  text: string;

  @Field(() => DayScalar)
  answeredOn: string;

  @Field({ description: 'Given after the due day' })
  late: boolean;

  @Field(() => Int, { description: '1 for the first answer; a later one supersedes those before' })
  revision: number;

  @Field()
  answeredAt: string;

  @Field(() => SupervisionActorType)
  answeredBy: SupervisionActorType;

  @Field({ description: '复盘人 as the token named him' })
  answeredByName: string;
}

@ObjectType('InstructedUnit', { description: 'A unit told to review (复盘), and where it stands' })
export class InstructedUnitType {
  @Field(() => ID)
  unitId: string;

  @Field({ description: "e.g. 凤岗派出所, 沙县分局专班 (a county's task force)" })
  name: string;

  @Field()
  taskForce: boolean;

  @Field(() => InstructionUnitStatusEnum)
  status: InstructionUnitStatus;

  @Field({ description: '待复盘, 逾期未复盘, 已复盘 or 已撤回' })
  statusLabel: string;

  @Field(() => InstructionAnswerType, { nullable: true, description: 'The latest answer' })
  answer: InstructionAnswerType | null;

  @Field(() => [InstructionAnswerType], { description: 'Answers it superseded, oldest first' })
  earlierAnswers: InstructionAnswerType[];
}

@ObjectType('InstructionWithdrawal', { description: '撤回' })
export class InstructionWithdrawalType {
  @Field()
  reason: string;

  @Field()
  withdrawnAt: string;

  @Field(() => SupervisionActorType)
  withdrawnBy: SupervisionActorType;
}

@ObjectType('BulletinInstruction', {
  description: "领导批示: a leader's instruction on a bulletin, to be reviewed (复盘) by the units named by a day",
})
export class BulletinInstructionType {
  @Field(() => ID)
  instructionId: string;

  @Field(() => DayScalar)
  bulletinDay: string;

  @Field(() => Int, { description: '第N期' })
  bulletinNumber: number;

  @Field(() => InstructingLeaderType)
  leader: InstructingLeaderType;

  @Field({ description: '批示内容' })
  text: string;

  @Field(() => DayScalar)
  issuedOn: string;

  @Field(() => DayScalar, { description: '复盘期限' })
  dueDay: string;

  @Field()
  issuedAt: string;

  @Field(() => SupervisionActorType)
  issuedBy: SupervisionActorType;

  @Field(() => [InstructedUnitType], { description: 'The units named (for a unit query, only those of the unit asked about)' })
  units: InstructedUnitType[];

  @Field(() => InstructionWithdrawalType, { nullable: true })
  withdrawal: InstructionWithdrawalType | null;
}

@ObjectType('IssuedBulletinInstruction', { description: "The outcome of issuing an instruction, with the instruction's id" })
export class IssuedInstructionResult extends RecordResult {
  @Field(() => ID)
  instructionId: string;
}
