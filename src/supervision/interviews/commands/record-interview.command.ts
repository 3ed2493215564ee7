import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { EvidenceRequest } from '../../evidence/queries/evidence.service';
import { InterviewCommand } from '../domain/interview.decider';
import { InterviewOrdered, InterviewTarget } from '../events/interview.events';

type WithoutToday<C> = C extends unknown ? Omit<C, 'today'> : never;

/** An order as asked for: the handler resolves the names, the county and the evidence. */
export interface OrderInterviewRequest extends Pick<InterviewOrdered['data'], 'interviewId' | 'reason' | 'escalatedFrom' | 'schedule'> {
  type: 'OrderInterview';
  target: { kind: 'UNIT'; unitId: string; chiefId: string | null } | Extract<InterviewTarget, { kind: 'INDUSTRY' }>;
  orderedBy: string;
  evidence: EvidenceRequest;
}

export type InterviewRequest = OrderInterviewRequest | WithoutToday<Exclude<InterviewCommand, { type: 'OrderInterview' }>>;

export class RecordInterviewCommand extends Command<RecordResult> {
  constructor(readonly request: InterviewRequest, readonly context: CommandContext) {
    super();
  }
}
