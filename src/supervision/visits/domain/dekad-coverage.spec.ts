import { dekadCoverage, dekadPeriod } from './dekad-coverage';

const chief = (chiefId: string, removedFrom: string | null = null) => ({ chiefId, appointedFrom: '2026-01-01', removedFrom });
const dekad = { from: '2026-05-11', to: '2026-05-20' };

describe('dekad coverage', () => {
  it('names the dekad of a day in Chinese', () => {
    expect(dekadPeriod('2026-05-15')).toEqual({ from: '2026-05-11', to: '2026-05-20', label: '2026年5月中旬' });
    expect(dekadPeriod('2026-02-21')).toEqual({ from: '2026-02-21', to: '2026-02-28', label: '2026年2月下旬' });
  });

  it('lists each linked county with the days its chief visited it, leaving out chiefs linked to none', () => {
    const links = [
      { chiefId: 'L1', effectiveFrom: '2026-01-01', unitIds: ['A', 'B'] },
      { chiefId: 'L2', effectiveFrom: '2026-01-01', unitIds: ['B'] },
    ];
    const visits = [
      { chiefId: 'L1', countyId: 'A', day: '2026-05-18' },
      { chiefId: 'L1', countyId: 'A', day: '2026-05-12' },
      // Another chief's visit to B does not count for L1.
      { chiefId: 'L2', countyId: 'B', day: '2026-05-13' },
    ];
    expect(dekadCoverage([chief('L1'), chief('L2'), chief('L3')], links, visits, dekad)).toEqual([
      {
        chiefId: 'L1',
        counties: [
          { countyId: 'A', visitDays: ['2026-05-12', '2026-05-18'] },
          { countyId: 'B', visitDays: [] },
        ],
      },
      { chiefId: 'L2', counties: [{ countyId: 'B', visitDays: ['2026-05-13'] }] },
    ]);
  });

  it('counts a county linked on any day of the dekad, and no chief removed before it', () => {
    const links = [
      { chiefId: 'L1', effectiveFrom: '2026-01-01', unitIds: ['A'] },
      { chiefId: 'L1', effectiveFrom: '2026-05-16', unitIds: ['B'] },
      { chiefId: 'L2', effectiveFrom: '2026-01-01', unitIds: ['A'] },
    ];
    expect(dekadCoverage([chief('L1'), chief('L2', '2026-05-11')], links, [], dekad)).toEqual([
      {
        chiefId: 'L1',
        counties: [
          { countyId: 'A', visitDays: [] },
          { countyId: 'B', visitDays: [] },
        ],
      },
    ]);
  });
});
