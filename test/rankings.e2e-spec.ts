import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const ASSIGN = `mutation($input: AssignDeputyInput!) { assignDeputy(input: $input) { streamId } }`;
const LINK = `mutation($input: LinkCityChiefInput!) { linkCityChief(input: $input) { streamId } }`;
const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { projected } }`;
const FILE_CASE = `mutation($input: FileCaseInput!) { fileCase(input: $input) { projected } }`;
const REVOKE = `mutation($input: RevokeCaseInput!) { revokeCase(input: $input) { projected } }`;
const RECEIVE = `mutation($input: ReceiveWarningInput!) { receiveWarning(input: $input) { projected } }`;
const CONTACT = `mutation($input: RecordWarningContactInput!) { recordWarningContact(input: $input) { projected } }`;

const RANKING = `query($role: ChiefRole!, $period: PeriodInput!, $peerGroups: Int, $within: ID) {
  ranking(role: $role, period: $period, peerGroups: $peerGroups, withinUnitId: $within) {
    role roleLabel
    period { kind label from to partial previous { from to } lastYear { from to } }
    rows {
      rank overallRank subjectId name unitName countyName chief { name } score previousRank rankChange trend arrow smallNumbers moveProbability note
      rankRange { best worst } interval { low high } daysAccountable population casesPer10k peerGroup { index label }
      indicators { alerts cases loss }
      headline { indicator label current lastYear previous yearOnYearPercent periodOnPeriodPercent }
    }
    unassigned { chiefId name }
  } }`;

type Row = Record<string, any>;
const scores = (rows: Row[]) => rows.map((r) => [r.subjectId, r.rank, r.score]);

describe('rankings of the three levels, six chiefs', () => {
  let t: TestApp;
  const rank = async (role: string, period: Record<string, string>, extra: Record<string, unknown> = {}) =>
    (await t.ok(RANKING, { role, period, ...extra })).ranking;
  const alert = (unitId: string, id: string, at: string) =>
    t.ok(ALERT, { input: { unitId, alertId: id, fraudType: 'ORDER_BRUSHING', occurredAt: `${at}T10:00:00+08:00` } });

  beforeAll(async () => {
    // Its figures were worked out under the first, additive rules: a store upgraded from them scores these days so.
    t = await startTestApp({ additiveRules: true });
    await buildSmallCity(t);
    const chiefs = [
      { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF', unitId: 'county-sx' },
      { chiefId: 'cc-dt', name: '大田局长', role: 'COUNTY_CHIEF', unitId: 'county-dt' },
      { chiefId: 'dep-1', name: '张副局长', role: 'DEPUTY_COUNTY_CHIEF', unitId: 'county-sx' },
      { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER', unitId: 'city' },
      { chiefId: 'leader-2', name: '刘局长', role: 'BUREAU_LEADER', unitId: 'city' },
      { chiefId: 'senior-1', name: '何警长', role: 'SENIOR_CHIEF', unitId: 'city' },
    ];
    for (const c of chiefs) await t.ok(APPOINT, { input: { ...c, effectiveFrom: '2024-01-01' } });
    await t.ok(ASSIGN, { input: { chiefId: 'dep-1', stationIds: ['st-a'], effectiveFrom: '2024-01-01' } });
    await t.ok(ASSIGN, { input: { chiefId: 'dep-1', stationIds: ['st-a', 'st-b'], effectiveFrom: '2026-05-11' } });
    await t.ok(LINK, { input: { chiefId: 'leader-1', countyIds: ['county-sx'], effectiveFrom: '2024-01-01' } });
    await t.ok(LINK, { input: { chiefId: 'leader-1', countyIds: ['county-dt'], effectiveFrom: '2026-07-01' } });
    await t.ok(LINK, { input: { chiefId: 'leader-2', countyIds: ['county-sx', 'county-dt'], effectiveFrom: '2024-01-01' } });

    await alert('st-a', 'JQ-2025', '2025-05-05');
    await alert('st-a', 'JQ-A1', '2026-05-05');
    await t.ok(FILE_CASE, {
      input: { unitId: 'st-b', caseId: 'AJ-B1', fraudType: 'INVESTMENT', loss: '100.00', occurredAt: '2026-05-15T11:00:00+08:00' },
    });
    await t.ok(RECEIVE, {
      input: {
        unitId: 'st-c',
        instructionId: 'YJ-C1',
        kind: 'FUND',
        occurredAt: '2026-07-02T09:00:00+08:00',
        deadline: '2026-07-03T09:00:00+08:00',
      },
    });
    await t.ok(CONTACT, {
      input: { unitId: 'st-c', instructionId: 'YJ-C1', method: 'FACE_TO_FACE', occurredAt: '2026-07-02T10:00:00+08:00' },
    });
  });
  afterAll(() => t.close());

  it('ranks defense areas by the sum of their daily scores, with the chief in office and 同比/环比', async () => {
    const may = await rank('STATION_CHIEF', { kind: 'MONTH', day: '2026-05-20' });
    expect(may.roleLabel).toBe('所队长(防区长)');
    expect(may.period).toEqual({
      kind: 'MONTH',
      label: '2026年5月',
      from: '2026-05-01',
      to: '2026-05-31',
      partial: false,
      previous: { from: '2026-04-01', to: '2026-04-30' },
      lastYear: { from: '2025-05-01', to: '2025-05-31' },
    });
    // st-a: an alert (−1); st-b: a case with ¥100 loss (−2 −0.01).
    expect(scores(may.rows)).toEqual([
      ['st-c', 1, 0],
      ['st-a', 2, -1],
      ['st-b', 3, -2.01],
    ]);
    const a = may.rows[1];
    expect(a).toMatchObject({
      name: '凤岗防区',
      unitName: '凤岗派出所',
      countyName: '沙县分局',
      chief: { name: '林建国' },
      daysAccountable: 31,
      population: 40000,
    });
    expect(a.casesPer10k).toBe('0.00');
    expect(may.rows[2].casesPer10k).toBe('0.50');
    expect(a.headline[0]).toEqual({
      indicator: 'alerts',
      label: '警情数',
      current: '1',
      lastYear: '1',
      previous: '0',
      yearOnYearPercent: '0.0',
      periodOnPeriodPercent: null,
    });
    expect(may.rows[2].headline[2]).toMatchObject({ indicator: 'loss', label: '财损', current: '100.00', lastYear: '0.00' });
  });

  it('ranks deputies by the stations assigned on each day, so a change mid-month splits the month', async () => {
    const may = await rank('DEPUTY_COUNTY_CHIEF', { kind: 'MONTH', day: '2026-05-01' });
    // 1–10 May: st-a alone (−1 on the 5th); from the 11th the mean of st-a and st-b (−2.01 / 2 on the 15th).
    expect(may.rows).toHaveLength(1);
    expect(may.rows[0]).toMatchObject({
      subjectId: 'dep-1',
      name: '张副局长',
      unitName: '沙县分局',
      score: -2.005,
      daysAccountable: 31,
      rank: 1,
    });
    expect(may.rows[0].indicators).toEqual({ alerts: 1, cases: 1, loss: '100.00' });
    // Population is weighted by days: 10 days of 40,000 and 21 of 60,000.
    expect(may.rows[0].population).toBe(Math.round((10 * 40000 + 21 * 60000) / 31));
  });

  it("ranks county chiefs by the mean of their county's areas", async () => {
    const may = await rank('COUNTY_CHIEF', { kind: 'MONTH', day: '2026-05-01' });
    expect(may.rows.map((r: Row) => [r.subjectId, r.name, r.chief.name, r.rank, r.score])).toEqual([
      ['county-dt', '大田县公安局', '大田局长', 1, 0],
      ['county-sx', '沙县分局', '沙县局长', 2, -1.505],
    ]);
  });

  it('ranks city chiefs by their linked counties, splitting at a re-link, and lists those linked to nothing', async () => {
    const range = await rank('BUREAU_LEADER', { kind: 'RANGE', from: '2026-05-01', to: '2026-07-31' });
    // leader-1: May–June on 沙县 (−1.505), July on 大田 (+1.5 for a face-to-face contact in time).
    // leader-2: both counties all along: the mean over three areas, (−1 −2.01 +1.5) / 3.
    expect(scores(range.rows)).toEqual([
      ['leader-1', 1, -0.005],
      ['leader-2', 2, -0.5033],
    ]);
    expect(range.period.label).toBe('2026年5月1日至2026年7月31日');
    const seniors = await rank('SENIOR_CHIEF', { kind: 'QUARTER', day: '2026-05-01' });
    expect(seniors.rows).toEqual([]);
    expect(seniors.unassigned).toEqual([{ chiefId: 'senior-1', name: '何警长' }]);
    expect(seniors.period).toMatchObject({
      label: '2026年第二季度',
      from: '2026-04-01',
      to: '2026-06-30',
      previous: { from: '2026-01-01', to: '2026-03-31' },
    });
  });

  it('resolves every kind of period with its Chinese label', async () => {
    const labels: Array<[Record<string, string>, string, string, string]> = [
      [{ kind: 'DAY', day: '2026-05-05' }, '2026年5月5日', '2026-05-05', '2026-05-05'],
      [{ kind: 'DEKAD', day: '2026-05-15' }, '2026年5月中旬', '2026-05-11', '2026-05-20'],
      [{ kind: 'DEKAD', day: '2026-02-25' }, '2026年2月下旬', '2026-02-21', '2026-02-28'],
      [{ kind: 'YEAR', day: '2025-07-01' }, '2025年', '2025-01-01', '2025-12-31'],
      [{ kind: 'YEAR_TO_DATE', day: '2026-05-31' }, '2026年1月1日至5月31日', '2026-01-01', '2026-05-31'],
    ];
    for (const [period, label, from, to] of labels) {
      expect((await rank('STATION_CHIEF', period)).period).toMatchObject({ label, from, to });
    }
    const dayRows = (await rank('STATION_CHIEF', { kind: 'DAY', day: '2026-05-05' })).rows;
    expect(scores(dayRows)).toEqual([
      ['st-b', 1, 0],
      ['st-c', 1, 0],
      ['st-a', 3, -1],
    ]);
  });

  it('shows no arrow when a move is within noise, and an arrow with its probability when it is not', async () => {
    for (let i = 0; i < 30; i++) await alert('st-a', `JQ-AUG-${i}`, `2026-08-${String(1 + (i % 28)).padStart(2, '0')}`);
    const august = await rank('STATION_CHIEF', { kind: 'MONTH', day: '2026-08-01' });
    const [b, c, a] = ['st-b', 'st-c', 'st-a'].map((id) => august.rows.find((r: Row) => r.subjectId === id));
    // July: st-c 1 (+1.5), st-a and st-b 2 (0). August: st-a −30, far below any chance variation.
    expect(a).toMatchObject({
      rank: 3,
      previousRank: 2,
      rankChange: -1,
      trend: 'DOWN',
      arrow: '↓',
      smallNumbers: false,
      note: null,
      rankRange: { best: 3, worst: 3 },
    });
    expect(a.interval.high).toBeLessThan(b.interval.low);
    // st-b "rises" from 2 to a shared 1st place on no events at all: within its rank range.
    expect(b).toMatchObject({
      rank: 1,
      previousRank: 2,
      trend: 'UNCERTAIN',
      arrow: '',
      smallNumbers: true,
      rankRange: { best: 1, worst: 2 },
    });
    expect(b.note).toBe('名次变化仍在数据的随机波动范围内，不标升降。');
    expect(a.moveProbability).toBeGreaterThanOrEqual(0.9);
    expect(b.moveProbability).toBeLessThan(0.9);
    expect(c).toMatchObject({ rank: 1, previousRank: 1, trend: 'SAME', arrow: '—' });
  });

  it('ranks within peer groups of similar population and within one county', async () => {
    const peers = await rank('STATION_CHIEF', { kind: 'MONTH', day: '2026-05-01' }, { peerGroups: 2 });
    expect(peers.rows.map((r: Row) => [r.subjectId, r.peerGroup.index, r.rank, r.overallRank])).toEqual([
      ['st-c', 1, 1, 1],
      ['st-b', 1, 2, 3],
      ['st-a', 2, 1, 2],
    ]);
    expect(peers.rows[0].peerGroup.label).toBe('同类第1组(人口2万–3万)');
    const county = await rank('STATION_CHIEF', { kind: 'MONTH', day: '2026-05-01' }, { within: 'county-sx' });
    expect(county.rows.map((r: Row) => [r.subjectId, r.rank, r.overallRank])).toEqual([
      ['st-a', 1, 2],
      ['st-b', 2, 3],
    ]);
  });

  it('follows late events and corrections into past periods at once', async () => {
    const before = await rank('STATION_CHIEF', { kind: 'MONTH', day: '2026-05-01' });
    expect(before.rows.find((r: Row) => r.subjectId === 'st-c').score).toBe(0);
    await alert('st-c', 'JQ-LATE', '2026-05-20');
    await t.ok(REVOKE, { input: { unitId: 'st-b', caseId: 'AJ-B1', reason: '经查不构成诈骗', occurredAt: '2026-06-02T09:00:00+08:00' } });
    const after = await rank('STATION_CHIEF', { kind: 'MONTH', day: '2026-05-01' });
    expect(scores(after.rows)).toEqual([
      ['st-b', 1, 0],
      ['st-a', 2, -1],
      ['st-c', 2, -1],
    ]);
    expect((await rank('COUNTY_CHIEF', { kind: 'MONTH', day: '2026-05-01' })).rows.map((r: Row) => r.score)).toEqual([-0.5, -1]);
  });

  it('refuses bad periods and options, naming the field', async () => {
    const problem = async (period: Record<string, string>, extra: Record<string, unknown> = {}) =>
      (await t.gql(RANKING, { role: 'STATION_CHIEF', period, ...extra })).errors?.[0].message;
    expect(await problem({ kind: 'RANGE', from: '2026-05-01' })).toBe(
      '输入有误：period.to：自定义时段（RANGE）须同时填写 from 和 to / Invalid input: period.to: a RANGE needs both `from` and `to`',
    );
    expect(await problem({ kind: 'RANGE', from: '2026-05-02', to: '2026-05-01' })).toBe(
      '输入有误：period.to：结束日（2026-05-01）早于开始日（2026-05-02） / Invalid input: period.to: the period ends (2026-05-01) before it starts (2026-05-02)',
    );
    expect(await problem({ kind: 'MONTH', day: '2999-01-01' })).toMatch(
      /^输入有误：period：统计期的开始日（2999-01-01）晚于今天（\d{4}-\d{2}-\d{2}） \/ Invalid input: period: the period starts \(2999-01-01\) after today/,
    );
    expect(await problem({ kind: 'MONTH', day: '2026-05-01' }, { peerGroups: 1 })).toBe(
      '输入有误：peerGroups：分组数须在 2 至 6 之间，实际为 1 / Invalid input: peerGroups: must be between 2 and 6, got 1',
    );
    const unknownUnit = await t.gql(RANKING, { role: 'STATION_CHIEF', period: { kind: 'MONTH', day: '2026-05-01' }, within: 'nowhere' });
    expect(unknownUnit.errors?.[0]).toMatchObject({
      message: '单位 "nowhere" 不存在 / unit "nowhere" does not exist',
      extensions: { code: 'NOT_FOUND', field: 'withinUnitId' },
    });
    expect(await problem({ kind: 'WEEK' })).toMatch(/PeriodKind/);
  });
});
