import { countByCountyAndStatus } from './count-by-county';

describe('countByCountyAndStatus', () => {
  it('counts each county and status pair, ordered by county then status', () => {
    expect(
      countByCountyAndStatus([
        { countyId: 'sx', status: 'HELD' },
        { countyId: 'dt', status: 'OVERDUE' },
        { countyId: 'sx', status: 'CLOSED' },
        { countyId: 'sx', status: 'HELD' },
      ]),
    ).toEqual([
      { countyId: 'dt', status: 'OVERDUE', count: 1 },
      { countyId: 'sx', status: 'CLOSED', count: 1 },
      { countyId: 'sx', status: 'HELD', count: 2 },
    ]);
    expect(countByCountyAndStatus([])).toEqual([]);
  });
});
