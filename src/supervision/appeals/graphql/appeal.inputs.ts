import { bilingual } from '../../../common/bilingual';
import { WorkflowStepInput } from '../../common/graphql/workflow.inputs';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { DayScalar } from '../../../common/graphql/scalars';
import { APPEAL_OUTCOMES, AppealOutcome } from '../events/appeal.events';
import { AppealOutcomeEnum } from './appeal.types';

@InputType({ description: '提出申诉: a chief contests a score, or a fact counted in it' })
export class FileAppealInput extends WorkflowStepInput {
  @ExternalId('The appellant: a station chief (his defense area) or a county chief (his county or its stations)')
  chiefId: string;

  @ExternalId('The station (defense area) or county whose figures are contested')
  unitId: string;

  @Field(() => DayScalar, { description: 'First contested day' })
  @IsString()
  from: string;

  @Field(() => DayScalar, { nullable: true, description: 'Last contested day; default `from` (one day)' })
  @IsOptional()
  @IsString()
  to?: string;

  @ExternalId('A fact counted in those figures, as explainScore lists it; omitted: the score is contested', { optional: true })
  eventId?: string;

  @Field({ description: '申诉理由' })
  @IsString()
  @IsNotEmpty({ message: bilingual('须写明申诉的内容和理由', 'reason must say what is contested and why') })
  @MaxLength(2000)
  reason: string;

  @Field(() => Int, { nullable: true, description: 'Days the evaluation staff have to review it; default 7' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: bilingual('复核期限至少为 1 天', 'reviewWithinDays must be at least 1') })
  @Max(90, { message: bilingual('复核期限最多为 90 天', 'reviewWithinDays must be at most 90') })
  reviewWithinDays?: number;
}

@InputType({ description: "复核申诉: the evaluation staff's outcome, with their reasoning" })
export class ReviewAppealInput extends WorkflowStepInput {
  @ExternalId()
  appealId: string;

  @Field(() => AppealOutcomeEnum)
  @IsIn(APPEAL_OUTCOMES)
  outcome: AppealOutcome;

  @Field({ description: '复核意见' })
  @IsString()
  @IsNotEmpty({ message: bilingual('须写明复核结论的理由', 'reasoning must explain the outcome') })
  @MaxLength(2000)
  reasoning: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'CORRECTED only: the correcting events (e.g. 更正财损, 撤案) recorded since the appeal for the contested figures',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: bilingual('correctingEventIds 中有重复的事件', 'correctingEventIds must not repeat an event') })
  @IsString({ each: true })
  @IsNotEmpty({
    each: true,
    message: bilingual('correctingEventIds 中不能有空的事件编号', 'correctingEventIds must not contain an empty id'),
  })
  correctingEventIds?: string[];
}

@InputType({ description: '撤回申诉: the appellant withdraws it before review' })
export class WithdrawAppealInput extends WorkflowStepInput {
  @ExternalId()
  appealId: string;

  @ExternalId('The appellant')
  chiefId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
