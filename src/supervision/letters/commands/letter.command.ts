import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { EvidenceRequest } from '../../evidence/queries/evidence.service';
import {
  AcknowledgeLetter,
  AnswerLetter,
  CloseLetter,
  DeliverLetter,
  ReturnLetterAnswer,
  WithdrawLetterDraft,
} from '../domain/letter.decider';
import { LetterContent } from '../events/letter.events';

/** Letter steps as requested; the handler adds today, the addressee, the evidence and the number. */
export type LetterRequest =
  | { type: 'DraftLetter'; letterId: string; unitId: string; content: LetterContent; evidence: EvidenceRequest }
  | { type: 'ReviseLetterDraft'; letterId: string; changes: Partial<LetterContent>; evidence: EvidenceRequest | null }
  | { type: 'IssueLetter'; letterId: string }
  | WithdrawLetterDraft
  | DeliverLetter
  | AcknowledgeLetter
  | CloseLetter
  | Omit<AnswerLetter, 'today'>
  | Omit<ReturnLetterAnswer, 'today'>;

export class LetterCommand extends Command<RecordResult> {
  constructor(
    readonly request: LetterRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
