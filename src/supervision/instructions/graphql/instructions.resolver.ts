import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Clock } from '../../../common/clock';
import { doesNotExist } from '../../../common/graphql/api-errors';
import { DayScalar } from '../../../common/graphql/scalars';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { AnswerInstructionCommand, IssueInstructionCommand, WithdrawInstructionCommand } from '../commands/instruction.commands';
import { InstructionsReader } from '../queries/instructions.reader';
import { AnswerBulletinInstructionInput, IssueBulletinInstructionInput, WithdrawBulletinInstructionInput } from './instruction.inputs';
import { toInstructionType } from './instruction.mapper';
import { BulletinInstructionType, IssuedInstructionResult } from './instruction.types';

/** 领导批示: leaders' instructions on a bulletin, the units' answers (复盘), and who is still to answer. */
@Resolver(() => BulletinInstructionType)
export class InstructionsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly instructions: InstructionsReader,
    private readonly organization: OrganizationReader,
    private readonly clock: Clock,
  ) {}

  private context(ctx: GraphqlContext, unitId: string, idempotencyKey?: string) {
    return commandContext(ctx, { unitId, occurredAt: this.clock.now().toISOString(), idempotencyKey });
  }

  /** Instructions are the city bureau's, as its bulletins are; an answer is the answering unit's. */
  private async cityContext(ctx: GraphqlContext, idempotencyKey?: string) {
    return this.context(ctx, await this.organization.cityUnitId(), idempotencyKey);
  }

  private async existing(instructionId: string) {
    if (!(await this.instructions.byId(instructionId))) throw doesNotExist('instruction', instructionId, 'instructionId');
  }

  @Mutation(() => IssuedInstructionResult, {
    description: "领导批示: a city leader's instruction on a published bulletin, naming the units to review (复盘) and the due day",
  })
  async issueBulletinInstruction(@Args('input') input: IssueBulletinInstructionInput, @Context() ctx: GraphqlContext) {
    const { bulletinDay, chiefId, text, units, dueDay, idempotencyKey } = input;
    const request = {
      bulletinDay,
      chiefId,
      text,
      units: units.map((u) => ({ unitId: u.unitId, taskForce: u.taskForce ?? false })),
      dueDay,
    };
    const result = await this.commands.execute(new IssueInstructionCommand(request, await this.cityContext(ctx, idempotencyKey)));
    // An instruction is one issuing event, known by that event's id.
    return Object.assign(new IssuedInstructionResult(), result, { instructionId: result.eventIds[0] });
  }

  @Mutation(() => RecordResult, { description: "复盘: a named unit's answer; a later answer supersedes the unit's earlier one" })
  async answerBulletinInstruction(@Args('input') input: AnswerBulletinInstructionInput, @Context() ctx: GraphqlContext) {
    const { instructionId, unitId, text, idempotencyKey } = input;
    await this.existing(instructionId);
    return this.commands.execute(new AnswerInstructionCommand({ instructionId, unitId, text }, this.context(ctx, unitId, idempotencyKey)));
  }

  @Mutation(() => RecordResult, { description: '撤回批示, with the reason; it then takes no answer' })
  async withdrawBulletinInstruction(@Args('input') input: WithdrawBulletinInstructionInput, @Context() ctx: GraphqlContext) {
    const { instructionId, reason, idempotencyKey } = input;
    await this.existing(instructionId);
    return this.commands.execute(new WithdrawInstructionCommand({ instructionId, reason }, await this.cityContext(ctx, idempotencyKey)));
  }

  @Query(() => [BulletinInstructionType], {
    description: "领导批示 on the bulletin of a day, in the order issued, with every unit's status and answer",
  })
  async bulletinInstructions(@Args('bulletinDay', { type: () => DayScalar }) bulletinDay: string) {
    const today = this.clock.today();
    return (await this.instructions.onBulletin(bulletinDay)).map((view) => toInstructionType(view, today));
  }

  @Query(() => [BulletinInstructionType], {
    description: 'The instructions naming a unit or (for a county) any unit of it, newest first, with only those units',
  })
  async unitInstructions(
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('openOnly', { defaultValue: false, description: 'Only those not withdrawn with a unit still to answer (待复盘 or 逾期)' })
    openOnly: boolean = false,
  ) {
    const today = this.clock.today();
    const all = (await this.instructions.naming(unitId)).map((view) => toInstructionType(view, today));
    return openOnly ? all.filter((i) => i.units.some((u) => u.status === 'PENDING' || u.status === 'OVERDUE')) : all;
  }
}
