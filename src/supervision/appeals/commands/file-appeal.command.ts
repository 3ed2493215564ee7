import { Command } from '@nestjs/cqrs';
import { Day } from '../../../common/business-day';
import { CommandContext } from '../../../common/command-context';
import { RecordResult } from '../../../common/graphql/record-result.type';

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
  constructor(readonly request: FileAppealRequest, readonly context: CommandContext) {
    super();
  }
}
