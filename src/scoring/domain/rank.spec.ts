import { rankByScore } from './rank';

describe('rankByScore', () => {
  it('ranks by descending score with competition ranking for ties (1, 2, 2, 4)', () => {
    const ranked = rankByScore([
      { id: 'c', score: 5 },
      { id: 'a', score: 10 },
      { id: 'd', score: 1 },
      { id: 'b', score: 5 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['c', 2],
      ['b', 2],
      ['d', 4],
    ]);
  });

  it('skips as many ranks as there were ties (1, 1, 1, 4, 5, 5, 7)', () => {
    const ranked = rankByScore([3, 3, 3, 2, 1, 1, 0].map((score, i) => ({ id: i, score })));
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1, 4, 5, 5, 7]);
  });

  it('ranks negative scores below zero', () => {
    const ranked = rankByScore([{ id: 'x', score: -20 }, { id: 'y', score: 0 }, { id: 'z', score: -0.5 }]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([['y', 1], ['z', 2], ['x', 3]]);
  });

  it('keeps the input order among ties (stable) and returns the same set of rows', () => {
    const rows = [
      { id: 's1', score: 2 },
      { id: 's2', score: 7 },
      { id: 's3', score: 2 },
      { id: 's4', score: 2 },
      { id: 's5', score: 7 },
    ];
    const ranked = rankByScore(rows);
    expect(ranked.map((r) => r.id)).toEqual(['s2', 's5', 's1', 's3', 's4']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3, 3, 3]);
    expect(ranked.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('keeps every other field of a row', () => {
    expect(rankByScore([{ score: 1, areaId: 'S-1', label: '城关' }])).toEqual([{ score: 1, areaId: 'S-1', label: '城关', rank: 1 }]);
  });

  it('does not change the input rows or their order', () => {
    const rows = [{ id: 'a', score: 1 }, { id: 'b', score: 2 }];
    const copy = JSON.parse(JSON.stringify(rows));
    rankByScore(rows);
    expect(rows).toEqual(copy);
    expect(rows[0]).not.toHaveProperty('rank');
  });

  it('ranks all equal scores first', () => {
    expect(rankByScore([{ score: 0 }, { score: 0 }, { score: 0 }]).map((r) => r.rank)).toEqual([1, 1, 1]);
  });

  it('ranks nothing when there is nothing', () => {
    expect(rankByScore([])).toEqual([]);
  });
});
