import { bilingual } from '../../../common/bilingual';
import { applyDecorators } from '@nestjs/common';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { FactEnvelopeInput } from '../../../recording/fact-envelope.input';
import { DateTimeScalar, MoneyScalar } from '../../../common/graphql/scalars';
import { CorrectedEventId, CorrectionReason } from '../../correction-fields';

const RecoveredAmount = () =>
  applyDecorators(
    Field(() => MoneyScalar, { description: 'yuan' }),
    IsInt(),
    Min(1, { message: bilingual('金额须大于零', 'amount must be greater than zero') }),
  );

@InputType({ isAbstract: true })
abstract class RecoveryOperationInput extends FactEnvelopeInput {
  @ExternalId('The recovery operation (止付/冻结/返赃 record) this belongs to')
  operationId: string;
}

@InputType({ isAbstract: true })
abstract class RecoveryFactInput extends RecoveryOperationInput {
  @RecoveredAmount()
  amount: number;
}

@InputType({ isAbstract: true })
abstract class AccountsRecoveryInput extends RecoveryFactInput {
  @Field(() => Int, { description: 'Number of accounts' })
  @IsInt()
  @Min(1, { message: bilingual('账户数至少为 1 个', 'accounts must be at least 1') })
  @Max(100_000)
  accounts: number;
}

@InputType({ description: '止付' })
export class StopPaymentInput extends AccountsRecoveryInput {
  @Field(() => DateTimeScalar, { nullable: true, description: '报案时间: 止付效率 (从报案到止付的用时) 由此计; 不晚于止付时间' })
  @IsOptional()
  @IsString()
  reportedAt?: string;
}

@InputType({ description: '冻结' })
export class FreezeFundsInput extends AccountsRecoveryInput {}

@InputType({ description: '返赃' })
export class ReturnFundsInput extends RecoveryFactInput {}

@InputType({ description: '劝阻避免损失' })
export class RecordLossAvertedInput extends RecoveryFactInput {
  @ExternalId('The warning instruction whose dissuasion averted the loss', { optional: true })
  instructionId?: string;
}

@InputType({ isAbstract: true })
abstract class RecoveryCorrectionInput extends RecoveryOperationInput {
  @CorrectedEventId()
  eventId: string;

  @CorrectionReason()
  reason: string;
}

@InputType({ description: '更正止付/冻结/返赃/避免损失金额' })
export class AmendRecoveryAmountInput extends RecoveryCorrectionInput {
  @RecoveredAmount()
  amount: number;
}

@InputType({ description: '撤回误录的止付/冻结/返赃/避免损失记录' })
export class RetractRecoveryFactInput extends RecoveryCorrectionInput {}
