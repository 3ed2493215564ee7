import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { appealDecider } from '../domain/appeal.decider';
import { appealStream } from '../events/appeal.events';
import { WithdrawAppealCommand } from './withdraw-appeal.command';

@CommandHandler(WithdrawAppealCommand)
export class WithdrawAppealHandler implements ICommandHandler<WithdrawAppealCommand> {
  constructor(private readonly recorder: FactRecorder) {}

  execute({ request, context }: WithdrawAppealCommand) {
    return this.recorder.record(appealStream(request.appealId), appealDecider, { type: 'WithdrawAppeal', ...request }, context, {
      request,
    });
  }
}
