import { Command, CommandBus } from '@nestjs/cqrs';
import { CommandContext } from '../recording/command-context';
import { FactEnvelopeInput } from '../recording/fact-envelope.input';
import { RecordResult } from '../recording/record-result.type';
import { GraphqlContext, commandContext } from '../recording/request-context';

/**
 * A fact as a client records it: the mutation's input type and the command it becomes. The
 * resolvers, the batch endpoint and the importer all record facts from these tables, so one input
 * always means one command.
 */
export interface FactMutation<I extends FactEnvelopeInput = FactEnvelopeInput> {
  input: new () => I;
  /** The mutation's description in the schema. */
  description: string;
  command(input: I, context: CommandContext): Command<RecordResult>;
}

export function recordFact<I extends FactEnvelopeInput>(
  commands: CommandBus,
  fact: FactMutation<I>,
  input: I,
  ctx: GraphqlContext,
): Promise<RecordResult> {
  return commands.execute(fact.command(input, commandContext(ctx, input)));
}
