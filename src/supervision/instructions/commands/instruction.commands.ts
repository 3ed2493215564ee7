import { Command } from '@nestjs/cqrs';
import { Day } from '../../../common/business-day';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';

export interface IssueInstructionRequest {
  bulletinDay: Day;
  chiefId: string;
  text: string;
  units: Array<{ unitId: string; taskForce: boolean }>;
  dueDay: Day;
}

export class IssueInstructionCommand extends Command<RecordResult> {
  constructor(
    readonly request: IssueInstructionRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class AnswerInstructionCommand extends Command<RecordResult> {
  constructor(
    readonly request: { instructionId: string; unitId: string; text: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class WithdrawInstructionCommand extends Command<RecordResult> {
  constructor(
    readonly request: { instructionId: string; reason: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
