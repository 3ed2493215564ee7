import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { RecordWarningCommand } from '../commands/record-warning.command';
import { WarningCommand } from '../domain/warning-instruction.decider';
import {
  ApplyProtectiveMeasureInput,
  ReceiveWarningInput,
  RecordVictimisedAfterWarningInput,
  RecordWarningContactInput,
  RecordWarningDissuadedInput,
  RetractWarningFactInput,
} from './warning.inputs';

/** 预警/劝阻: warning instructions and what the station did about them. */
@Resolver()
export class WarningsResolver {
  constructor(private readonly commands: CommandBus) {}

  private run(ctx: GraphqlContext, input: RecordWarningDissuadedInput, command: WarningCommand) {
    return this.commands.execute(new RecordWarningCommand(command, commandContext(ctx, input)));
  }

  @Mutation(() => RecordResult, { description: '接收预警指令' })
  receiveWarning(@Args('input') input: ReceiveWarningInput, @Context() ctx: GraphqlContext) {
    const { instructionId, kind, occurredAt, deadline } = input;
    return this.run(ctx, input, { type: 'ReceiveWarning', instructionId, kind, receivedAt: occurredAt, deadline });
  }

  @Mutation(() => RecordResult, { description: '记录见面/电话联系' })
  recordWarningContact(@Args('input') input: RecordWarningContactInput, @Context() ctx: GraphqlContext) {
    const { instructionId, unitId, method, occurredAt } = input;
    return this.run(ctx, input, { type: 'RecordContact', instructionId, unitId, method, contactedAt: occurredAt });
  }

  @Mutation(() => RecordResult, { description: '记录劝阻成功' })
  recordWarningDissuaded(@Args('input') input: RecordWarningDissuadedInput, @Context() ctx: GraphqlContext) {
    const { instructionId, unitId, occurredAt } = input;
    return this.run(ctx, input, { type: 'RecordDissuasion', instructionId, unitId, dissuadedAt: occurredAt });
  }

  @Mutation(() => RecordResult, { description: '记录预警后被骗' })
  recordVictimisedAfterWarning(@Args('input') input: RecordVictimisedAfterWarningInput, @Context() ctx: GraphqlContext) {
    const { instructionId, unitId, caseId, occurredAt } = input;
    return this.run(ctx, input, { type: 'RecordVictimisation', instructionId, unitId, caseId: caseId ?? null, victimisedAt: occurredAt });
  }

  @Mutation(() => RecordResult, { description: '记录临时性保护措施' })
  applyProtectiveMeasure(@Args('input') input: ApplyProtectiveMeasureInput, @Context() ctx: GraphqlContext) {
    const { instructionId, unitId, measure, occurredAt } = input;
    return this.run(ctx, input, { type: 'ApplyProtectiveMeasure', instructionId, unitId, measure, appliedAt: occurredAt });
  }

  @Mutation(() => RecordResult, { description: '撤回误录的预警处置记录(记入原预警日)' })
  retractWarningFact(@Args('input') input: RetractWarningFactInput, @Context() ctx: GraphqlContext) {
    const { instructionId, eventId, unitId, reason } = input;
    return this.run(ctx, input, { type: 'RetractFact', instructionId, eventId, unitId, reason });
  }
}
