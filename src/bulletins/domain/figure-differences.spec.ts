import { BulletinFigures, DAY_TOTAL_KEYS, DayTotals, RankedArea } from './bulletin-content';
import { figureDifferences } from './figure-differences';

const ZERO = Object.fromEntries(DAY_TOTAL_KEYS.map((k) => [k, 0])) as DayTotals;
const figures = (over: Partial<BulletinFigures> = {}): BulletinFigures => ({
  ...ZERO,
  faceToFaceRate: null,
  alertsByCounty: [],
  top: [],
  bottom: [],
  ...over,
});
const area = (rank: number, stationName: string, score: number): RankedArea => ({
  rank,
  stationName,
  countyName: '沙县',
  chiefName: '林建国',
  score,
});

const PUBLISHED = figures({
  alerts: 5,
  alertsByCounty: [
    { countyId: 'county-shaxian', countyName: '沙县', alerts: 3 },
    { countyId: 'county-datian', countyName: '大田', alerts: 2 },
  ],
  cases: 1,
  lossFen: 1_234_567,
  top: [area(1, '凤岗派出所', 1)],
});

describe('figureDifferences', () => {
  it('finds nothing when the figures are unchanged', () => {
    expect(figureDifferences(PUBLISHED, structuredClone(PUBLISHED))).toEqual([]);
  });

  it('names a late alert: the city total and the county that received it', () => {
    const current = figures({
      ...PUBLISHED,
      alerts: 6,
      alertsByCounty: [
        { countyId: 'county-shaxian', countyName: '沙县', alerts: 3 },
        { countyId: 'county-datian', countyName: '大田', alerts: 3 },
      ],
    });
    expect(figureDifferences(PUBLISHED, current)).toEqual([
      { field: 'alerts', label: '刑事警情数', published: '5', current: '6' },
      { field: 'alertsByCounty.county-datian', label: '大田警情数', published: '2', current: '3' },
    ]);
  });

  it('shows amounts in yuan with two decimals, and a county that appeared or dropped out as 0', () => {
    const current = figures({
      ...PUBLISHED,
      cases: 0,
      lossFen: 0,
      alertsByCounty: [
        { countyId: 'county-shaxian', countyName: '沙县', alerts: 3 },
        { countyId: 'county-youxi', countyName: '尤溪', alerts: 2 },
      ],
    });
    expect(figureDifferences(PUBLISHED, current)).toEqual([
      { field: 'cases', label: '发案数', published: '1', current: '0' },
      { field: 'lossFen', label: '财损（元）', published: '12345.67', current: '0.00' },
      { field: 'alertsByCounty.county-datian', label: '大田警情数', published: '2', current: '0' },
      { field: 'alertsByCounty.county-youxi', label: '尤溪警情数', published: '0', current: '2' },
    ]);
  });

  it('compares the rate and every listed place of the ranking', () => {
    const current = figures({ ...PUBLISHED, faceToFaceRate: '50.0', top: [area(1, '凤岗派出所', -1), area(2, '虬江派出所', -2)] });
    expect(figureDifferences(PUBLISHED, current)).toEqual([
      { field: 'faceToFaceRate', label: '见面率（%）', published: null, current: '50.0' },
      {
        field: 'top[0]',
        label: '防区长排名前列第1位',
        published: '第1名凤岗派出所（沙县，林建国）1.00分',
        current: '第1名凤岗派出所（沙县，林建国）-1.00分',
      },
      { field: 'top[1]', label: '防区长排名前列第2位', published: null, current: '第2名虬江派出所（沙县，林建国）-2.00分' },
    ]);
  });
});
