import { bilingual } from '../../../common/bilingual';
import { WorkflowStepInput } from '../../common/graphql/workflow.inputs';
import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { NOT_EMPTY } from '../../../common/graphql/input-messages';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { DayScalar } from '../../../common/graphql/scalars';

@InputType({ isAbstract: true })
abstract class SuggestionDecisionInput extends WorkflowStepInput {
  @Field({ description: "The suggestion's key, as `suggestions` lists it" })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(300)
  key: string;

  @Field(() => DayScalar, { nullable: true, description: 'The day it was listed for; default today' })
  @IsOptional()
  @IsString()
  asOf?: string;
}

@InputType({ description: '采纳建议' })
export class AcceptSuggestionInput extends SuggestionDecisionInput {
  @ExternalId('The letter, interview or listing created for it, if any', { optional: true })
  actionId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType({ description: '不予采纳' })
export class DismissSuggestionInput extends SuggestionDecisionInput {
  @Field({ description: '理由' })
  @IsString()
  @IsNotEmpty({ message: bilingual('须写明不予采纳的理由', 'reason must say why the suggestion is not taken up') })
  @MaxLength(2000)
  reason: string;
}
