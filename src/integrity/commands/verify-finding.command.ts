import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../recording/command-context';
import { RecordResult } from '../../recording/record-result.type';
import { VerifyFinding } from '../domain/finding-verification.decider';

export type VerifyFindingRequest = Omit<VerifyFinding, 'type' | 'finding'> & { unitId: string };

export class VerifyFindingCommand extends Command<RecordResult> {
  constructor(
    readonly request: VerifyFindingRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
