import { REQUIREMENTS_LISTED, WorkflowStepInput } from '../../common/graphql/workflow.inputs';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NOT_EMPTY, idFormat } from '../../../common/graphql/input-messages';
import { DayScalar } from '../../../common/graphql/scalars';
import { EvidenceInput } from '../../evidence/graphql/evidence.types';
import { LETTER_STATUSES, LetterStatus } from '../domain/letter-status';
import { LetterStatusEnum } from './letter.types';

/** No dots: the id is a path segment before ".html" and ".pdf". */
const LETTER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const LETTER_ID_FORMAT = idFormat(['_', '-']);

@InputType({ description: 'A step on an existing letter (下发, 送达)' })
export class LetterStepInput extends WorkflowStepInput {
  @Field(() => ID)
  @Matches(LETTER_ID, LETTER_ID_FORMAT)
  letterId: string;
}

@InputType({ description: '起草工作提示函' })
export class DraftLetterInput extends WorkflowStepInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new UUID' })
  @IsOptional()
  @Matches(LETTER_ID, LETTER_ID_FORMAT)
  letterId?: string;

  @Field(() => ID, { description: '主送单位: a county bureau or a police station' })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  unitId: string;

  @Field({ description: '标题, e.g. "关于电诈发案同比上升的工作提示"' })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  title: string;

  @Field({ description: '发现的问题 (正文)' })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(5000)
  findings: string;

  @Field(() => [String], { description: '工作要求, printed as 一、二、三、' })
  @ArrayNotEmpty(REQUIREMENTS_LISTED)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  requirements: string[];

  @Field(() => DayScalar, { description: '回复期限: today or later' })
  @IsString()
  deadline: string;

  @Field(() => EvidenceInput)
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence: EvidenceInput;
}

@InputType({ description: '修改草稿: only the fields given change' })
export class ReviseLetterDraftInput extends LetterStepInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  findings?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayNotEmpty(REQUIREMENTS_LISTED)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  requirements?: string[];

  @Field(() => DayScalar, { nullable: true })
  @IsOptional()
  @IsString()
  deadline?: string;

  @Field(() => EvidenceInput, { nullable: true, description: 'Cite figures gathered anew' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput;
}

@InputType({ description: '撤回草稿' })
export class WithdrawLetterDraftInput extends LetterStepInput {
  @Field()
  @IsString()
  @MaxLength(500)
  reason: string;
}

@InputType({ description: '签收' })
export class AcknowledgeLetterInput extends LetterStepInput {
  @Field({ description: '签收人' })
  @IsString()
  @MaxLength(50)
  signedBy: string;
}

@InputType({ description: '回复整改措施' })
export class AnswerLetterInput extends LetterStepInput {
  @Field({ description: '整改措施' })
  @IsString()
  @MaxLength(5000)
  measures: string;
}

@InputType({ description: '退回重新回复' })
export class ReturnLetterAnswerInput extends LetterStepInput {
  @Field()
  @IsString()
  @MaxLength(500)
  reason: string;

  @Field(() => DayScalar, { nullable: true, description: 'A new answer deadline; default: the current one' })
  @IsOptional()
  @IsString()
  deadline?: string;
}

@InputType({ description: '办结' })
export class CloseLetterInput extends LetterStepInput {
  @Field({ nullable: true, description: '办结意见' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  remark?: string;
}

@InputType({ description: 'Which letters to list; every condition given must hold' })
export class LettersFilterInput {
  @Field(() => ID, { nullable: true, description: '主送单位' })
  @IsOptional()
  @IsString()
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'Letters to the county bureau and to its stations' })
  @IsOptional()
  @IsString()
  countyId?: string;

  @Field(() => LetterStatusEnum, { nullable: true, description: 'As read today: OVERDUE lists the letters past their deadline' })
  @IsOptional()
  @IsIn(LETTER_STATUSES)
  status?: LetterStatus;

  @Field(() => Int, { nullable: true, description: 'Year of issue (文号年度)' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
