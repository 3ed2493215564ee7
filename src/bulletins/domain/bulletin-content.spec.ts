import { BulletinSources, IndicatorRow, buildBulletinContent } from './bulletin-content';

/** The demo city's units in unit order (by id), as OrganizationReader.units() returns them. */
const UNITS = [
  { unitId: 'city', level: 'CITY', name: '三明市公安局', parentId: null },
  { unitId: 'county-datian', level: 'COUNTY', name: '大田县公安局', parentId: 'city' },
  { unitId: 'county-gaoxin', level: 'COUNTY', name: '三明高新区分局', parentId: 'city' },
  { unitId: 'county-shaxian', level: 'COUNTY', name: '沙县分局', parentId: 'city' },
  { unitId: 'dept-fanzha', level: 'DEPARTMENT', name: '反诈中心', parentId: 'city' },
  { unitId: 'station-datian-01', level: 'STATION', name: '均溪派出所', parentId: 'county-datian' },
  { unitId: 'station-gaoxin-01', level: 'STATION', name: '荆西派出所', parentId: 'county-gaoxin' },
  { unitId: 'station-shaxian-01', level: 'STATION', name: '凤岗派出所', parentId: 'county-shaxian' },
  { unitId: 'station-shaxian-02', level: 'STATION', name: '虬江派出所', parentId: 'county-shaxian' },
];

const row = (areaId: string, figures: Omit<IndicatorRow, 'areaId'>): IndicatorRow => ({ areaId, ...figures });

const sources = (over: Partial<BulletinSources> = {}): BulletinSources => ({
  day: '2026-04-17',
  rows: [],
  units: UNITS,
  ranking: [],
  ...over,
});

