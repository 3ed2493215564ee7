import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decider, DomainEvent, DomainRuleError } from '../common/decider';
import { IdempotencyKeyReusedError } from '../event-store/event-store.errors';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { BatchOutcome, BatchedCommand, handleCommands } from './command-batch';
import { CommandContext } from './command-context';
import { handleCommand } from './command-handler';

type Command = { type: 'Open' } | { type: 'Note'; text: string };
type Event = DomainEvent<'Opened' | 'Noted', { text?: string }>;
/** A file opened once, then noted: a note on a file not opened is refused, so order within a batch matters. */
const decider: Decider<{ open: boolean; notes: number }, Command, Event> = {
  initialState: () => ({ open: false, notes: 0 }),
  evolve: (state, event) => {
    // As the facts' deciders do, reading the stored event's id: the batch must fold what it decided as stored.
    if (!(event as { id?: string }).id) throw new Error('evolved an event without its id');
    return event.type === 'Opened' ? { ...state, open: true } : { ...state, notes: state.notes + 1 };
  },
  decide: (command, state) => {
    if (command.type === 'Open') {
      if (state.open) throw new DomainRuleError('already open');
      return [{ type: 'Opened', data: {} }];
    }
    if (!state.open) throw new DomainRuleError('not open', 'fileId');
    return [{ type: 'Noted', data: { text: command.text } }];
  },
};

const context = (idempotencyKey: string): CommandContext => ({
  occurredAt: '2026-04-17T02:00:00.000Z',
  unitId: 'st-a',
  actor: { subject: 'platform', role: 'RECORDER' },
  source: 'test',
  correlationId: 'batch-1',
  causationId: 'batch-1',
  idempotencyKey,
});
const command = (streamId: string, key: string, c: Command): BatchedCommand => ({
  streamId,
  decider: decider as BatchedCommand['decider'],
  command: c,
  context: context(key),
  options: {},
});
const open = (file: string) => command(`file-${file}`, `${file}:open`, { type: 'Open' });
const note = (file: string, text: string, key = `${file}:${text}`) => command(`file-${file}`, key, { type: 'Note', text });
const types = (outcomes: BatchOutcome[]) =>
  outcomes.map((o) =>
    'result' in o ? `${o.result.duplicate ? 'duplicate' : 'appended'} ${o.result.events.map((e) => e.type).join('+') || '-'}` : 'refused',
  );

describe('handleCommands: many commands decided and appended together', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'command-batch-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  });
  afterEach(async () => {
    await store.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('decides each command on its stream as the ones before it left it, and appends them in one go', async () => {
    const outcomes = await handleCommands(store, [open('A'), note('A', 'x'), note('B', 'y'), open('B'), note('A', 'z')]);

    expect(types(outcomes)).toEqual(['appended Opened', 'appended Noted', 'refused', 'appended Opened', 'appended Noted']);
    expect((outcomes[2] as { error: DomainRuleError }).error).toMatchObject({ message: 'not open', field: 'fileId' });
    const stream = await store.readStream('file-A');
    expect(stream.map((e) => [e.type, e.streamVersion])).toEqual([
      ['Opened', 0n],
      ['Noted', 1n],
      ['Noted', 2n],
    ]);
    const [opened, , , , noted] = outcomes as Array<{ result: { events: { id: string }[]; nextExpectedVersion: bigint } }>;
    expect(opened.result.events.map((e) => e.id)).toEqual([stream[0].id]);
    expect(noted.result).toMatchObject({ nextExpectedVersion: 2n, events: [{ id: stream[2].id }] });
  });

  it('answers a resend of a stored command, and the same command twice in one batch, with the original events', async () => {
    const stored = await handleCommand(store, 'file-A', decider, { type: 'Open' }, context('A:open'));
    const head = await store.headPosition();

    const outcomes = await handleCommands(store, [open('A'), note('A', 'x'), note('A', 'x')]);

    expect(types(outcomes)).toEqual(['duplicate Opened', 'appended Noted', 'duplicate Noted']);
    expect((outcomes[0] as { result: { events: { id: string }[] } }).result.events[0].id).toBe(stored.events[0].id);
    const [, first, second] = outcomes as Array<{ result: { events: { id: string }[] } }>;
    expect(second.result.events).toEqual(first.result.events);
    expect(await store.headPosition()).toBe(head + 1n);
  });

  it('refuses a key reused for another command, stored or earlier in the batch', async () => {
    await handleCommand(store, 'file-A', decider, { type: 'Open' }, context('A:open'));

    const outcomes = await handleCommands(store, [
      note('A', 'x', 'key-1'),
      note('A', 'other', 'key-1'),
      command('file-A', 'A:open', { type: 'Note', text: 'x' }),
    ]);

    expect(types(outcomes)).toEqual(['appended Noted', 'refused', 'refused']);
    for (const refused of outcomes.slice(1)) expect((refused as { error: unknown }).error).toBeInstanceOf(IdempotencyKeyReusedError);
  });

  it('falls back to one command at a time when another writer moved a stream meanwhile', async () => {
    const racing = Object.create(store) as SqliteEventStore;
    racing.readStream = async (streamId) => {
      const events = await store.readStream(streamId);
      if (streamId === 'file-B') await handleCommand(store, 'file-B', decider, { type: 'Open' }, context('B:open-elsewhere'));
      return events;
    };

    const outcomes = await handleCommands(racing, [open('A'), open('B'), note('B', 'y')]);

    expect(types(outcomes)).toEqual(['appended Opened', 'refused', 'appended Noted']);
    expect((await store.readStream('file-B')).map((e) => e.metadata.idempotencyKey)).toEqual(['B:open-elsewhere', 'B:y']);
  });
});
