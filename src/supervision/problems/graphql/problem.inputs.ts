import { bilingual } from '../../../common/bilingual';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { NOT_EMPTY } from '../../../common/graphql/input-messages';
import { DayScalar } from '../../../common/graphql/scalars';
import { EvidenceInput } from '../../evidence/graphql/evidence.types';
import { WorkflowStepInput } from '../../common/graphql/workflow.inputs';

@InputType({ isAbstract: true })
abstract class RaiseProblemBaseInput extends WorkflowStepInput {
  @Field(() => ID, { description: '县局: whose list the problem goes on' })
  @IsString()
  @IsNotEmpty()
  countyId: string;

  @Field({ description: 'The month of the list, YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, {
    message: bilingual('月份须为 YYYY-MM 格式，例如 "2026-05"', 'month must be YYYY-MM, e.g. "2026-05"'),
  })
  month: string;

  @Field(() => ID, { description: '责任人: a chief of the county or of one of its stations' })
  @IsString()
  @IsNotEmpty()
  ownerChiefId: string;

  @Field(() => DayScalar, { description: '整改期限: not before today' })
  @IsString()
  deadline: string;
}

@InputType({ description: '采纳候选问题: put a problem the figures suggest on the list, its evidence frozen as it stands' })
export class AdoptProblemCandidateInput extends RaiseProblemBaseInput {
  @Field({ description: "The candidate's key, as problemList gives it" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  candidateKey: string;

  @Field(() => Float, { nullable: true, description: '见面率目标 the candidates were computed with (default 0.9)' })
  @IsOptional()
  @IsNumber()
  faceToFaceTarget?: number;
}

@InputType({ description: '人工提出问题' })
export class RaiseProblemInput extends RaiseProblemBaseInput {
  @Field()
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  title: string;

  @Field()
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(2000)
  description: string;

  @Field(() => EvidenceInput, { nullable: true, description: 'The county or one of its stations, and the period whose figures to cite' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput;
}

@InputType({ description: '督导点题转为问题' })
export class RaiseProblemFromVisitInput extends RaiseProblemBaseInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  visitId: string;

  @Field(() => Int, { description: '第N点 of the visit' })
  @IsInt()
  @Min(1)
  pointNumber: number;

  @Field({ nullable: true, description: "Default: the point's text" })
  @IsOptional()
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  title?: string;

  @Field(() => EvidenceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput;
}

@InputType({ isAbstract: true })
abstract class ProblemStepInput extends WorkflowStepInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  problemId: string;
}

@InputType({ description: '提交整改方案' })
export class StartProblemRectificationInput extends ProblemStepInput {
  @Field({ description: '整改方案' })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(2000)
  plan: string;
}

@InputType({ description: '报告整改完成, with what shows it' })
export class ReportProblemRectifiedInput extends ProblemStepInput {
  @Field({ description: '整改情况' })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(2000)
  text: string;

  @Field(() => [String], { nullable: true, description: 'References to events (ids) or documents (文号) that show it' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: bilingual('references 中不能有空项', 'references must not contain an empty reference') })
  @MaxLength(200, { each: true })
  references?: string[];
}

@InputType({ description: '核验销号 (evaluation staff)' })
export class VerifyProblemRectificationInput extends ProblemStepInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType({ description: '核验不通过: back to rectification' })
export class RefuseProblemVerificationInput extends ProblemStepInput {
  @Field({ description: '不通过理由' })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(2000)
  reason: string;
}
