import { Command } from '@nestjs/cqrs';
import { Day } from '../../../common/business-day';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';

export type Decision = { kind: 'ACCEPT'; actionId: string | null; note: string | null } | { kind: 'DISMISS'; reason: string };

export interface DecideSuggestionRequest {
  key: string;
  /** The day the suggestion was listed for. */
  asOf: Day;
  decision: Decision;
}

export class DecideSuggestionCommand extends Command<RecordResult> {
  constructor(readonly request: DecideSuggestionRequest, readonly context: CommandContext) {
    super();
  }
}
