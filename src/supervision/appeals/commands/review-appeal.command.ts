import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { AppealOutcome } from '../events/appeal.events';

export interface ReviewAppealRequest {
  appealId: string;
  outcome: AppealOutcome;
  reasoning: string;
  correctingEventIds: string[];
}

export class ReviewAppealCommand extends Command<RecordResult> {
  constructor(
    readonly request: ReviewAppealRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
