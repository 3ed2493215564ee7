import { Command } from '@nestjs/cqrs';
import { Day } from '../../../common/business-day';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';

export interface FileAppealRequest {
  chiefId: string;
  unitId: string;
  from: Day;
  to: Day;
  /** Null: the score is contested; otherwise the fact. */
  eventId: string | null;
  reason: string;
  reviewWithinDays: number;
}

export class FileAppealCommand extends Command<RecordResult> {
  constructor(
    readonly request: FileAppealRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
