import { refusal } from '../../../common/decider.spec-helpers';
import { ExitConditionRequest, conditionText, exitConditionOf, thresholdText } from './exit-condition';

const request = (over: Partial<ExitConditionRequest> = {}): ExitConditionRequest => ({
  indicator: 'cases',
  comparator: 'AT_MOST',
  threshold: '2',
  per: 'DEKAD',
  consecutive: 2,
  ...over,
});
const FIELD = 'input.exitConditions.0';

describe('exit conditions (摘牌条件)', () => {
  it('keeps counts as counts, amounts in fen and rates in permille', () => {
    expect(exitConditionOf(request(), FIELD)).toEqual({
      indicator: 'cases',
      comparator: 'AT_MOST',
      threshold: 2,
      per: 'DEKAD',
      consecutive: 2,
    });
    expect(exitConditionOf(request({ indicator: 'lossFen', threshold: '50000.5' }), FIELD).threshold).toBe(5_000_050);
    expect(exitConditionOf(request({ indicator: 'faceToFaceRate', comparator: 'AT_LEAST', threshold: '95.5' }), FIELD).threshold).toBe(955);
    expect(exitConditionOf(request({ indicator: 'victimisedRate', threshold: '0' }), FIELD).threshold).toBe(0);
    expect(exitConditionOf(request({ indicator: 'dissuasionRate', threshold: '100' }), FIELD).threshold).toBe(1000);
  });

  it.each([
    ['an unknown indicator', { indicator: 'happiness' }, 'indicator', '"happiness" is not an indicator; use one of warningsReceived'],
    ['no periods', { consecutive: 0 }, 'consecutive', 'consecutive must be a whole number of periods from 1 to 12, got 0'],
    ['negative periods', { consecutive: -1 }, 'consecutive', 'got -1'],
    ['a fraction of a period', { consecutive: 1.5 }, 'consecutive', 'got 1.5'],
    ['more than a year of months', { consecutive: 13 }, 'consecutive', 'from 1 to 12'],
    ['a fractional count', { threshold: '2.5' }, 'threshold', '"2.5" is not a count'],
    ['a negative count', { threshold: '-1' }, 'threshold', 'is not a count'],
    ['an amount with three decimals', { indicator: 'lossFen', threshold: '1.005' }, 'threshold', 'is not an amount in yuan'],
    ['a rate above 100%', { indicator: 'faceToFaceRate', threshold: '100.1' }, 'threshold', 'is not a percentage from 0 to 100'],
    ['a rate with two decimals', { indicator: 'faceToFaceRate', threshold: '95.55' }, 'threshold', 'at most one decimal'],
  ])('refuses %s, naming the field', (_what, over, field, message) => {
    const error = refusal(() => exitConditionOf(request(over), FIELD));
    expect(error.field).toBe(`${FIELD}.${field}`);
    expect(error.message).toContain(message);
  });

  it('reads in Chinese with the threshold as written', () => {
    expect(conditionText(exitConditionOf(request(), FIELD))).toBe('发案数每旬≤2，连续2旬');
    expect(
      conditionText(
        exitConditionOf(request({ indicator: 'lossFen', comparator: 'LESS_THAN', threshold: '5000', per: 'MONTH', consecutive: 1 }), FIELD),
      ),
    ).toBe('财损每月<5000.00元，连续1个月');
    expect(conditionText(exitConditionOf(request({ indicator: 'faceToFaceRate', comparator: 'AT_LEAST', threshold: '95' }), FIELD))).toBe(
      '见面率每旬≥95.0%，连续2旬',
    );
    expect(thresholdText('faceToFaceRate', 955)).toBe('95.5');
  });
});
