import { addDays } from '../../common/business-day';
import { INDICATOR_KEYS, IndicatorCounts, emptyCounts } from '../domain/indicators';
import {
  DayFigures,
  DayScorer,
  LOSS_SQUARES_SERIES,
  SCORE_SERIES,
  SCORE_UNIT,
  SERIES,
  ScoreIndex,
  VARIANCE_SERIES,
  countsOf,
  dayNumber,
  dayOfNumber,
  emptySums,
} from './score-index';

/** −1 per alert, −2 per case, +0.5 per face-to-face contact; variance: alerts + 4 × cases + one per case of loss. */
const simpleScorer: DayScorer = (_area, _day, counts, caseLossesFen) => ({
  score: -counts.alerts - 2 * counts.cases + 0.5 * counts.faceToFace,
  variance: counts.alerts + 4 * counts.cases + caseLossesFen.length,
});

const figures = (areaId: string, day: string, counts: Partial<IndicatorCounts>, caseLossesFen: number[] = []): DayFigures => ({
  areaId,
  day,
  counts: { ...emptyCounts(), ...counts },
  caseLossesFen,
});

interface Sums {
  counts: IndicatorCounts;
  /** In units of 0.0001 point, as the index keeps it. */
  score: number;
  variance: number;
}

function sumsOf(index: ScoreIndex, areaId: string, from: string, to: string): Sums {
  const out = emptySums();
  index.addSums(areaId, dayNumber(from), dayNumber(to), out);
  return { counts: countsOf(out), score: out[SCORE_SERIES], variance: out[VARIANCE_SERIES] };
}
const counts = (partial: Partial<IndicatorCounts>): IndicatorCounts => ({ ...emptyCounts(), ...partial });
const ZERO: Sums = { counts: emptyCounts(), score: 0, variance: 0 };

describe('day numbers', () => {
  it('counts days since 1970-01-01 and reads them back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-04-17') - dayNumber('2026-01-01')).toBe(106);
    for (const day of ['2024-02-29', '2025-12-31', '2026-01-01', '2026-04-17']) expect(dayOfNumber(dayNumber(day))).toBe(day);
  });

  it('keeps the layout of the series: every indicator, then score, variance and loss squares', () => {
    expect(SCORE_SERIES).toBe(INDICATOR_KEYS.length);
    expect(VARIANCE_SERIES).toBe(INDICATOR_KEYS.length + 1);
    expect(LOSS_SQUARES_SERIES).toBe(INDICATOR_KEYS.length + 2);
    expect(SERIES).toBe(INDICATOR_KEYS.length + 3);
    expect(SCORE_UNIT).toBe(10_000);
  });
});

