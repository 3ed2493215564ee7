import { bilingual } from '../../../common/bilingual';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NOT_EMPTY } from '../../../common/graphql/input-messages';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { graphqlEnum } from '../../../common/graphql/enum';
import { DateTimeScalar, DayScalar } from '../../../common/graphql/scalars';
import { EvidenceInput } from '../../evidence/graphql/evidence.types';
import { INTERVIEW_STATUSES, INTERVIEW_STATUS_LABELS } from '../domain/interview-status';
import {
  ESCALATION_SOURCES,
  ESCALATION_SOURCE_LABELS,
  EscalationSource,
  INDUSTRIES,
  INDUSTRY_LABELS,
  Industry,
} from '../events/interview.events';
import { REQUIREMENTS_LISTED, TextField, WorkflowStepInput } from '../../common/graphql/workflow.inputs';

export const InterviewIndustryEnum = graphqlEnum('InterviewIndustry', INDUSTRIES, INDUSTRY_LABELS, '约谈的行业');
export const InterviewEscalationSourceEnum = graphqlEnum(
  'InterviewEscalationSource',
  ESCALATION_SOURCES,
  ESCALATION_SOURCE_LABELS,
  '约谈由何升级而来',
);
export const InterviewStatusEnum = graphqlEnum(
  'InterviewStatus',
  INTERVIEW_STATUSES,
  INTERVIEW_STATUS_LABELS,
  '约谈状态 (逾期: 整改要求到期未核查, 读取时判定)',
);

@InputType({ isAbstract: true })
abstract class InterviewStepInput extends WorkflowStepInput {
  @ExternalId('约谈编号')
  interviewId: string;
}

@InputType({ description: '约谈对象: a county or station leader, optionally its chief by name' })
export class InterviewUnitTargetInput {
  @Field(() => ID, { description: 'A county or a station' })
  @IsString()
  @IsNotEmpty()
  unitId: string;

  @Field(() => ID, { nullable: true, description: 'A chief of that unit in office' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  chiefId?: string;
}

@InputType({ description: '约谈对象: the responsible person of an organisation in an industry (title and name only)' })
export class InterviewIndustryTargetInput {
  @Field(() => InterviewIndustryEnum)
  @IsIn(INDUSTRIES)
  industry: Industry;

  @TextField(100, 'e.g. 农商银行沙县支行')
  organization: string;

  @TextField(50, 'e.g. 行长')
  personTitle: string;

  @TextField(50)
  personName: string;
}

@InputType({ description: '约谈安排' })
export class InterviewScheduleInput {
  @Field(() => DateTimeScalar)
  @IsString()
  at: string;

  @TextField(100)
  place: string;

  @TextField(50, '约谈人')
  interviewer: string;
}

@InputType()
export class InterviewEscalatedFromInput {
  @Field(() => InterviewEscalationSourceEnum)
  @IsIn(ESCALATION_SOURCES)
  kind: EscalationSource;

  @ExternalId('The letter, listing or suggestion')
  id: string;
}

@InputType({ description: '决定约谈: give either `unit` or `industry`' })
export class OrderInterviewInput extends InterviewStepInput {
  @Field(() => InterviewUnitTargetInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterviewUnitTargetInput)
  unit?: InterviewUnitTargetInput;

  @Field(() => InterviewIndustryTargetInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterviewIndustryTargetInput)
  industry?: InterviewIndustryTargetInput;

  @Field(() => ID, { description: 'The leader who ordered it: a chief in office (not a station chief)' })
  @IsString()
  @IsNotEmpty()
  orderedBy: string;

  @TextField(500, '约谈事由')
  reason: string;

  @Field(() => EvidenceInput)
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence: EvidenceInput;

  @Field(() => InterviewEscalatedFromInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterviewEscalatedFromInput)
  escalatedFrom?: InterviewEscalatedFromInput;

  @Field(() => InterviewScheduleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterviewScheduleInput)
  schedule?: InterviewScheduleInput;
}

@InputType({ description: '安排约谈; once scheduled, a new schedule is a reschedule (改期) and needs a reason' })
export class ScheduleInterviewInput extends InterviewStepInput {
  @Field(() => InterviewScheduleInput)
  @ValidateNested()
  @Type(() => InterviewScheduleInput)
  schedule: InterviewScheduleInput;

  @Field({ nullable: true, description: '改期原因' })
  @IsOptional()
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(500)
  reason?: string;
}

@InputType({ description: '取消约谈' })
export class CancelInterviewInput extends InterviewStepInput {
  @TextField(500, '取消原因')
  reason: string;
}

@InputType({ description: '整改要求' })
export class InterviewRequirementInput {
  @TextField(500)
  text: string;

  @Field(() => DayScalar, { description: '整改期限' })
  @IsString()
  deadline: string;
}

@InputType({ description: '约谈已进行: who attended and what was required' })
export class HoldInterviewInput extends InterviewStepInput {
  @Field(() => DateTimeScalar)
  @IsString()
  heldAt: string;

  @Field(() => [String], { description: '参加人员 (name and title)' })
  @ArrayNotEmpty({ message: bilingual('参加人员至少须有一人', 'attendees must name at least one person') })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: bilingual('参加人员姓名不能为空', 'attendees must not contain empty names') })
  @MaxLength(50, { each: true })
  attendees: string[];

  @Field(() => [InterviewRequirementInput])
  @ArrayNotEmpty(REQUIREMENTS_LISTED)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => InterviewRequirementInput)
  requirements: InterviewRequirementInput[];
}

@InputType({ description: 'The finding on one requirement' })
export class InterviewRequirementCheckInput {
  @Field(() => Int, { description: 'The requirement number (1, 2, … in the order stated)' })
  @IsInt()
  @Min(1)
  requirement: number;

  @Field()
  @IsBoolean()
  met: boolean;

  @TextField(500, '核查情况')
  notes: string;
}

@InputType({ description: '回访核查: findings on some or all requirements' })
export class CheckInterviewFollowUpInput extends InterviewStepInput {
  @Field(() => [InterviewRequirementCheckInput])
  @ArrayNotEmpty({ message: bilingual('至少须给出一项核查结果', 'results must give at least one finding') })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => InterviewRequirementCheckInput)
  results: InterviewRequirementCheckInput[];
}

@InputType({ description: '约谈结案, once every requirement was checked' })
export class CloseInterviewInput extends InterviewStepInput {
  @TextField(500, '结案意见')
  conclusion: string;
}
