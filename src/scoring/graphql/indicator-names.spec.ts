import { INDICATOR_KEYS, emptyCounts } from '../domain/indicators';
import { API_INDICATOR_NAMES, apiIndicators, indicatorKeyOf } from './indicator-names';

describe('indicators under the API names', () => {
  it('reads every count under its API name, amounts without the Fen suffix and still in fen', () => {
    const counts = { ...emptyCounts(), alerts: 3, cases: 2, lossFen: 12_345 };
    const indicators = apiIndicators(counts);
    expect(indicators.alerts).toBe(3);
    expect(indicators.loss).toBe(12_345);
    expect(API_INDICATOR_NAMES.map((name) => indicators[name])).toEqual(INDICATOR_KEYS.map((key) => counts[key]));
  });

  it('names each key once and maps each API name back to its key', () => {
    expect(new Set(API_INDICATOR_NAMES).size).toBe(INDICATOR_KEYS.length);
    expect(API_INDICATOR_NAMES.map(indicatorKeyOf)).toEqual([...INDICATOR_KEYS]);
  });
});