describe('ScoreIndex', () => {
  it('knows the last day facts were recorded for, whether loaded or set later', () => {
    const index = new ScoreIndex(simpleScorer);
    expect(index.latestDay()).toBeNull();
    index.load([figures('a', '2026-04-17', { alerts: 1 }), figures('b', '2026-04-19', { cases: 1 }), figures('a', '2026-04-18', {})]);
    expect(index.latestDay()).toBe('2026-04-19');
    index.setDays([figures('a', '2026-05-02', { alerts: 2 })]);
    expect(index.latestDay()).toBe('2026-05-02');
    index.setDays([figures('b', '2026-04-20', { alerts: 1 })]);
    expect(index.latestDay()).toBe('2026-05-02');
  });

  describe('load', () => {
    it('given days of one area, sums any range of them with their scores and variances', () => {
      // given
      const index = new ScoreIndex(simpleScorer);
      index.load([
        figures('A', '2026-04-01', { alerts: 2, faceToFace: 3 }),
        figures('A', '2026-04-03', { alerts: 1, cases: 1 }, [500_000]),
      ]);
      // then: 1 April scores −2 + 1.5 = −0.5, 3 April −1 − 2 = −3
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-03')).toEqual({
        counts: counts({ alerts: 3, cases: 1, faceToFace: 3 }),
        score: -35_000,
        variance: 2 + 1 + 4 + 1,
      });
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-01')).toEqual({
        counts: counts({ alerts: 2, faceToFace: 3 }),
        score: -5_000,
        variance: 2,
      });
      expect(sumsOf(index, 'A', '2026-04-02', '2026-04-02')).toEqual(ZERO);
      expect(sumsOf(index, 'A', '2026-04-02', '2026-04-30')).toEqual({
        counts: counts({ alerts: 1, cases: 1 }),
        score: -30_000,
        variance: 6,
      });
      expect(sumsOf(index, 'A', '2026-01-01', '2026-12-31')).toEqual({
        counts: counts({ alerts: 3, cases: 1, faceToFace: 3 }),
        score: -35_000,
        variance: 8,
      });
    });

    it('keeps areas apart', () => {
      const index = new ScoreIndex(simpleScorer);
      index.load([
        figures('A', '2026-04-01', { alerts: 2 }),
        figures('B', '2026-04-01', { cases: 5 }),
        figures('A', '2026-04-02', { alerts: 1 }),
      ]);
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-02').counts).toEqual(counts({ alerts: 3 }));
      expect(sumsOf(index, 'B', '2026-04-01', '2026-04-02')).toEqual({ counts: counts({ cases: 5 }), score: -100_000, variance: 20 });
    });

    it('given one year loaded after another (as the service builds it), sums both years right', () => {
      // given: 2025 first, then 2026, with days at both ends of each year and an area in one year only
      const index = new ScoreIndex(simpleScorer);
      index.load([
        figures('A', '2025-01-01', { alerts: 1 }),
        figures('A', '2025-06-15', { alerts: 2 }),
        figures('A', '2025-12-31', { alerts: 4 }),
        figures('B', '2025-03-01', { cases: 1 }),
      ]);
      index.load([
        figures('A', '2026-01-01', { alerts: 8 }),
        figures('A', '2026-12-31', { alerts: 16 }),
        figures('C', '2026-02-01', { cases: 2 }),
      ]);
      // then
      expect(sumsOf(index, 'A', '2025-01-01', '2025-12-31')).toEqual({ counts: counts({ alerts: 7 }), score: -70_000, variance: 7 });
      expect(sumsOf(index, 'A', '2026-01-01', '2026-12-31')).toEqual({ counts: counts({ alerts: 24 }), score: -240_000, variance: 24 });
      expect(sumsOf(index, 'A', '2025-06-15', '2025-06-15').counts.alerts).toBe(2);
      expect(sumsOf(index, 'A', '2025-12-31', '2025-12-31').counts.alerts).toBe(4);
      expect(sumsOf(index, 'A', '2026-01-01', '2026-01-01').counts.alerts).toBe(8);
      expect(sumsOf(index, 'A', '2026-12-31', '2026-12-31').counts.alerts).toBe(16);
      expect(sumsOf(index, 'A', '2025-01-01', '2026-12-31').counts.alerts).toBe(31);
      expect(sumsOf(index, 'B', '2025-01-01', '2026-12-31')).toEqual({ counts: counts({ cases: 1 }), score: -20_000, variance: 4 });
      expect(sumsOf(index, 'C', '2025-01-01', '2026-12-31')).toEqual({ counts: counts({ cases: 2 }), score: -40_000, variance: 8 });
    });

    it('given the later year loaded first, sums both years right too', () => {
      const index = new ScoreIndex(simpleScorer);
      index.load([figures('A', '2026-03-01', { alerts: 3 })]);
      index.load([figures('A', '2025-03-01', { alerts: 5 })]);
      expect(sumsOf(index, 'A', '2025-01-01', '2025-12-31').counts.alerts).toBe(5);
      expect(sumsOf(index, 'A', '2026-01-01', '2026-12-31').counts.alerts).toBe(3);
    });

    it('given several years in one call, sums each', () => {
      const index = new ScoreIndex(simpleScorer);
      index.load([
        figures('A', '2025-12-31', { alerts: 1 }),
        figures('A', '2026-01-01', { alerts: 2 }),
        figures('A', '2025-12-30', { alerts: 4 }),
      ]);
      expect(sumsOf(index, 'A', '2025-12-30', '2025-12-31').counts.alerts).toBe(5);
      expect(sumsOf(index, 'A', '2025-12-31', '2026-01-01').counts.alerts).toBe(3);
    });

    it('holds the 366th day of a leap year and 29 February', () => {
      const index = new ScoreIndex(simpleScorer);
      index.load([
        figures('A', '2024-02-29', { alerts: 1 }),
        figures('A', '2024-12-31', { alerts: 2 }),
        figures('A', '2025-01-01', { alerts: 4 }),
      ]);
      expect(sumsOf(index, 'A', '2024-02-29', '2024-02-29').counts.alerts).toBe(1);
      expect(sumsOf(index, 'A', '2024-03-01', '2024-12-31').counts.alerts).toBe(2);
      expect(sumsOf(index, 'A', '2024-12-31', '2025-01-01').counts.alerts).toBe(6);
    });
  });

  describe('addSums', () => {
    const index = new ScoreIndex(simpleScorer);
    index.load([
      figures('A', '2025-12-30', { alerts: 1 }),
      figures('A', '2025-12-31', { cases: 1 }),
      figures('A', '2026-01-01', { alerts: 2 }),
      figures('A', '2026-01-03', { faceToFace: 4 }),
    ]);

    it('sums a range across New Year from both years', () => {
      expect(sumsOf(index, 'A', '2025-12-31', '2026-01-02')).toEqual({
        counts: counts({ alerts: 2, cases: 1 }),
        score: -40_000,
        variance: 6,
      });
      expect(sumsOf(index, 'A', '2025-12-01', '2026-01-31')).toEqual({
        counts: counts({ alerts: 3, cases: 1, faceToFace: 4 }),
        score: -30_000,
        variance: 7,
      });
    });

    it('sums across a year the index holds nothing of', () => {
      const gap = new ScoreIndex(simpleScorer);
      gap.load([figures('A', '2023-07-01', { alerts: 8 }), figures('A', '2025-12-31', { alerts: 3 })]);
      expect(sumsOf(gap, 'A', '2023-01-01', '2026-12-31').counts.alerts).toBe(11);
      expect(sumsOf(gap, 'A', '2024-01-01', '2024-12-31')).toEqual(ZERO);
    });

    it('adds nothing for a range without data, an unknown area or a range ending before it starts', () => {
      expect(sumsOf(index, 'A', '2026-01-04', '2026-12-31')).toEqual(ZERO);
      expect(sumsOf(index, 'A', '2027-01-01', '2027-12-31')).toEqual(ZERO);
      expect(sumsOf(index, 'A', '2020-01-01', '2020-12-31')).toEqual(ZERO);
      expect(sumsOf(index, 'nowhere', '2025-01-01', '2026-12-31')).toEqual(ZERO);
      expect(sumsOf(index, 'A', '2026-01-01', '2025-12-30')).toEqual(ZERO);
    });

    it('adds to what `out` holds already', () => {
      const out = emptySums();
      index.addSums('A', dayNumber('2026-01-01'), dayNumber('2026-01-01'), out);
      index.addSums('A', dayNumber('2025-12-30'), dayNumber('2026-01-01'), out);
      expect(countsOf(out).alerts).toBe(2 + 3);
      expect(countsOf(out).cases).toBe(1);
      expect(out[SCORE_SERIES]).toBe(-20_000 + -50_000);
    });
  });

  describe('setDays', () => {
    const loaded = () => {
      const index = new ScoreIndex(simpleScorer);
      index.load([
        figures('A', '2026-04-01', { alerts: 2 }),
        figures('A', '2026-04-05', { alerts: 1 }),
        figures('A', '2026-04-10', { alerts: 4 }),
        figures('B', '2026-04-05', { alerts: 7 }),
      ]);
      return index;
    };

    it('given a day re-read with new figures, replaces that day: sums up to the day before keep, sums from it change', () => {
      // given
      const index = loaded();
      // when
      index.setDays([figures('A', '2026-04-05', { alerts: 3, cases: 1 }, [1_000_000])]);
      // then
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-04')).toEqual({ counts: counts({ alerts: 2 }), score: -20_000, variance: 2 });
      expect(sumsOf(index, 'A', '2026-04-05', '2026-04-05')).toEqual({
        counts: counts({ alerts: 3, cases: 1 }),
        score: -50_000,
        variance: 8,
      });
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-05')).toEqual({
        counts: counts({ alerts: 5, cases: 1 }),
        score: -70_000,
        variance: 10,
      });
      expect(sumsOf(index, 'A', '2026-04-06', '2026-04-10')).toEqual({ counts: counts({ alerts: 4 }), score: -40_000, variance: 4 });
      expect(sumsOf(index, 'A', '2026-04-10', '2026-04-10')).toEqual({ counts: counts({ alerts: 4 }), score: -40_000, variance: 4 });
      expect(sumsOf(index, 'A', '2026-01-01', '2026-12-31')).toEqual({
        counts: counts({ alerts: 9, cases: 1 }),
        score: -110_000,
        variance: 14,
      });
      expect(index.dayFigures('A', '2026-04-05')).toEqual(figures('A', '2026-04-05', { alerts: 3, cases: 1 }, [1_000_000]));
      expect(index.dayFigures('A', '2026-04-10')).toEqual(figures('A', '2026-04-10', { alerts: 4 }));
      expect(sumsOf(index, 'B', '2026-04-05', '2026-04-05').counts.alerts).toBe(7);
    });

    it('given a day set back to zeros, takes it out of every sum', () => {
      const index = loaded();
      index.setDays([figures('A', '2026-04-05', { alerts: 3, cases: 1 }, [1_000_000])]);
      index.setDays([figures('A', '2026-04-05', {})]);
      expect(sumsOf(index, 'A', '2026-04-05', '2026-04-05')).toEqual(ZERO);
      expect(sumsOf(index, 'A', '2026-01-01', '2026-12-31')).toEqual({ counts: counts({ alerts: 6 }), score: -60_000, variance: 6 });
      expect(index.dayFigures('A', '2026-04-05')).toEqual(figures('A', '2026-04-05', {}));
    });

    it('given a day set to what it was, changes nothing', () => {
      const index = loaded();
      index.setDays([figures('A', '2026-04-05', { alerts: 1 })]);
      expect(sumsOf(index, 'A', '2026-01-01', '2026-12-31')).toEqual({ counts: counts({ alerts: 7 }), score: -70_000, variance: 7 });
    });

    it('given several days and areas, a new area and a year not loaded, sets each', () => {
      const index = loaded();
      index.setDays([
        figures('A', '2026-04-01', { alerts: 0, cases: 2 }),
        figures('A', '2026-04-10', { alerts: 5 }),
        figures('N', '2026-04-03', { faceToFace: 2 }),
        figures('A', '2027-01-02', { alerts: 1 }),
      ]);
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-10')).toEqual({
        counts: counts({ alerts: 6, cases: 2 }),
        score: -100_000,
        variance: 14,
      });
      expect(sumsOf(index, 'N', '2026-01-01', '2026-12-31')).toEqual({ counts: counts({ faceToFace: 2 }), score: 10_000, variance: 0 });
      expect(sumsOf(index, 'A', '2026-12-01', '2027-01-31')).toEqual({ counts: counts({ alerts: 1 }), score: -10_000, variance: 1 });
    });

    it('given the same day twice, keeps the last', () => {
      const index = loaded();
      index.setDays([figures('A', '2026-04-05', { alerts: 9 }), figures('A', '2026-04-05', { alerts: 2 })]);
      expect(sumsOf(index, 'A', '2026-04-05', '2026-04-05').counts.alerts).toBe(2);
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-10').counts.alerts).toBe(8);
    });
  });

  describe('rescore', () => {
    it('given a new scorer, rescores every stored day of every year and area, and scores later changes with it', () => {
      // given
      const index = new ScoreIndex(simpleScorer);
      index.load([figures('A', '2025-12-31', { alerts: 2 }), figures('B', '2025-05-01', { cases: 1 }, [100, 200])]);
      index.load([figures('A', '2026-01-01', { alerts: 1, cases: 1 })]);
      const seen: string[] = [];
      const quarterPerAlert: DayScorer = (areaId, day, c, losses) => {
        seen.push(`${areaId} ${day}`);
        return { score: 0.25 * c.alerts + c.cases, variance: losses.length * 10 };
      };
      // when
      index.rescore(quarterPerAlert);
      // then
      expect(sumsOf(index, 'A', '2025-01-01', '2026-12-31')).toEqual({
        counts: counts({ alerts: 3, cases: 1 }),
        score: 17_500,
        variance: 0,
      });
      expect(sumsOf(index, 'A', '2025-12-31', '2025-12-31').score).toBe(5_000);
      expect(sumsOf(index, 'B', '2025-01-01', '2025-12-31')).toEqual({ counts: counts({ cases: 1 }), score: 10_000, variance: 20 });
      expect(seen.sort()).toEqual(['A 2025-12-31', 'A 2026-01-01', 'B 2025-05-01']);
      // when: a later change
      index.setDays([figures('A', '2026-01-02', { alerts: 4 })]);
      expect(sumsOf(index, 'A', '2026-01-02', '2026-01-02').score).toBe(10_000);
    });

    it('given no scorer, scores again with the same one (whose context changed)', () => {
      const context = { pointsPerAlert: -1 };
      const index = new ScoreIndex((_a, _d, c) => ({ score: context.pointsPerAlert * c.alerts, variance: 0 }));
      index.load([figures('A', '2026-04-01', { alerts: 2 }), figures('A', '2026-04-02', { alerts: 3 })]);
      context.pointsPerAlert = -0.5;
      index.rescore();
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-02').score).toBe(-25_000);
      expect(sumsOf(index, 'A', '2026-04-02', '2026-04-02').score).toBe(-15_000);
    });

    it('keeps the counts as they were', () => {
      const index = new ScoreIndex(simpleScorer);
      index.load([figures('A', '2026-04-01', { alerts: 2, lossFen: 1_500_000 }, [1_000_000, 500_000])]);
      index.rescore(() => ({ score: 1, variance: 1 }));
      expect(index.dayFigures('A', '2026-04-01')).toEqual(
        figures('A', '2026-04-01', { alerts: 2, lossFen: 1_500_000 }, [1_000_000, 500_000]),
      );
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-01')).toEqual({
        counts: counts({ alerts: 2, lossFen: 1_500_000 }),
        score: 10_000,
        variance: 1,
      });
    });
  });

  describe('dayFigures', () => {
    it('gives back every indicator and the case losses of a loaded day', () => {
      const all = Object.fromEntries(INDICATOR_KEYS.map((k, i) => [k, (i + 1) * 3])) as IndicatorCounts;
      const day = { areaId: 'A', day: '2026-04-17', counts: all, caseLossesFen: [5_000_000_000, 25] };
      const index = new ScoreIndex(simpleScorer);
      index.load([day, figures('A', '2026-04-16', { alerts: 100 }), figures('A', '2026-04-18', { alerts: 100 })]);
      expect(index.dayFigures('A', '2026-04-17')).toEqual(day);
    });

    it('gives zeros and no losses for a day, or an area, without data', () => {
      const index = new ScoreIndex(simpleScorer);
      index.load([figures('A', '2026-04-17', { alerts: 1 }, [300])]);
      expect(index.dayFigures('A', '2026-04-16')).toEqual(figures('A', '2026-04-16', {}));
      expect(index.dayFigures('Z', '2026-04-17')).toEqual(figures('Z', '2026-04-17', {}));
    });
  });

  describe('exact scores', () => {
    it('keeps scores as integers of 0.0001 point, so a year of 0.1-point days sums to exactly 36.5 points', () => {
      // given: 365 days of 0.1 points, where floating-point addition would drift
      const index = new ScoreIndex((_a, _d, c) => ({ score: 0.1 * c.faceToFace, variance: 0 }));
      const days = Array.from({ length: 365 }, (_, i) => figures('A', addDays('2025-01-01', i), { faceToFace: 1 }));
      index.load(days);
      let naive = 0;
      for (let i = 0; i < 365; i++) naive += 0.1;
      expect(naive).not.toBe(36.5);
      // then
      expect(sumsOf(index, 'A', '2025-01-01', '2025-12-31').score).toBe(365_000);
      expect(sumsOf(index, 'A', '2025-04-10', '2025-07-18').score).toBe(100_000);
      expect(sumsOf(index, 'A', '2025-12-31', '2025-12-31').score).toBe(1_000);
    });

    it('rounds each day to 0.0001 point, negative days included, and stays exact after changes and rescoring', () => {
      const index = new ScoreIndex((_a, _d, c) => ({ score: c.alerts * -0.3 + c.faceToFace / 3, variance: 0 }));
      index.load([
        figures('A', '2026-04-01', { alerts: 1 }),
        figures('A', '2026-04-02', { faceToFace: 1 }),
        figures('A', '2026-04-03', { alerts: 1, faceToFace: 1 }),
      ]);
      // −0.3 → −3,000; 1/3 → 3,333; 0.0333… → 333
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-03').score).toBe(-3_000 + 3_333 + 333);
      index.setDays([figures('A', '2026-04-02', { faceToFace: 2 })]);
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-03').score).toBe(-3_000 + 6_667 + 333);
      index.rescore();
      expect(sumsOf(index, 'A', '2026-04-01', '2026-04-03').score).toBe(-3_000 + 6_667 + 333);
      expect(Number.isInteger(sumsOf(index, 'A', '2026-04-02', '2026-04-03').score)).toBe(true);
    });
  });
});
