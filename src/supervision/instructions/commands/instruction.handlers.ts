import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../common/clock';
import { FactRecorder } from '../../../recording/fact-recorder';
import { instructionDecider } from '../domain/instruction.decider';
import { instructionStream } from '../events/instruction.events';
import { AnswerInstructionCommand, IssueInstructionCommand, WithdrawInstructionCommand } from './instruction.commands';
import { InstructionGatherer } from './instruction.gatherer';

@CommandHandler(IssueInstructionCommand)
export class IssueInstructionHandler implements ICommandHandler<IssueInstructionCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly gatherer: InstructionGatherer,
  ) {}

  async execute({ request, context }: IssueInstructionCommand) {
    const command = await this.gatherer.issuing(request, context);
    return this.recorder.record(instructionStream(command.instructionId), instructionDecider, command, context, { request });
  }
}

@CommandHandler(AnswerInstructionCommand)
export class AnswerInstructionHandler implements ICommandHandler<AnswerInstructionCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly clock: Clock,
  ) {}

  execute({ request, context }: AnswerInstructionCommand) {
    const command = { type: 'AnswerInstruction' as const, ...request, today: this.clock.today() };
    return this.recorder.record(instructionStream(request.instructionId), instructionDecider, command, context, { request });
  }
}

@CommandHandler(WithdrawInstructionCommand)
export class WithdrawInstructionHandler implements ICommandHandler<WithdrawInstructionCommand> {
  constructor(private readonly recorder: FactRecorder) {}

  execute({ request, context }: WithdrawInstructionCommand) {
    const command = { type: 'WithdrawInstruction' as const, ...request };
    return this.recorder.record(instructionStream(request.instructionId), instructionDecider, command, context, { request });
  }
}
