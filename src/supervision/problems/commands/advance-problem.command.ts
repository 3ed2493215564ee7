import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { ProblemStep } from '../domain/problem-list.decider';

/** A step in a problem's rectification, on the list (county and month) the problem is on. */
export class AdvanceProblemCommand extends Command<RecordResult> {
  constructor(
    readonly step: ProblemStep,
    readonly list: { countyId: string; month: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
