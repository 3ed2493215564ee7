import { Inject, Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { CommandContext } from '../../../recording/command-context';
import { handleCommand } from '../../../recording/command-handler';
import { EventStore } from '../../../event-store/event-store.port';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { FactRecorder } from '../../../recording/fact-recorder';
import { formatLetterNumber, letterNumberDecider } from '../domain/letter-number.decider';
import { IssueLetter, letterDecider } from '../domain/letter.decider';
import { LetterEvent, LetterNumberAllocated, letterNumberStream, letterStream } from '../events/letter.events';
import { LETTERS_CONFIG, LettersConfig } from '../letters.config';

/**
 * Takes the next number of the year for a letter. The key is the letter's own, so asking again for
 * the same letter (a resend, or a retry after the letter's append failed) gives back its number.
 */
export async function allocateLetterNumber(store: EventStore, year: number, letterId: string, context: CommandContext): Promise<number> {
  const command = { type: 'AllocateLetterNumber' as const, year, letterId };
  const result = await handleCommand(store, letterNumberStream(year), letterNumberDecider, command, {
    ...context,
    idempotencyKey: `letter-number:${year}:${letterId}`,
  });
  return (result.events[0].data as LetterNumberAllocated['data']).sequence;
}

/** 下发: numbers the letter in the year of issue, then records the issue on the letter's stream. */
@Injectable()
export class LetterIssuer {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(LETTERS_CONFIG) private readonly config: LettersConfig,
    private readonly recorder: FactRecorder,
    private readonly organization: OrganizationReader,
  ) {}

  async issue(letterId: string, context: CommandContext, today: Day) {
    const year = Number(today.slice(0, 4));
    const issuer = this.config.issuer ?? (await this.organization.units({ level: 'CITY' }))[0]?.name ?? '市公安局';
    const command = (sequence: number): IssueLetter => ({
      type: 'IssueLetter',
      letterId,
      issuer,
      today,
      number: { year, sequence, text: formatLetterNumber(this.config.numberPrefix, year, sequence) },
    });
    // A refused issue must not use up a number: it is decided once on the current state first. A resend
    // skips the check (its letter is issued already) and gets its original number and events back.
    const stream = letterStream(letterId);
    const stored = await this.store.readStream(stream);
    if (!stored.some((e) => e.metadata.idempotencyKey === context.idempotencyKey)) {
      const state = stored.reduce((s, e) => letterDecider.evolve(s, e as unknown as LetterEvent), letterDecider.initialState());
      letterDecider.decide(command(0), state);
    }
    const sequence = await allocateLetterNumber(this.store, year, letterId, context);
    return this.recorder.record(stream, letterDecider, command(sequence), context, { request: { type: 'IssueLetter', letterId } });
  }
}
