import { given } from '../../../common/decider.spec-helpers';
import { LetterNumberAllocated } from '../events/letter.events';
import { formatLetterNumber, letterNumberDecider as decider } from './letter-number.decider';

const allocated = (sequence: number, letterId: string): LetterNumberAllocated => ({
  type: 'LetterNumberAllocated',
  data: { year: 2026, sequence, letterId },
});

describe('letter number decider', () => {
  it('starts each year at 1', () => {
    given(decider, [])
      .when({ type: 'AllocateLetterNumber', year: 2026, letterId: 'A' })
      .then([allocated(1, 'A')]);
  });

  it('takes the number after the last one, so the year runs without gaps', () => {
    given(decider, [allocated(1, 'A'), allocated(2, 'B')])
      .when({ type: 'AllocateLetterNumber', year: 2026, letterId: 'C' })
      .then([allocated(3, 'C')]);
  });
});

describe('formatLetterNumber', () => {
  it('writes the 文号 with the prefix, 〔year〕 and N号', () => {
    expect(formatLetterNumber('明公基管提', 2026, 26)).toBe('明公基管提〔2026〕26号');
    expect(formatLetterNumber('', 2027, 1)).toBe('〔2027〕1号');
  });
});
