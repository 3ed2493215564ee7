import { Interval, competitionRanks, populationBands, rankRanges, trendOf } from './rank';

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
  it('is NEW without a previous rank', () => {
    expect(trendOf(3, null, { best: 3, worst: 3 })).toBe('NEW');
    expect(trendOf(1, null, { best: 1, worst: 5 })).toBe('NEW');
  });

  it('is SAME when the rank did not change, however wide the range', () => {
    expect(trendOf(2, 2, { best: 2, worst: 2 })).toBe('SAME');
    expect(trendOf(2, 2, { best: 1, worst: 5 })).toBe('SAME');
  });

  it('is UNCERTAIN when the previous rank lies within the current rank range, ends included', () => {
    expect(trendOf(2, 4, { best: 1, worst: 5 })).toBe('UNCERTAIN');
    expect(trendOf(4, 2, { best: 1, worst: 5 })).toBe('UNCERTAIN');
    expect(trendOf(3, 1, { best: 1, worst: 5 })).toBe('UNCERTAIN');
    expect(trendOf(3, 5, { best: 1, worst: 5 })).toBe('UNCERTAIN');
  });

  it('is UP when the row climbed from below its range (a smaller rank number is better)', () => {
    expect(trendOf(2, 5, { best: 1, worst: 4 })).toBe('UP');
    expect(trendOf(3, 4, { best: 3, worst: 3 })).toBe('UP');
  });

  it('is DOWN when the row fell from above its range', () => {
    expect(trendOf(5, 2, { best: 3, worst: 6 })).toBe('DOWN');
    expect(trendOf(3, 2, { best: 3, worst: 3 })).toBe('DOWN');
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
