import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const ASSIGN = `mutation($input: AssignDeputyInput!) { assignDeputy(input: $input) { streamId } }`;
const LINK = `mutation($input: LinkCityChiefInput!) { linkCityChief(input: $input) { streamId } }`;
const REMOVE = `mutation($input: RemoveChiefInput!) { removeChief(input: $input) { streamId } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { streamId duplicate } }`;

describe('organisation: three levels, six chiefs, dated assignments', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  it('builds the unit tree and answers it', async () => {
    const { unit } = await t.ok(
      `{ unit(unitId: "county-sx") { name level children { unitId areaName population chiefs { name role } } } }`,
    );
    expect(unit).toMatchObject({ name: '沙县分局', level: 'COUNTY' });
    expect(unit.children).toEqual([
      { unitId: 'st-a', areaName: '凤岗防区', population: 40000, chiefs: [{ name: '林建国', role: 'STATION_CHIEF' }] },
      { unitId: 'st-b', areaName: '虬江防区', population: 20000, chiefs: [{ name: '陈志强', role: 'STATION_CHIEF' }] },
    ]);
  });

  it('scores deputies and city chiefs against the assignment valid on each day', async () => {
    await t.ok(APPOINT, {
      input: { chiefId: 'dep-1', name: '张副局长', role: 'DEPUTY_COUNTY_CHIEF', unitId: 'county-sx', effectiveFrom: '2024-01-01' },
    });
    await t.ok(ASSIGN, { input: { chiefId: 'dep-1', stationIds: ['st-a'], effectiveFrom: '2024-01-01' } });
    await t.ok(ASSIGN, { input: { chiefId: 'dep-1', stationIds: ['st-a', 'st-b'], effectiveFrom: '2026-05-11' } });
    await t.ok(APPOINT, {
      input: { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER', unitId: 'city', effectiveFrom: '2024-01-01' },
    });
    await t.ok(LINK, { input: { chiefId: 'leader-1', countyIds: ['county-sx'], effectiveFrom: '2024-01-01' } });
    await t.ok(LINK, { input: { chiefId: 'leader-1', countyIds: ['county-dt'], effectiveFrom: '2026-07-01' } });

    const scopes = await t.ok(
      `{ chiefs(role: DEPUTY_COUNTY_CHIEF) { chiefId may: scope(onDay: "2026-05-10") june: scope(onDay: "2026-06-01") } }`,
    );
    expect(scopes.chiefs).toEqual([{ chiefId: 'dep-1', may: ['st-a'], june: ['st-a', 'st-b'] }]);
    const links = await t.ok(`{ chiefs(role: BUREAU_LEADER) { before: scope(onDay: "2026-06-30") after: scope(onDay: "2026-07-01") } }`);
    expect(links.chiefs).toEqual([{ before: ['county-sx'], after: ['county-dt'] }]);
  });

  it('knows who was in office on a day', async () => {
    await t.ok(REMOVE, { input: { chiefId: 'chief-st-c', effectiveFrom: '2026-03-16' } });
    await t.ok(APPOINT, {
      input: { chiefId: 'chief-st-c-2', name: '赖新', role: 'STATION_CHIEF', unitId: 'st-c', effectiveFrom: '2026-03-16' },
    });
    const names = async (day: string) =>
      (await t.ok(`query($d: Day!) { chiefs(role: STATION_CHIEF, onDay: $d) { name unitId } }`, { d: day })).chiefs
        .filter((c: { unitId: string }) => c.unitId === 'st-c')
        .map((c: { name: string }) => c.name);
    expect(await names('2026-03-15')).toEqual(['王海峰']);
    expect(await names('2026-03-16')).toEqual(['赖新']);
    const ranking = await t.ok(
      `{ ranking(role: STATION_CHIEF, period: { kind: MONTH, day: "2026-03-01" }) { rows { subjectId chief { name } } } }`,
    );
    expect(ranking.ranking.rows.find((r: { subjectId: string }) => r.subjectId === 'st-c').chief.name).toBe('赖新');
  });

  it('refuses assignments that break the organisation, naming the field', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        ASSIGN,
        { chiefId: 'dep-1', stationIds: ['st-c'], effectiveFrom: '2026-06-01' },
        'stationIds: station st-c is not a station of county county-sx',
      ],
      [LINK, { chiefId: 'leader-1', countyIds: ['st-a'], effectiveFrom: '2026-06-01' }, 'countyIds: unit st-a is not a county'],
      [
        ASSIGN,
        { chiefId: 'leader-1', stationIds: ['st-a'], effectiveFrom: '2026-06-01' },
        'chiefId: chief leader-1 is not a deputy county chief',
      ],
      [
        APPOINT,
        { chiefId: 'x', name: '某', role: 'COUNTY_CHIEF', unitId: 'st-a', effectiveFrom: '2026-06-01' },
        'unitId: a COUNTY_CHIEF is appointed to a COUNTY unit, not a STATION',
      ],
      [
        CREATE_UNIT,
        { unitId: 'st-z', level: 'STATION', name: '无上级所', parentId: 'city', effectiveFrom: '2026-06-01' },
        'parentId: a STATION unit must have a COUNTY unit as parent',
      ],
    ];
    for (const [query, input, message] of cases) {
      const res = await t.gql(query, { input });
      expect(res.errors?.[0].message).toContain(message);
    }
  });

  it('records an organisation change sent twice with the same key once', async () => {
    const input = {
      unitId: 'dept-fz',
      level: 'DEPARTMENT',
      name: '反诈中心',
      parentId: 'city',
      effectiveFrom: '2024-01-01',
      idempotencyKey: 'hr:dept-fz',
    };
    expect((await t.ok(CREATE_UNIT, { input })).createUnit.duplicate).toBe(false);
    expect((await t.ok(CREATE_UNIT, { input })).createUnit.duplicate).toBe(true);
  });
});
