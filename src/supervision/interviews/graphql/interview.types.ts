import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, DayScalar } from '../../../common/graphql/scalars';
import { ChiefRoleEnum } from '../../../organization/graphql/organization.inputs';
import { ChiefRole } from '../../../organization/events/organization.events';
import { EvidenceType } from '../../evidence/graphql/evidence.types';
import { InterviewStatus } from '../domain/interview-status';
import { EscalationSource, Industry } from '../events/interview.events';
import { InterviewEscalationSourceEnum, InterviewIndustryEnum, InterviewStatusEnum } from './interview.inputs';
import { WorkflowStepType } from '../../common/graphql/workflow-step.types';

@ObjectType('InterviewChief', { description: '六长之一, named as on the day of the order' })
export class InterviewChiefType {
  @Field(() => ID)
  chiefId: string;

  @Field()
  name: string;

  @Field(() => ChiefRoleEnum)
  role: ChiefRole;

  @Field()
  roleLabel: string;
}

@ObjectType('InterviewTarget', { description: "约谈对象: a unit (kind UNIT) or an industry's responsible person (kind INDUSTRY)" })
export class InterviewTargetType {
  @Field({ description: 'UNIT or INDUSTRY' })
  kind: string;

  @Field({ description: 'e.g. "沙县分局 县局局长沙县局长" or "银行 农商银行沙县支行 行长李某"' })
  label: string;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => InterviewChiefType, { nullable: true })
  chief: InterviewChiefType | null;

  @Field(() => InterviewIndustryEnum, { nullable: true })
  industry: Industry | null;

  @Field(() => String, { nullable: true })
  organization: string | null;

  @Field(() => String, { nullable: true })
  personTitle: string | null;

  @Field(() => String, { nullable: true })
  personName: string | null;
}

@ObjectType('InterviewSchedule', { description: '约谈安排' })
export class InterviewScheduleType {
  @Field(() => DateTimeScalar)
  at: string;

  @Field()
  place: string;

  @Field({ description: '约谈人' })
  interviewer: string;
}

@ObjectType('InterviewEscalatedFrom')
export class InterviewEscalatedFromType {
  @Field(() => InterviewEscalationSourceEnum)
  kind: EscalationSource;

  @Field()
  kindLabel: string;

  @Field(() => ID)
  id: string;
}

@ObjectType('InterviewRequirement', { description: '整改要求 and its latest follow-up finding' })
export class InterviewRequirementType {
  @Field(() => Int)
  number: number;

  @Field()
  text: string;

  @Field(() => DayScalar)
  deadline: string;

  @Field(() => Boolean, { nullable: true, description: 'null until a follow-up check looked at it' })
  met: boolean | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => DayScalar, { nullable: true })
  checkedOn: string | null;

  @Field({ description: 'The deadline passed and no follow-up check looked at it (read today)' })
  overdue: boolean;
}

@ObjectType('InterviewStep', { description: '约谈的一个环节' })
export class InterviewStepType extends WorkflowStepType {}

@ObjectType('Interview', { description: '约谈' })
export class InterviewType {
  @Field(() => ID)
  interviewId: string;

  @Field(() => InterviewStatusEnum)
  status: InterviewStatus;

  @Field()
  statusLabel: string;

  @Field({ description: "A requirement's deadline passed without a follow-up check (read today)" })
  overdue: boolean;

  @Field(() => InterviewTargetType)
  target: InterviewTargetType;

  @Field(() => ID, { description: 'The unit concerned: the interviewed unit, or for an industry the unit whose figures prompted it' })
  unitId: string;

  @Field(() => ID)
  countyId: string;

  @Field(() => InterviewChiefType, { description: '决定约谈的领导' })
  orderedBy: InterviewChiefType;

  @Field()
  reason: string;

  @Field(() => EvidenceType)
  evidence: EvidenceType;

  @Field(() => InterviewEscalatedFromType, { nullable: true })
  escalatedFrom: InterviewEscalatedFromType | null;

  @Field(() => DayScalar)
  orderedOn: string;

  @Field(() => InterviewScheduleType, { nullable: true })
  schedule: InterviewScheduleType | null;

  @Field(() => DateTimeScalar, { nullable: true })
  heldAt: string | null;

  @Field(() => [String], { nullable: true, description: '参加人员' })
  attendees: string[] | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => DayScalar, { nullable: true })
  closedOn: string | null;

  @Field(() => String, { nullable: true })
  conclusion: string | null;

  @Field(() => Boolean, { nullable: true, description: 'On closing: were all requirements met' })
  allMet: boolean | null;
}
