import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../recording/fact-recorder';
import { ruleSetDecider } from '../domain/rule-set.decider';
import { ruleSetStream } from '../events/rule-set.events';
import { PublishRuleSetCommand } from './publish-rule-set.command';

@CommandHandler(PublishRuleSetCommand)
export class PublishRuleSetHandler implements ICommandHandler<PublishRuleSetCommand> {
  constructor(private readonly recorder: FactRecorder) {}

  execute({ command, context }: PublishRuleSetCommand) {
    // The day of publishing is the server's: a resend on another day is still the same rule set.
    const { publishedOn: _publishedOn, ...request } = command;
    return this.recorder.record(ruleSetStream(command.ruleSetId), ruleSetDecider, command, context, { request });
  }
}
