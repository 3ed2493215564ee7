import { bilingual } from '../../../common/bilingual';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
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

  @Field(() => Boolean, {
    nullable: true,
    description: '是否刑事警情 (日通报的“涉电诈刑事警情”只计刑事警情); 不填按刑事警情计',
  })
  @IsOptional()
  @IsBoolean()
  criminal?: boolean;
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

  @ExternalId('由哪起警情立案 (警情编号): 警情→发案的转化由此计', { optional: true })
  alertId?: string;
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
