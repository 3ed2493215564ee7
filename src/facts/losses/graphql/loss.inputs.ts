import { bilingual } from '../../../common/bilingual';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';
import { graphqlEnum } from '../../../common/graphql/enum';
import { FactEnvelopeInput } from '../../../recording/fact-envelope.input';
import { DateTimeScalar, MoneyScalar } from '../../../common/graphql/scalars';
import { FRAUD_TYPES, FRAUD_TYPE_LABELS, FraudType } from '../events/loss.events';
import { CorrectionReason } from '../../correction-fields';

const FraudTypeEnum = graphqlEnum('FraudType', FRAUD_TYPES, FRAUD_TYPE_LABELS, '诈骗类型');

@InputType({ description: '接报涉电诈警情' })
export class ReceiveFraudAlertInput extends FactEnvelopeInput {
  @ExternalId()
  alertId: string;

  @Field(() => FraudTypeEnum)
  @IsIn(FRAUD_TYPES)
  fraudType: FraudType;
}

@InputType({ description: '撤销误录的警情' })
export class RevokeFraudAlertInput extends FactEnvelopeInput {
  @ExternalId()
  alertId: string;

  @CorrectionReason()
  reason: string;
}

@InputType({ isAbstract: true })
abstract class CaseFactInput extends FactEnvelopeInput {
  @ExternalId("The case system's case number")
  caseId: string;
}

const NOT_NEGATIVE_LOSS = { message: bilingual('财损不能为负数', 'loss must not be negative') };

@InputType({ description: '立案(发案)' })
export class FileCaseInput extends CaseFactInput {
  @Field(() => FraudTypeEnum)
  @IsIn(FRAUD_TYPES)
  fraudType: FraudType;

  @Field(() => MoneyScalar, { description: '财损, yuan' })
  @IsInt()
  @Min(0, NOT_NEGATIVE_LOSS)
  loss: number;
}

@InputType({ description: '更正财损' })
export class AmendCaseLossInput extends CaseFactInput {
  @Field(() => MoneyScalar, { description: 'The corrected loss, yuan' })
  @IsInt()
  @Min(0, NOT_NEGATIVE_LOSS)
  loss: number;

  @Field()
  @IsString()
  @IsNotEmpty({ message: bilingual('须写明更正财损的理由', 'reason must say why the loss is corrected') })
  @MaxLength(500)
  reason: string;
}

@InputType({ description: '撤案' })
export class RevokeCaseInput extends CaseFactInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: bilingual('须写明撤案理由', 'reason must say why the case is revoked') })
  @MaxLength(500)
  reason: string;
}

@InputType({ description: '更正立案时间: the case moves, with its loss, to the day of the corrected time' })
export class CorrectCaseTimeInput extends CaseFactInput {
  @Field(() => DateTimeScalar, { description: 'When the case was in fact filed (business time)' })
  @IsString()
  filedAt: string;

  @CorrectionReason()
  reason: string;
}
