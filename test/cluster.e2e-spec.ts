import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServiceProcess } from '../src/cli/bench/service-process';
import { HttpConnection } from './support/http-connection';
import { loadTokenKeys } from '../src/security/auth/token-keys';
import { mintToken } from '../src/security/auth/token-minter';
import { AccessRole } from '../src/common/access-role';
import { buildSmallCity } from './support/small-city';

/** The service from its sources, as `WORKERS=2 npm start` runs the built one: a primary and two workers. */
const SOURCES = { script: join(__dirname, '..', 'src', 'main.ts'), nodeArgs: ['-r', 'ts-node/register/transpile-only'] };
const DAY = '2026-04-17';
const RANKING = `query($day: Day!) { ranking(role: STATION_CHIEF, period: { kind: DAY, day: $day }) { rows { unitId indicators { alerts } } } }`;
const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { projected } }`;

interface Worker {
  connection: HttpConnection;
  pid: number;
  state: string;
}

jest.setTimeout(120_000);

describe('cluster mode (WORKERS=2): workers share the port and the stores', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cluster-'));
  let service: ServiceProcess;
  let leader: Worker;
  let follower: Worker;

  /** Who answers on a connection: its pid and projection state, from /health/ready. */
  const identify = async (connection: HttpConnection): Promise<Worker> => {
    const answer = await connection.send('GET', '/health/ready');
    const { projections } = JSON.parse(answer.body) as { projections: { instanceId: string; state: string } };
    return { connection, pid: Number(projections.instanceId.split(':')[1]), state: projections.state };
  };
  /** A kept-alive connection to each worker: new connections go round the workers. */
  const connectToEach = async (): Promise<Worker[]> => {
    const found = new Map<number, Worker>();
    for (let attempt = 0; attempt < 20 && found.size < 2; attempt++) {
      const worker = await identify(new HttpConnection(service.url));
      if (found.has(worker.pid)) worker.connection.close();
      else found.set(worker.pid, worker);
    }
    return [...found.values()];
  };
  let token: (role: AccessRole, units?: string[]) => string;
  const alertsOf = async (worker: Worker, unitId: string) => {
    const { data, cached } = await worker.connection.ok<{ ranking: { rows: Array<{ unitId: string; indicators: { alerts: number } }> } }>(
      RANKING,
      { day: DAY },
      token('LEADERSHIP'),
    );
    return { alerts: data.ranking.rows.find((r) => r.unitId === unitId)?.indicators.alerts, cached };
  };
  let alerts = 0;
  const recordAlert = async (worker: Worker, unitId: string) => {
    const input = { unitId, alertId: `JQ-${++alerts}`, fraudType: 'ORDER_BRUSHING', occurredAt: `${DAY}T10:00:00+08:00` };
    const { data } = await worker.connection.ok(ALERT, { input }, token('RECORDER', [unitId]));
    return data.receiveFraudAlert.projected as boolean;
  };

  beforeAll(async () => {
    ({ service } = await ServiceProcess.start({ dataDir, queryCache: true, workers: 2, ...SOURCES }));
    // The service made the data directory's token secret as it started.
    const keys = loadTokenKeys({ dataDir });
    token = (role, units) => mintToken(keys, { subject: `cluster-${role.toLowerCase()}`, role, units, expiresInSeconds: 600 });
    const workers = await connectToEach();
    expect(workers).toHaveLength(2);
    leader = workers.find((w) => w.state !== 'following')!;
    follower = workers.find((w) => w.state === 'following')!;
    await buildSmallCity({
      ok: async <T>(query: string, variables?: Record<string, unknown>) =>
        (await follower.connection.ok<T>(query, variables ?? {}, token('ADMINISTRATOR'))).data,
    });
  });
  afterAll(async () => {
    leader?.connection.close();
    follower?.connection.close();
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the projections in one worker; the other follows', () => {
    expect(leader.state).toMatch(/^(running|caughtUp)$/);
    expect(follower.state).toBe('following');
    expect(leader.pid).not.toBe(follower.pid);
  });

  it('reads a write at once through either worker, and drops the answers cached from before it', async () => {
    expect(await alertsOf(leader, 'st-a')).toEqual({ alerts: 0, cached: false });
    expect(await alertsOf(leader, 'st-a')).toEqual({ alerts: 0, cached: true });
    expect(await alertsOf(follower, 'st-a')).toEqual({ alerts: 0, cached: false });
    expect(await alertsOf(follower, 'st-a')).toEqual({ alerts: 0, cached: true });

    // Written through the follower: the leader's subscription hears of the append and projects it.
    expect(await recordAlert(follower, 'st-a')).toBe(true);
    expect(await alertsOf(follower, 'st-a')).toEqual({ alerts: 1, cached: false });
    expect(await alertsOf(leader, 'st-a')).toEqual({ alerts: 1, cached: false });

    // Written through the leader: the mutation answers once the follower has heard of the batch
    // and dropped its cached answer, however quickly the client asks it next.
    for (let written = 2; written <= 6; written++) {
      await alertsOf(follower, 'st-a');
      expect(await recordAlert(leader, 'st-a')).toBe(true);
      expect(await alertsOf(follower, 'st-a')).toEqual({ alerts: written, cached: false });
    }
  });

  it('replaces a worker that dies, and keeps answering meanwhile', async () => {
    const replaced = service.waitForLine(new RegExp(`Worker ${follower.pid} exited \\(SIGKILL\\); starting another`), 10_000);
    process.kill(follower.pid, 'SIGKILL');
    await replaced;
    const fresh = new HttpConnection(service.url, { fresh: true });
    const pids = new Set<number>();
    for (let attempt = 0; attempt < 60 && pids.size < 2; attempt++) {
      const answer = await identify(fresh);
      expect(answer.pid).not.toBe(follower.pid);
      if (answer.pid !== leader.pid) expect(answer.state).toBe('following');
      pids.add(answer.pid);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(pids.size).toBe(2);
    expect((await alertsOf(await identify(new HttpConnection(service.url)), 'st-a')).alerts).toBe(6);
  });

  it('closes every worker and exits 0 on SIGTERM', async () => {
    const workers = (await connectToEach()).map((w) => {
      w.connection.close();
      return w.pid;
    });
    expect(await service.stop()).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });
});

describe('cluster start-up (WORKERS=2) when the second worker dies before it is ready', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cluster-start-'));
  let service: ServiceProcess | undefined;
  afterAll(async () => {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const childrenOf = (pid: number): number[] => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };

  it('replaces that worker, keeps the first, and starts with two', async () => {
    let killed: number | undefined;
    let watching: NodeJS.Timeout | undefined;
    const started = ServiceProcess.start({
      dataDir,
      queryCache: false,
      workers: 2,
      ...SOURCES,
      // The primary forks the second worker once the first is ready: kill it as soon as it appears.
      onSpawned: (primary) => {
        watching = setInterval(() => {
          const children = childrenOf(primary);
          if (children.length < 2 || killed) return;
          killed = Math.max(...children);
          process.kill(killed, 'SIGKILL');
          clearInterval(watching);
        }, 20);
      },
    });
    try {
      ({ service } = await started);
    } finally {
      clearInterval(watching);
    }
    expect(killed).toBeDefined();
    const workers = childrenOf(service.pid);
    expect(workers).toHaveLength(2);
    expect(workers).not.toContain(killed);
    const health = await fetch(`${service.url}/health/ready`);
    expect(health.status).toBe(200);
  });
});
