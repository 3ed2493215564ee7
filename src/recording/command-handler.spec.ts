import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decider, DomainRuleError } from '../common/decider';
import { IdempotencyKeyReusedError } from '../event-store/event-store.errors';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { CommandContext } from './command-context';
import { handleCommand } from './command-handler';

type Filed = { type: 'Filed'; data: { lossFen: number } };
/** A case filed once: a second filing is refused, so only the resend check lets a resend through. */
const decider: Decider<boolean, { lossFen: number }, Filed> = {
  initialState: () => false,
  evolve: () => true,
  decide: (command, filed) => {
    if (filed) throw new DomainRuleError('already filed');
    return [{ type: 'Filed', data: { lossFen: command.lossFen } }];
  },
};

const context = (over: Partial<CommandContext> = {}): CommandContext => ({
  occurredAt: '2026-04-17T02:00:00.000Z',
  unitId: 'st-a',
  actor: { subject: 'rec', role: 'RECORDER' },
  source: 'test',
  correlationId: 'c',
  causationId: 'c',
  idempotencyKey: 'platform:AJ-1',
  ...over,
});

describe('handleCommand and resends', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'command-handler-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  });
  afterEach(async () => {
    await store.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a resend of the same request with the original events', async () => {
    const first = await handleCommand(store, 'case-AJ-1', decider, { lossFen: 300_000 }, context());
    const again = await handleCommand(store, 'case-AJ-1', decider, { lossFen: 300_000 }, context({ correlationId: 'd' }));
    expect(again).toMatchObject({ duplicate: true, lastPosition: first.lastPosition });
    expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(first.events[0].metadata.requestDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses the same key with another payload or for another unit, naming only the key, and appends nothing', async () => {
    await handleCommand(store, 'case-AJ-1', decider, { lossFen: 300_000 }, context());
    const head = await store.headPosition();
    const changed = handleCommand(store, 'case-AJ-1', decider, { lossFen: 900_000 }, context());
    await expect(changed).rejects.toThrow(IdempotencyKeyReusedError);
    await expect(changed).rejects.toThrow(
      /^幂等键 "platform:AJ-1" 已用于另一内容的提交.*idempotency key "platform:AJ-1" was already used for a different fact/,
    );
    await expect(handleCommand(store, 'case-AJ-1', decider, { lossFen: 300_000 }, context({ unitId: 'st-b' }))).rejects.toThrow(
      IdempotencyKeyReusedError,
    );
    expect(await store.headPosition()).toBe(head);
  });

  it('compares what the client sent when the handler names it, not what it gathered', async () => {
    await handleCommand(store, 'case-AJ-1', decider, { lossFen: 300_000 }, context(), { request: { caseId: 'AJ-1' } });
    const again = await handleCommand(store, 'case-AJ-1', decider, { lossFen: 999 }, context(), { request: { caseId: 'AJ-1' } });
    expect(again.duplicate).toBe(true);
  });

  it('admits a new fact with what the admission adds to its metadata, and a resend without asking again', async () => {
    const admit = jest.fn(() => ({ lateEntry: { reason: '系统故障', daysLate: 40 } }));
    const first = await handleCommand(store, 'case-AJ-1', decider, { lossFen: 1 }, context({ lateReason: '系统故障' }), { admit });
    expect(first.events[0].metadata.lateEntry).toEqual({ reason: '系统故障', daysLate: 40 });
    expect(first.events[0].metadata).not.toHaveProperty('lateReason');
    const refuse = jest.fn(() => {
      throw new Error('not admitted');
    });
    expect(
      (await handleCommand(store, 'case-AJ-1', decider, { lossFen: 1 }, context({ lateReason: '系统故障' }), { admit: refuse })).duplicate,
    ).toBe(true);
    expect(refuse).not.toHaveBeenCalled();
    await expect(
      handleCommand(store, 'case-AJ-2', decider, { lossFen: 1 }, context({ idempotencyKey: 'k2' }), { admit: refuse }),
    ).rejects.toThrow('not admitted');
  });

  it('takes a resend of an event recorded before requests were compared as a resend', async () => {
    const { requestDigest: _none, ...legacy } = { ...context(), recordedAt: '2026-04-17T02:00:01.000Z', requestDigest: undefined };
    await store.append('case-AJ-1', [{ type: 'Filed', data: { lossFen: 1 }, metadata: legacy }], 'no_stream');
    expect((await handleCommand(store, 'case-AJ-1', decider, { lossFen: 300_000 }, context())).duplicate).toBe(true);
  });
});
