import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { EvidenceRequest } from '../../evidence/queries/evidence.service';
import { InterviewCommand, OrderInterview } from '../domain/interview.decider';

type WithoutToday<C> = C extends unknown ? Omit<C, 'today'> : never;

/** An order as asked for: the handler looks up the chiefs, the units and the evidence. */
export interface OrderInterviewRequest extends Omit<OrderInterview, 'today' | 'facts'> {
  orderedBy: string;
  evidence: EvidenceRequest;
}

export type InterviewRequest = OrderInterviewRequest | WithoutToday<Exclude<InterviewCommand, OrderInterview>>;

export class RecordInterviewCommand extends Command<RecordResult> {
  constructor(
    readonly request: InterviewRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
