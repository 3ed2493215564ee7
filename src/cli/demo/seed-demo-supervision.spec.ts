import { chineseDate } from '../../common/chinese-date';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clock } from '../../common/clock';
import { EventStore } from '../../event-store/event-store.port';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store';
import { createApp } from '../../app/app';
import { SupervisionClient } from './supervision-client';
import { SeedDemoSupervisionResult, seedDemoSupervision } from './seed-demo-supervision';
import { seedDemoCity } from './seed-demo-city';

/** Eleven weeks of the demo city are enough for two months of supervision, and quick to seed. */
const UNTIL = '2025-03-20';
const HISTORY_FROM = '2025-01-21';

const OVERVIEW = `query($from: Day!, $to: Day!) { supervisionOverview(from: $from, to: $to) {
  letters interviews listings townshipsListed summary overdue { kind id statusLabel } openByCounty { counts { kind status count } } } }`;
const LETTERS = `{ letters { letterId status number addressee { unitId } history { action actor { subject role } } } }`;
const INTERVIEW = `{ interview(interviewId: "DEMO-YT-1") { status orderedBy { role } target { unitId } escalatedFrom { kind id } requirements { met } } }`;
const LISTING = `{ listing(listingId: "DEMO-GP-1") { status target { township areaName } exitConditions { indicator } reviews { number } } }`;
const SUGGESTIONS = `query($asOf: Day) { suggestions(asOf: $asOf) { decided { action status decision { actionId reason } } } }`;
const APPEALS = `{ appeals { status review { outcome reasoning } } }`;
const INSTRUCTIONS = `query($day: Day!) { bulletinInstructions(bulletinDay: $day) { bulletinNumber units { statusLabel } } }`;
const COVERAGE = `query($day: Day) { dekadSupervision(day: $day) { chiefs { counties { status } } } }`;

