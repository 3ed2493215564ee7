import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FastifyReply } from 'fastify';
import { AppConfig } from '../config/app-config';
import { NewEvent } from '../event-store/event-store.port';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { ProjectionRunner } from '../read-store/projection-runner';
import { SqliteReadStore } from '../read-store/sqlite/sqlite-read-store';
import { HealthController } from './health.controller';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** Readiness with a real runner whose store's writes can be held back, so the projections trail by a known number of events. */
describe('HealthController readiness', () => {
  let dir: string;
  let events: SqliteEventStore;
  let reads: SqliteReadStore;
  let runner: ProjectionRunner;
  let release: () => void = () => undefined;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'health-'));
    events = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    reads = new SqliteReadStore({ file: join(dir, 'read.sqlite') });
    runner = new ProjectionRunner(
      events,
      reads,
      [
        {
          name: 'seen',
          version: 1,
          tables: [{ name: 'seen', columns: { id: 'text' }, key: ['id'] }],
          project: (e) => [{ op: 'insert', table: 'seen', row: { id: e.id } }],
        },
      ],
      { logger: quiet },
    );
    await runner.start();
    const position = await append(1);
    expect(await runner.waitFor(position, 5000)).toBe(true);
    const apply = reads.apply.bind(reads);
    const held = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(reads, 'apply').mockImplementation(async (batch) => {
      await held;
      return apply(batch);
    });
  });

  afterEach(async () => {
    release();
    await runner.stop();
    await reads.dispose();
    await events.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  let keys = 0;
  async function append(count: number): Promise<bigint> {
    const batch: NewEvent[] = Array.from({ length: count }, () => {
      const key = `k-${++keys}`;
      const at = '2026-12-01T08:00:00.000Z';
      const actor = { subject: 't', role: 'ADMIN' };
      return {
        type: 'Noted',
        data: {},
        metadata: {
          occurredAt: at,
          recordedAt: at,
          unitId: 'u',
          actor,
          source: 't',
          correlationId: key,
          causationId: key,
          idempotencyKey: key,
        },
      };
    });
    return (await events.append('s', batch, 'any')).lastPosition;
  }

  async function ready(readyMaxLag: number) {
    let code = 0;
    const reply = { status: (c: number) => (code = c) } as unknown as FastifyReply;
    const body = await new HealthController(runner, { readyMaxLag } as AppConfig).ready(reply);
    return { code, body };
  }

  it('counts the events the projections trail by, ready up to READY_MAX_LAG and not beyond', async () => {
    await append(5);

    expect(await ready(5)).toMatchObject({ code: 200, body: { status: 'ready', projections: { lag: '5', maxLag: 5 } } });
    expect(await ready(4)).toMatchObject({ code: 503, body: { status: 'not ready', projections: { lag: '4+', maxLag: 4 } } });

    release();
    expect(await runner.waitFor(await events.headPosition(), 5000)).toBe(true);
    expect(await ready(0)).toMatchObject({ code: 200, body: { projections: { lag: '0' } } });
  });
});
