import { IndicatorCounts, emptyCounts } from '../domain/indicators';
import { FORWARDING, ON_SITE_CHECK, warningStepTime } from './warning-step-time.mapper';

const counts = (values: Partial<IndicatorCounts>): IndicatorCounts => ({ ...emptyCounts(), ...values });

describe('流转用时 and 核查用时 in the indicator report', () => {
  it('averages the minutes of the period, the period before and a year before, with the change of the average', () => {
    const current = counts({ warningsForwarded: 3, forwardMinutes: 20, checkedOnSite: 2, checkMinutes: 95 });
    const previous = counts({ warningsForwarded: 4, forwardMinutes: 36, checkedOnSite: 1, checkMinutes: 40 });
    expect(warningStepTime(FORWARDING, current, previous, emptyCounts())).toEqual({
      count: 3,
      averageMinutes: '6.7',
      previousAverageMinutes: '9.0',
      lastYearAverageMinutes: null,
      periodOnPeriodPercent: '-25.9', // 6.667 against 9: exact, not from the rounded averages
    });
    expect(warningStepTime(ON_SITE_CHECK, current, previous, previous)).toMatchObject({
      count: 2,
      averageMinutes: '47.5',
      lastYearAverageMinutes: '40.0',
      periodOnPeriodPercent: '+18.8',
    });
  });

  it('leaves the change out when either period has nothing timed', () => {
    const current = counts({ warningsForwarded: 2, forwardMinutes: 10 });
    expect(warningStepTime(FORWARDING, current, emptyCounts(), emptyCounts()).periodOnPeriodPercent).toBeNull();
    expect(warningStepTime(FORWARDING, emptyCounts(), current, emptyCounts())).toMatchObject({
      count: 0,
      averageMinutes: null,
      periodOnPeriodPercent: null,
    });
  });
});
