import { newestFirst } from './newest-first';

describe('newestFirst', () => {
  it('merges pages newest first, keeps a row found twice once, orders one position steadily, and cuts to the limit', () => {
    const row = (id: string, position: number) => ({ id, position });
    const pages = [
      [row('b', 9), row('a', 5)],
      [row('c', 9), row('b', 9), row('d', 2)],
    ];

    expect(newestFirst(pages, 3, (r) => r.id)).toEqual([row('b', 9), row('c', 9), row('a', 5)]);
    expect(newestFirst([], 3, (r: { position: number }) => r.position)).toEqual([]);
  });
});
