import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReadStore } from '../src/app/embedded-stores';
import { loadConfig } from '../src/config/app-config';
import { ServiceProcess } from '../src/cli/bench/service-process';
import { AUDIT_TRAIL } from '../src/audit/projections/audit-trail.projection';
import { CASE_LOSSES, DAILY_INDICATORS } from '../src/scoring/projections/indicator-tables';
import { AccessRole } from '../src/common/access-role';
import { loadTokenKeys } from '../src/security/auth/token-keys';
import { mintToken } from '../src/security/auth/token-minter';
import { HttpConnection } from './support/http-connection';
import { STATIONS, buildSmallCity } from './support/small-city';

/** The service from its sources, as `npm start` runs the built one. */
const SOURCES = { script: join(__dirname, '..', 'src', 'main.ts'), nodeArgs: ['-r', 'ts-node/register/transpile-only'] };
const FACTS = 240;
const CLIENTS = 6;
const DAYS = ['2026-04-15', '2026-04-16', '2026-04-17'];
const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { eventIds duplicate } }`;
const CASE = `mutation($input: FileCaseInput!) { fileCase(input: $input) { eventIds duplicate } }`;
const RANKING = `query($from: Day!, $to: Day!) {
  ranking(role: STATION_CHIEF, period: { kind: RANGE, from: $from, to: $to }) { rows { unitId score indicators { alerts cases loss } } } }`;
const AUDIT = `query($after: String) { auditTrail(first: 100, after: $after) { entries { eventId type } endCursor hasNextPage } }`;

jest.setTimeout(240_000);

/** Fact n of the ingest: alerts and cases spread over the stations and days, each with its own key. */
function fact(n: number): { query: string; input: Record<string, unknown> } {
  const unitId = STATIONS[n % STATIONS.length].unitId;
  const occurredAt = `${DAYS[n % DAYS.length]}T${String(8 + (n % 10)).padStart(2, '0')}:00:00+08:00`;
  return n % 3 === 0
    ? {
        query: CASE,
        input: { unitId, caseId: `AJ-C${n}`, fraudType: 'LOAN', loss: `${100 + n}.50`, occurredAt, idempotencyKey: `crash:${n}` },
      }
    : { query: ALERT, input: { unitId, alertId: `JQ-C${n}`, fraudType: 'LOAN', occurredAt, idempotencyKey: `crash:${n}` } };
}

/**
 * kill -9 of the real service while clients record facts, a restart, every fact sent again (as a
 * client that got no answer would): nothing acknowledged is lost, nothing is counted twice, and
 * the live read models equal those a from-scratch rebuild of the same log makes.
 */
describe('a crash during ingest (SIGKILL), then a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'crash-'));
  const rebuiltDir = mkdtempSync(join(tmpdir(), 'crash-rebuilt-'));
  const services: ServiceProcess[] = [];
  const start = async (dir: string) => {
    const { service } = await ServiceProcess.start({ dataDir: dir, queryCache: false, ...SOURCES });
    services.push(service);
    return service;
  };
  let token: (role: AccessRole, units?: string[]) => string;
  afterAll(async () => {
    for (const service of services) await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(rebuiltDir, { recursive: true, force: true });
  });

  /** Sends facts [from, to) over CLIENTS connections; resolves with the numbers acknowledged. */
  async function ingest(service: ServiceProcess, numbers: number[], stopAfter?: { acknowledged: number; then: () => void }) {
    const acknowledged: number[] = [];
    const duplicates: number[] = [];
    const queue = [...numbers];
    const recorder = token('RECORDER', ['city']);
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const connection = new HttpConnection(service.url);
        try {
          for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
            const { query, input } = fact(n);
            try {
              const { data } = await connection.ok<Record<string, { duplicate: boolean }>>(query, { input }, recorder);
              acknowledged.push(n);
              if (Object.values(data)[0].duplicate) duplicates.push(n);
              if (stopAfter && acknowledged.length === stopAfter.acknowledged) stopAfter.then();
            } catch {
              return; // the service is gone: this client stops, as a real one would until it can reach it again
            }
          }
        } finally {
          connection.close();
        }
      }),
    );
    return { acknowledged, duplicates };
  }

  /** Rows in an order that does not depend on how they were stored. */
  const inOrder = (rows: Array<Record<string, unknown>>) => rows.map((r) => JSON.stringify(r)).sort();
  /** The read-model tables of a stopped service, as stored. */
  const tablesOf = async (dir: string) => {
    const store = openReadStore(loadConfig({ ...process.env, DATA_DIR: dir }));
    const daily = await store.find(DAILY_INDICATORS);
    const tables = { daily: inOrder(daily), losses: inOrder(await store.find(CASE_LOSSES)), audit: inOrder(await store.find(AUDIT_TRAIL)) };
    await store.dispose();
    return { tables, totals: totalsOf(daily) };
  };
  const totalsOf = (rows: Array<Record<string, unknown>>) =>
    rows.reduce<{ alerts: number; cases: number; lossFen: number }>(
      (sum, row) => ({
        alerts: sum.alerts + Number(row.alerts ?? 0),
        cases: sum.cases + Number(row.cases ?? 0),
        lossFen: sum.lossFen + Number(row.lossFen ?? 0),
      }),
      { alerts: 0, cases: 0, lossFen: 0 },
    );
  const fen = (yuan: string) => Math.round(Number(yuan) * 100);

  /** The stations' indicators and scores over the days (from the score index), and the whole audit trail. */
  const readModels = async (service: ServiceProcess) => {
    const connection = new HttpConnection(service.url);
    const staff = token('EVALUATION_STAFF');
    const { data } = await connection.ok<{ ranking: { rows: Array<Record<string, any>> } }>(
      RANKING,
      { from: DAYS[0], to: DAYS[DAYS.length - 1] },
      staff,
    );
    const audit: string[] = [];
    for (let after: string | null = null, more = true; more;) {
      type Page = { auditTrail: { entries: Array<{ eventId: string; type: string }>; endCursor: string | null; hasNextPage: boolean } };
      const page: Page = (await connection.ok<Page>(AUDIT, { after }, staff)).data;
      audit.push(...page.auditTrail.entries.map((e) => `${e.eventId} ${e.type}`));
      ({ endCursor: after, hasNextPage: more } = page.auditTrail);
    }
    connection.close();
    const ranking = [...data.ranking.rows].sort((a, b) => a.unitId.localeCompare(b.unitId));
    return {
      ranking,
      audit: audit.sort(),
      totals: totalsOf(ranking.map((r) => ({ ...r.indicators, lossFen: fen(r.indicators.loss) }))),
    };
  };

  it('loses no acknowledged fact, counts none twice, and equals a rebuild from scratch', async () => {
    let service = await start(dataDir);
    const keys = loadTokenKeys({ dataDir });
    token = (role, units) => mintToken(keys, { subject: `crash-${role.toLowerCase()}`, role, units, expiresInSeconds: 600 });
    const admin = new HttpConnection(service.url);
    await buildSmallCity({
      ok: async <T>(query: string, variables?: Record<string, unknown>) =>
        (await admin.ok<T>(query, variables ?? {}, token('ADMINISTRATOR'))).data,
    });
    admin.close();

    const all = Array.from({ length: FACTS }, (_, n) => n);
    const crashed = service.pid;
    const before = (await ingest(service, all, { acknowledged: FACTS / 3, then: () => process.kill(crashed, 'SIGKILL') })).acknowledged;
    expect(before.length).toBeGreaterThanOrEqual(FACTS / 3);
    expect(before.length).toBeLessThan(FACTS);

    service = await start(dataDir);
    const after = await ingest(service, all);
    expect(after.acknowledged).toHaveLength(FACTS);
    // Every fact acknowledged before the crash is stored: its resend is answered as a duplicate.
    expect(after.duplicates).toEqual(expect.arrayContaining(before));
    console.log(
      `crash: SIGKILL after ${before.length} of ${FACTS} facts acknowledged; after the restart ${after.duplicates.length} resends were already stored`,
    );
    const alerts = all.filter((n) => n % 3 !== 0).length;
    const cases = all.filter((n) => n % 3 === 0);
    const expected = { alerts, cases: cases.length, lossFen: cases.reduce((sum, n) => sum + 10_050 + n * 100, 0) };
    const live = await readModels(service);
    expect(live.totals).toEqual(expected);
    expect(live.audit.filter((line) => /FraudAlertReceived|CaseFiled/.test(line))).toHaveLength(FACTS);
    await service.stop(); // closes the SQLite files, so the log is whole in events.sqlite
    const liveTables = await tablesOf(dataDir);
    expect(liveTables.totals).toEqual(expected);

    // The same log, and no read models: the service rebuilds every projection from scratch at start.
    copyFileSync(join(dataDir, 'events.sqlite'), join(rebuiltDir, 'events.sqlite'));
    copyFileSync(join(dataDir, 'token-secret'), join(rebuiltDir, 'token-secret'));
    const rebuilt = await start(rebuiltDir);
    expect(await readModels(rebuilt)).toEqual(live);
    await rebuilt.stop();
    expect(await tablesOf(rebuiltDir)).toEqual(liveTables);
  });
});
