import { Day, addDays, daysBetween } from '../../common/business-day';
import { emptyCounts } from '../../scoring/domain/indicators';
import { CountsOf, numeratorEvents, reportedRates } from './integrity-inputs';

/** Two contacts a day; dissuaded both from `perfectFrom` on, one of the two before. */
const contactsOf =
  (perfectFrom: Day): CountsOf =>
  (_station, from, to) => {
    const counts = emptyCounts();
    for (let day = from; day <= to; day = addDays(day, 1)) {
      counts.contacted += 2;
      counts.dissuaded += day >= perfectFrom ? 2 : 1;
    }
    return counts;
  };

const dissuasion = (counts: CountsOf, period: { from: Day; to: Day }) =>
  reportedRates(['st-a'], counts, period).find((r) => r.label === '劝阻成功率')!;

describe('reportedRates', () => {
  const july = { from: '2026-07-01', to: '2026-07-31' };

  it('counts a perfect month back over the perfect blocks of days before it, from the day the run is counted', () => {
    const rate = dissuasion(contactsOf('2026-03-01'), july);
    expect(rate.since).toBe('2026-03-03');
    const days = daysBetween('2026-03-03', '2026-07-31');
    expect(rate).toMatchObject({ successes: 2 * days, trials: 2 * days });
  });

  it('follows a perfect record back no further than the history', () => {
    const rate = dissuasion(contactsOf('2020-01-01'), july);
    expect(rate.since! >= addDays(july.from, -182)).toBe(true);
    expect(rate.since! < addDays(july.from, -150)).toBe(true);
  });

  it('ends the run at a block with nothing to rate', () => {
    const counts = contactsOf('2020-01-01');
    const fromJune: CountsOf = (station, from, to) => (to < '2026-06-01' ? emptyCounts() : counts(station, from, to));
    expect(dissuasion(fromJune, july).since).toBe('2026-06-01');
    expect(dissuasion(fromJune, { from: '2026-06-01', to: '2026-06-30' }).since).toBeUndefined();
  });

  it('takes a month short of perfect as it is, over the month alone', () => {
    const rate = dissuasion(contactsOf('2026-07-02'), july);
    expect(rate).toEqual({ unitId: 'st-a', label: '劝阻成功率', successes: 61, trials: 62 });
  });
});

describe('the facts behind a rate', () => {
  it('names the events of the numerator, a letter’s label before the rate or not', () => {
    expect(numeratorEvents('劝阻成功率')).toEqual(['WarningDissuaded']);
    expect(numeratorEvents('及时见面/联系率')).toEqual(['WarningContactMade']);
    expect(numeratorEvents('提示函（明公基管提〔2026〕3号）：见面率')).toEqual(['WarningContactMade']);
    expect(numeratorEvents('警情转案率')).toEqual(['CaseFiled']);
    expect(numeratorEvents('低于3000元')).toEqual([]);
  });
});
