import { Command } from '@nestjs/cqrs';
import { Day } from '../../../common/business-day';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';

export interface VisitRequest {
  chiefId: string;
  countyId: string;
  day: Day;
  points: Array<{ text: string; stationId: string | null }>;
}

export class RecordVisitCommand extends Command<RecordResult> {
  constructor(
    readonly request: VisitRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