describe('seedDemoSupervision', () => {
  let dir: string;
  let app: NestFastifyApplication;
  let seeded: SeedDemoSupervisionResult;
  let today: jest.SpyInstance;
  const read = <T>(query: string, variables: Record<string, unknown> = {}) =>
    new SupervisionClient(app, app.get(Clock)).query<T>(query, variables);
  type Letter = {
    letterId: string;
    status: string;
    number: string | null;
    addressee: { unitId: string };
    history: Array<{ action: string; actor: { subject: string; role: string } }>;
  };
  const letters = async () => (await read<{ letters: Letter[] }>(LETTERS)).letters;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'demo-supervision-'));
    const store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    await seedDemoCity(store, { until: UNTIL });
    await store.dispose();
    const saved = { ...process.env };
    Object.assign(process.env, { DATA_DIR: dir });
    delete process.env.MONGODB_URI;
    delete process.env.KURRENTDB_URL;
    app = await createApp(false).finally(() => {
      process.env = saved;
    });
    seeded = await seedDemoSupervision(app, { until: UNTIL });
    // Statuses as read on the demo's last day: what is overdue then.
    today = jest.spyOn(app.get(Clock), 'today').mockReturnValue(UNTIL);
  }, 120_000);
  afterAll(async () => {
    today.mockRestore();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records two months of supervision, and the overview counts it from the events', async () => {
    expect(seeded).toEqual({
      skipped: false,
      visits: expect.any(Number),
      problems: 5,
      letters: 5,
      interviews: 1,
      decisions: 3,
      listings: 1,
      bulletins: 3,
      instructions: 2,
      appeals: 1,
    });
    type Overview = { letters: number; interviews: number; listings: number; townshipsListed: number; summary: string; overdue: unknown[] };
    const { supervisionOverview: overview } = await read<{ supervisionOverview: Overview }>(OVERVIEW, { from: HISTORY_FROM, to: UNTIL });
    expect(overview).toMatchObject({
      letters: 4,
      interviews: 1,
      listings: 1,
      townshipsListed: 1,
      summary: `${chineseDate(HISTORY_FROM)}至${chineseDate(UNTIL)}：挂牌整治乡镇（街道）1个，约谈1次，下发工作提示函4份`,
    });
    expect(overview.overdue).toEqual([{ kind: 'LETTER', id: 'DEMO-TSH-3', statusLabel: '逾期' }]);
  });

  it('holds letters in every state, numbered in the year of issue, each step taken by whom the service lets take it', async () => {
    const all = await letters();
    const answered = all.find((l) => l.letterId === 'DEMO-TSH-2')!;
    expect(answered.history.map((h) => [h.action, h.actor.role])).toEqual([
      ['DRAFTED', 'EVALUATION_STAFF'],
      ['ISSUED', 'EVALUATION_STAFF'],
      ['DELIVERED', 'EVALUATION_STAFF'],
      ['ACKNOWLEDGED', 'COUNTY_CHIEF'],
      ['ANSWERED', 'COUNTY_CHIEF'],
    ]);
    expect(answered.history[4].actor.subject).toBe(`chief-${answered.addressee.unitId}`);
    expect(all.map((l) => [l.letterId, l.status, l.number]).sort()).toEqual([
      ['DEMO-TSH-1', 'CLOSED', '明公基管提〔2025〕1号'],
      ['DEMO-TSH-2', 'ANSWERED', '明公基管提〔2025〕2号'],
      ['DEMO-TSH-3', 'OVERDUE', '明公基管提〔2025〕3号'],
      ['DEMO-TSH-4', 'DELIVERED', '明公基管提〔2025〕4号'],
      ['DEMO-TSH-5', 'DRAFT', null],
    ]);
  });

  it('interviews the station that left its letter unanswered, lists a township and rejects an appeal', async () => {
    const unanswered = (await letters()).find((l) => l.letterId === 'DEMO-TSH-3')?.addressee.unitId;
    expect((await read<{ interview: unknown }>(INTERVIEW)).interview).toEqual({
      status: 'FOLLOWED_UP',
      orderedBy: { role: 'BUREAU_LEADER' },
      target: { unitId: unanswered },
      escalatedFrom: { kind: 'LETTER', id: 'DEMO-TSH-3' },
      requirements: [{ met: true }, { met: true }],
    });
    const { listing } = await read<{ listing: { status: string; target: { township: string } } }>(LISTING);
    expect(listing).toMatchObject({ exitConditions: [{ indicator: 'cases' }], reviews: [{ number: 1 }] });
    expect(listing.target.township).toMatch(/镇$/);
    expect(['LISTED', 'DELISTED']).toContain(listing.status);
    expect((await read<{ appeals: unknown[] }>(APPEALS)).appeals).toEqual([
      { status: 'REJECTED', review: { outcome: 'REJECTED', reasoning: expect.stringContaining('驳回') } },
    ]);
  });

  it('decides suggestions: a letter and an interview accepted with what they led to, a letter dismissed', async () => {
    type Decided = { action: string; status: string; decision: { actionId: string | null; reason: string | null } };
    const { suggestions } = await read<{ suggestions: { decided: Decided[] } }>(SUGGESTIONS, { asOf: UNTIL });
    const decided = suggestions.decided.map((d) => [d.action, d.status, d.decision.actionId ?? d.decision.reason]);
    expect(decided).toEqual([
      ['INTERVIEW', 'ACCEPTED', 'DEMO-YT-1'],
      ['LETTER', 'DISMISSED', expect.stringContaining('暂不发函')],
      ['LETTER', 'ACCEPTED', 'DEMO-TSH-1'],
    ]);
  });

  it('leaves some linked counties of the last dekad still to visit', async () => {
    type Coverage = { chiefs: Array<{ counties: Array<{ status: string }> }> };
    const { dekadSupervision } = await read<{ dekadSupervision: Coverage }>(COVERAGE, { day: UNTIL });
    const statuses = dekadSupervision.chiefs.flatMap((c) => c.counties.map((county) => county.status));
    expect(statuses).toContain('VISITED');
    expect(statuses).toContain('NOT_VISITED');
  });

  it("publishes the bulletins of the three days before the last, with leaders' instructions answered, and one unit overdue", async () => {
    type Instructions = { bulletinInstructions: Array<{ bulletinNumber: number; units: Array<{ statusLabel: string }> }> };
    const on = async (day: string) =>
      (await read<Instructions>(INSTRUCTIONS, { day })).bulletinInstructions.map((i) => [
        i.bulletinNumber,
        i.units.map((u) => u.statusLabel),
      ]);
    expect(await on('2025-03-17')).toEqual([[1, ['已复盘', '逾期未复盘', '已复盘']]]);
    expect(await on('2025-03-19')).toEqual([[3, ['已复盘']]]);
  });

  it('records nothing again on a second run', async () => {
    const head = await app.get<EventStore>(EventStore).headPosition();
    expect(await seedDemoSupervision(app, { until: UNTIL })).toEqual({ skipped: true });
    expect(await app.get<EventStore>(EventStore).headPosition()).toBe(head);
  });
});
