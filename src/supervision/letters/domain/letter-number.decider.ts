import { Decider } from '../../../common/decider';
import { LetterNumberAllocated } from '../events/letter.events';

export interface AllocateLetterNumber {
  type: 'AllocateLetterNumber';
  year: number;
  letterId: string;
}

export interface LetterNumbersState {
  last: number;
}

/**
 * A calendar year's document numbers: each allocation takes the next one. The handler appends with
 * the version it read, so two letters issued at once cannot both take the same number.
 */
export const letterNumberDecider: Decider<LetterNumbersState, AllocateLetterNumber, LetterNumberAllocated> = {
  initialState: () => ({ last: 0 }),
  decide: ({ year, letterId }, { last }) => [{ type: 'LetterNumberAllocated', data: { year, sequence: last + 1, letterId } }],
  evolve: (_state, { data }) => ({ last: data.sequence }),
};

/** 文号 as printed: the issuing authority's prefix (may be empty), then 〔YYYY〕N号, e.g. "明公基管提〔2026〕26号". */
export function formatLetterNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}〔${year}〕${sequence}号`;
}
