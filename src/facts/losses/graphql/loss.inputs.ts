import { bilingual } from '../../../common/bilingual';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { graphqlEnum } from '../../../common/graphql/enum';
import { FactEnvelopeInput } from '../../../recording/fact-envelope.input';
import { DateTimeScalar, MoneyScalar } from '../../../common/graphql/scalars';
import { FRAUD_TYPES, FRAUD_TYPE_LABELS, FraudType } from '../events/loss.events';
import { CorrectedEventId, CorrectionReason } from '../../correction-fields';
import { FRAUD_METHODS, FRAUD_METHOD_LABELS, FraudMethod, VICTIM_GROUPS, VICTIM_GROUP_LABELS, VictimGroup } from '../events/case-analysis';

const FraudTypeEnum = graphqlEnum('FraudType', FRAUD_TYPES, FRAUD_TYPE_LABELS, '诈骗类型');
const FraudMethodEnum = graphqlEnum('FraudMethod', FRAUD_METHODS, FRAUD_METHOD_LABELS, '作案手段 (接触渠道)');
const VictimGroupEnum = graphqlEnum('VictimGroup', VICTIM_GROUPS, VICTIM_GROUP_LABELS, '受害群体');

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

  @Field(() => FraudMethodEnum, { nullable: true, description: '作案手段 (一案一分析): how the fraudster reached the victim' })
  @IsOptional()
  @IsIn(FRAUD_METHODS)
  method?: FraudMethod;

  @Field(() => VictimGroupEnum, { nullable: true, description: '受害群体 (一案一分析)' })
  @IsOptional()
  @IsIn(VICTIM_GROUPS)
  victimGroup?: VictimGroup;
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

@InputType({ description: '受害人回访 (一案一回访): occurredAt is when the victim was visited, no earlier than the filing' })
export class VisitVictimInput extends CaseFactInput {
  @Field({ nullable: true, description: '回访民警' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: bilingual('回访民警不能为空白', 'visitedBy must not be blank') })
  @MaxLength(100)
  visitedBy?: string;

  @Field({ nullable: true, description: '回访情况 (原因分析、宣防等), 不含受害人身份证号和电话' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: bilingual('回访情况不能为空白', 'notes must not be blank') })
  @MaxLength(1000)
  notes?: string;
}

@InputType({ description: '撤回误录的受害人回访' })
export class RetractVictimVisitInput extends CaseFactInput {
  @CorrectedEventId()
  eventId: string;

  @CorrectionReason()
  reason: string;
}
