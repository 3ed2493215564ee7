import { Interval, competitionRanks, moveProbability, populationBands, probabilityImproved, rankRanges, trendOf } from './rank';

describe('competitionRanks', () => {
  const ranked = (scores: number[]) => {
    const { order, ranks } = competitionRanks(scores);
    return order.map((i) => [i, ranks[i]]);
  };

  it('ranks by descending score with competition ranking for ties (1, 2, 2, 4)', () => {
    expect(ranked([5, 10, 1, 5])).toEqual([
      [1, 1],
      [0, 2],
      [3, 2],
      [2, 4],
    ]);
  });

  it('skips as many ranks as rows share one', () => {
    expect(competitionRanks([3, 3, 3, 2, 1, 1, 0]).ranks).toEqual([1, 1, 1, 4, 5, 5, 7]);
  });

  it('ranks negative scores below zero', () => {
    expect(ranked([-20, 0, -0.5])).toEqual([
      [1, 1],
      [2, 2],
      [0, 3],
    ]);
  });

  it('keeps the input order among ties (stable) and lists every index once', () => {
    const { order, ranks } = competitionRanks([2, 7, 2, 2, 7]);
    expect(order).toEqual([1, 4, 0, 2, 3]);
    expect(ranks).toEqual([3, 1, 3, 3, 1]);
  });

  it('does not change the input', () => {
    const scores = [1, 2];
    competitionRanks(scores);
    expect(scores).toEqual([1, 2]);
  });

  it('ranks all equal scores first', () => {
    expect(competitionRanks([0, 0, 0]).ranks).toEqual([1, 1, 1]);
  });

  it('ranks nothing when there is nothing', () => {
    expect(competitionRanks([])).toEqual({ order: [], ranks: [] });
  });
});

describe('rankRanges', () => {
  const point = (x: number): Interval => ({ low: x, high: x });

  it('given certain scores (zero-width intervals), each range is the rank itself, ties included (1, 2, 2, 4)', () => {
    // when
    const ranges = rankRanges([point(10), point(5), point(5), point(1)]);
    // then
    expect(ranges).toEqual([
      { best: 1, worst: 1 },
      { best: 2, worst: 2 },
      { best: 2, worst: 2 },
      { best: 4, worst: 4 },
    ]);
  });

  it('given certain scores in any order, matches competitionRanks row by row', () => {
    const scores = [3, -1, 7, 3, 0, 7, 3];
    const { ranks } = competitionRanks(scores);
    expect(rankRanges(scores.map(point))).toEqual(ranks.map((rank) => ({ best: rank, worst: rank })));
  });

  it('given overlapping intervals, widens the range of both rows to the ranks either could hold', () => {
    // given: A and B overlap, C lies wholly below both
    const ranges = rankRanges([
      { low: 8, high: 12 },
      { low: 9, high: 11 },
      { low: 0, high: 2 },
    ]);
    expect(ranges).toEqual([
      { best: 1, worst: 2 },
      { best: 1, worst: 2 },
      { best: 3, worst: 3 },
    ]);
  });

  it('given intervals that do not overlap, keeps single ranks however wide they are', () => {
    expect(
      rankRanges([
        { low: 5, high: 7 },
        { low: 10, high: 12 },
      ]),
    ).toEqual([
      { best: 2, worst: 2 },
      { best: 1, worst: 1 },
    ]);
  });

  it('never counts a row as above itself', () => {
    expect(rankRanges([{ low: 0, high: 10 }])).toEqual([{ best: 1, worst: 1 }]);
    expect(
      rankRanges([
        { low: 4, high: 6 },
        { low: 4, high: 6 },
      ]),
    ).toEqual([
      { best: 1, worst: 2 },
      { best: 1, worst: 2 },
    ]);
  });

  it('given intervals that only touch, lets the lower row share the top rank (a tie) but not the upper row fall', () => {
    expect(
      rankRanges([
        { low: 5, high: 10 },
        { low: 0, high: 5 },
      ]),
    ).toEqual([
      { best: 1, worst: 1 },
      { best: 1, worst: 2 },
    ]);
  });

  it("given a certain score inside another row's interval, both could hold either rank", () => {
    expect(rankRanges([{ low: 0, high: 10 }, point(5), point(20)])).toEqual([
      { best: 2, worst: 3 },
      { best: 2, worst: 3 },
      { best: 1, worst: 1 },
    ]);
  });

  it('gives nothing for no rows', () => {
    expect(rankRanges([])).toEqual([]);
  });
});

