import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NOT_EMPTY } from '../../common/graphql/input-messages';
import { DayScalar } from '../../common/graphql/scalars';
import { graphqlEnum } from '../../common/graphql/enum';
import { TextField, WorkflowStepInput } from '../../supervision/common/graphql/workflow.inputs';
import { VERIFICATION_OUTCOMES, VERIFICATION_OUTCOME_LABELS, VerificationOutcome } from '../events/finding.events';

const OutcomeEnum = graphqlEnum('VerificationOutcome', VERIFICATION_OUTCOMES, VERIFICATION_OUTCOME_LABELS, '核查结论');

@InputType({ description: '核查一条线索' })
export class VerifyFindingInput extends WorkflowStepInput {
  @Field(() => ID, { description: 'As integrityFindings gives it' })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  findingId: string;

  @Field(() => ID, { description: 'The unit the findings were asked for' })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  unitId: string;

  @Field(() => DayScalar)
  @IsString()
  from: string;

  @Field(() => DayScalar)
  @IsString()
  to: string;

  @Field(() => OutcomeEnum)
  @IsIn(VERIFICATION_OUTCOMES)
  outcome: VerificationOutcome;

  @TextField(1000, '核查情况: what the verification found')
  reason: string;
}
