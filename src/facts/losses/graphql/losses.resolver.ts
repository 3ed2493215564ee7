import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { RecordAlertCommand, RecordCaseCommand } from '../commands/record-case.command';
import {
  AmendCaseLossInput,
  CorrectCaseTimeInput,
  FileCaseInput,
  ReceiveFraudAlertInput,
  RevokeCaseInput,
  RevokeFraudAlertInput,
} from './loss.inputs';

/** 警情/发案/财损: alerts, cases and their corrections. */
@Resolver()
export class LossesResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => RecordResult, { description: '接报涉电诈警情' })
  receiveFraudAlert(@Args('input') input: ReceiveFraudAlertInput, @Context() ctx: GraphqlContext) {
    const { alertId, fraudType } = input;
    return this.commands.execute(new RecordAlertCommand({ type: 'ReceiveAlert', alertId, fraudType }, commandContext(ctx, input)));
  }

  @Mutation(() => RecordResult, { description: '撤销误录的警情(记入原接报日)' })
  revokeFraudAlert(@Args('input') input: RevokeFraudAlertInput, @Context() ctx: GraphqlContext) {
    const { alertId, unitId, reason } = input;
    return this.commands.execute(new RecordAlertCommand({ type: 'RevokeAlert', alertId, unitId, reason }, commandContext(ctx, input)));
  }

  @Mutation(() => RecordResult, { description: '立案(发案),含财损' })
  fileCase(@Args('input') input: FileCaseInput, @Context() ctx: GraphqlContext) {
    const { caseId, fraudType, loss } = input;
    return this.commands.execute(new RecordCaseCommand({ type: 'FileCase', caseId, fraudType, lossFen: loss }, commandContext(ctx, input)));
  }

  @Mutation(() => RecordResult, { description: '更正财损(记入原发案日)' })
  amendCaseLoss(@Args('input') input: AmendCaseLossInput, @Context() ctx: GraphqlContext) {
    const { caseId, unitId, loss, reason } = input;
    return this.commands.execute(
      new RecordCaseCommand({ type: 'AmendLoss', caseId, unitId, lossFen: loss, reason }, commandContext(ctx, input)),
    );
  }

  @Mutation(() => RecordResult, { description: '撤案(记入原发案日)' })
  revokeCase(@Args('input') input: RevokeCaseInput, @Context() ctx: GraphqlContext) {
    const { caseId, unitId, reason } = input;
    return this.commands.execute(new RecordCaseCommand({ type: 'RevokeCase', caseId, unitId, reason }, commandContext(ctx, input)));
  }

  @Mutation(() => RecordResult, { description: '更正立案时间(发案与财损移至更正后的日期)' })
  correctCaseTime(@Args('input') input: CorrectCaseTimeInput, @Context() ctx: GraphqlContext) {
    const { caseId, unitId, filedAt, reason, occurredAt } = input;
    return this.commands.execute(
      new RecordCaseCommand(
        { type: 'CorrectCaseTime', caseId, unitId, filedAt, correctedAt: occurredAt, reason },
        commandContext(ctx, input),
      ),
    );
  }
}