describe('buildBulletinContent', () => {
  it("gives the seed bulletin line for 5 alerts, 沙县 3 and 大田 2, counties in the bureau's administrative order", () => {
    const content = buildBulletinContent(
      sources({
        rows: [row('station-shaxian-01', { alerts: 2 }), row('station-datian-01', { alerts: 2 }), row('station-shaxian-02', { alerts: 1 })],
        countyOrder: ['county-shaxian', 'county-datian', 'county-gaoxin'],
      }),
    );
    expect(content.text.startsWith('4月17日，全市共接报涉电诈刑事警情5起，其中沙县3起、大田2起。')).toBe(true);
    expect(content.figures.alerts).toBe(5);
    expect(content.figures.alertsByCounty).toEqual([
      { countyId: 'county-shaxian', countyName: '沙县', alerts: 3 },
      { countyId: 'county-datian', countyName: '大田', alerts: 2 },
    ]);
  });

  it('orders counties not in the configured order in unit order after those that are, and leaves out those without alerts', () => {
    const { figures } = buildBulletinContent(
      sources({
        rows: [
          row('station-shaxian-01', { alerts: 1 }),
          row('station-gaoxin-01', { alerts: 1 }),
          row('station-datian-01', { alerts: 0, cases: 1 }),
        ],
      }),
    );
    expect(figures.alertsByCounty.map((c) => c.countyName)).toEqual(['高新区', '沙县']);
    const configured = buildBulletinContent(
      sources({
        rows: [row('station-shaxian-01', { alerts: 1 }), row('station-gaoxin-01', { alerts: 3 })],
        countyOrder: ['county-shaxian'],
      }),
    );
    expect(configured.figures.alertsByCounty.map((c) => c.countyName)).toEqual(['沙县', '高新区']);
  });

  it("sums every figure over the day's rows, reading a missing or null column as zero", () => {
    const { figures } = buildBulletinContent(
      sources({
        rows: [
          row('station-shaxian-01', {
            warningsReceived: 4,
            faceToFace: 3,
            dissuaded: 2,
            lossFen: 1_000_000,
            cases: 1,
            stoppedFen: 500,
            recoveredFen: 500,
          }),
          row('station-datian-01', {
            warningsReceived: 2,
            faceToFace: 2,
            victimisedAfterWarning: 1,
            lossFen: null,
            frozenFen: 700,
            recoveredFen: 700,
          }),
        ],
      }),
    );
    expect(figures).toMatchObject({
      warningsReceived: 6,
      faceToFace: 5,
      faceToFaceRate: '83.3',
      dissuaded: 2,
      victimisedAfterWarning: 1,
      cases: 1,
      lossFen: 1_000_000,
      stoppedFen: 500,
      frozenFen: 700,
      returnedFen: 0,
      recoveredFen: 1_200,
      casesSolved: 0,
    });
  });

  it('has no face-to-face rate without warnings', () => {
    expect(buildBulletinContent(sources()).figures.faceToFaceRate).toBeNull();
  });

  it('lists the top three and the bottom three of the ranking with short county names and chiefs', () => {
    const ranking = ['甲', '乙', '丙', '丁', '戊', '己', '庚'].map((station, i) => ({
      rank: i + 1,
      stationName: `${station}派出所`,
      countyName: '大田县公安局',
      chief: i === 6 ? null : { name: `所长${i + 1}` },
      score: 10 - i,
    }));
    const { figures } = buildBulletinContent(sources({ ranking }));
    expect(figures.top).toEqual([
      { rank: 1, stationName: '甲派出所', countyName: '大田', chiefName: '所长1', score: 10 },
      { rank: 2, stationName: '乙派出所', countyName: '大田', chiefName: '所长2', score: 9 },
      { rank: 3, stationName: '丙派出所', countyName: '大田', chiefName: '所长3', score: 8 },
    ]);
    expect(figures.bottom.map((a) => [a.rank, a.chiefName])).toEqual([
      [5, '所长5'],
      [6, '所长6'],
      [7, null],
    ]);
  });

  it('never lists an area both at the top and at the bottom', () => {
    const ranking = Array.from({ length: 5 }, (_, i) => ({
      rank: i + 1,
      stationName: `S${i + 1}`,
      countyName: null,
      chief: null,
      score: -i,
    }));
    const { figures } = buildBulletinContent(sources({ ranking }));
    expect(figures.top.map((a) => a.stationName)).toEqual(['S1', 'S2', 'S3']);
    expect(figures.bottom.map((a) => a.stationName)).toEqual(['S4', 'S5']);
    expect(buildBulletinContent(sources({ ranking: ranking.slice(0, 3) })).figures.bottom).toEqual([]);
  });

  const area = (rank: number, score: number, i = rank) => ({
    rank,
    stationName: `S${i}`,
    countyName: null,
    chief: null,
    score,
  });

  it('names every area tied with the third or with the last places, never cutting a tie in two', () => {
    const ranking = [
      area(1, 9, 1),
      area(2, 8, 2),
      area(3, 7, 3),
      area(3, 7, 4),
      area(5, 5, 5),
      area(6, 4, 6),
      area(7, 3, 7),
      area(7, 3, 8),
      area(9, 1, 9),
      area(10, 0, 10),
    ];
    const { figures } = buildBulletinContent(sources({ ranking }));
    expect(figures.top.map((a) => a.stationName)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(figures.bottom.map((a) => a.stationName)).toEqual(['S7', 'S8', 'S9', 'S10']);
    expect(figures.placesWithheld).toBeUndefined();
  });

  it('names no places when half the areas or more share one score', () => {
    const ranking = [area(1, 9, 1), area(2, 0, 2), area(2, 0, 3), area(2, 0, 4), area(2, 0, 5), area(6, -1, 6)];
    const { figures, text } = buildBulletinContent(sources({ ranking }));
    expect(figures).toMatchObject({ top: [], bottom: [], placesWithheld: true });
    expect(text).toContain('4月1日至17日防区长排名：多数防区得分相同，本期不列前后名次。');
  });

  it('builds the same content from the same sources', () => {
    const input = sources({ rows: [row('station-shaxian-01', { alerts: 1, lossFen: 123 })] });
    expect(buildBulletinContent(input)).toEqual(buildBulletinContent(input));
  });
});