describe('trendOf', () => {
  it('is NEW without a previous rank or nothing to compare with', () => {
    expect(trendOf(3, null, 0.99)).toBe('NEW');
    expect(trendOf(1, 4, null)).toBe('NEW');
  });

  it('is SAME when the rank did not change, however sure the move', () => {
    expect(trendOf(2, 2, 0.99)).toBe('SAME');
    expect(trendOf(2, 2, 0.01)).toBe('SAME');
  });

  it('is UP when the rank rose and the subject surely improved (a smaller rank number is better)', () => {
    expect(trendOf(2, 5, 0.9)).toBe('UP');
    expect(trendOf(2, 5, 0.97)).toBe('UP');
  });

  it('is DOWN when the rank fell and the subject surely lost ground', () => {
    expect(trendOf(5, 2, 0.1)).toBe('DOWN');
    expect(trendOf(5, 2, 0.02)).toBe('DOWN');
  });

  it('is UNCERTAIN when the move is within noise, or runs against the rank change', () => {
    expect(trendOf(2, 5, 0.89)).toBe('UNCERTAIN');
    expect(trendOf(5, 2, 0.11)).toBe('UNCERTAIN');
    // rose a place only because others fell further, while itself losing ground
    expect(trendOf(2, 3, 0.02)).toBe('UNCERTAIN');
  });
});

describe('moveProbability', () => {
  it('is the probability of the move the rank change shows, and null without one', () => {
    expect(moveProbability(2, 5, 0.93)).toBe(0.93);
    expect(moveProbability(5, 2, 0.93)).toBeCloseTo(0.07);
    expect(moveProbability(3, 3, 0.93)).toBeNull();
    expect(moveProbability(3, null, 0.93)).toBeNull();
  });
});

describe('probabilityImproved', () => {
  const field = { now: 50, before: 40 };

  it('measures the move against the field: rising with everyone is no improvement', () => {
    expect(probabilityImproved({ score: 60, variance: 4 }, { score: 50, variance: 4 }, field)).toBeCloseTo(0.5);
  });

  it('reads the move against both periods’ noise from the normal distribution', () => {
    // then: gained 2.563 (√8 × 0.906) beyond the field: Φ(0.906) = 0.8175
    expect(probabilityImproved({ score: 62.563, variance: 4 }, { score: 50, variance: 4 }, field)).toBeCloseTo(0.8175, 3);
    expect(probabilityImproved({ score: 50, variance: 1 }, { score: 50, variance: 1 }, field)).toBeLessThan(0.001);
  });

  it('is certain either way when neither score has any noise, and even without a move', () => {
    expect(probabilityImproved({ score: 61, variance: 0 }, { score: 50, variance: 0 }, field)).toBe(1);
    expect(probabilityImproved({ score: 59, variance: 0 }, { score: 50, variance: 0 }, field)).toBe(0);
    expect(probabilityImproved({ score: 60, variance: 0 }, { score: 50, variance: 0 }, field)).toBe(0.5);
  });
});
describe('populationBands', () => {
  const rows = (...populations: number[]) => populations.map((population, i) => ({ id: `r${i}`, population }));
  const populationsOf = (bands: Array<Array<{ population: number }>>) => bands.map((band) => band.map((r) => r.population));

  it('splits rows into bands of equal count, the smallest population first', () => {
    expect(populationsOf(populationBands(rows(50, 10, 40, 20, 60, 30), 3))).toEqual([
      [10, 20],
      [30, 40],
      [50, 60],
    ]);
  });

  it('gives uneven counts by rounding the band boundaries (5 into 2: 3 + 2; 7 into 3: 2 + 3 + 2; 10 into 4: 3 + 2 + 3 + 2)', () => {
    expect(populationsOf(populationBands(rows(5, 4, 3, 2, 1), 2))).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(populationsOf(populationBands(rows(7, 6, 5, 4, 3, 2, 1), 3))).toEqual([
      [1, 2],
      [3, 4, 5],
      [6, 7],
    ]);
    expect(populationBands(rows(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), 4).map((band) => band.length)).toEqual([3, 2, 3, 2]);
  });

  it('leaves a band empty when there are fewer rows than bands (2 into 3: 1 + 0 + 1)', () => {
    expect(populationsOf(populationBands(rows(200, 100), 3))).toEqual([[100], [], [200]]);
  });

  it('keeps every row once, the input order among equal populations, and the input untouched', () => {
    const input = rows(30, 10, 30, 20, 10);
    const copy = input.map((r) => ({ ...r }));
    const bands = populationBands(input, 2);
    expect(bands.map((band) => band.map((r) => r.id))).toEqual([
      ['r1', 'r4', 'r3'],
      ['r0', 'r2'],
    ]);
    expect(bands.flat().every((r) => input.includes(r))).toBe(true);
    expect(input).toEqual(copy);
  });

  it('puts everything in one band when asked for one, and gives empty bands for no rows', () => {
    expect(populationsOf(populationBands(rows(3, 1, 2), 1))).toEqual([[1, 2, 3]]);
    expect(populationBands([], 2)).toEqual([[], []]);
  });
});
