import { IndexCheckOptions } from '../../src/read-store/index-check';
import { Change, FindOptions, ReadStore, Row, TableSpec } from '../../src/read-store/read-store.port';
import { tablesFingerprint } from '../../src/read-store/tables-fingerprint';

/**
 * What every ReadStore adapter must do, whatever its storage. Each test gets a fresh, empty store
 * from `makeStore`; the suite disposes it. The stores check no query against the indexes: the
 * contract filters and sorts by any column to pin down what they mean, and which queries an index
 * serves is the index check's contract (read-store-index-check.contract.ts).
 */
export function readStoreContract(name: string, makeStore: (options: IndexCheckOptions) => Promise<ReadStore>): void {
  const DAILY: TableSpec = {
    name: 'daily',
    columns: { areaId: 'text', day: 'text', alerts: 'integer', lossFen: 'integer', ratio: 'real', note: 'text' },
    key: ['areaId', 'day'],
    indexes: [['day']],
  };
  const SOURCES: TableSpec = {
    name: 'sources',
    columns: { eventId: 'text', areaId: 'text', amount: 'integer' },
    key: ['eventId'],
  };
  const SCOPES: TableSpec = {
    name: 'scopes',
    columns: { chiefId: 'text', effectiveFrom: 'text', unitIds: 'json', extra: 'json' },
    key: ['chiefId', 'effectiveFrom'],
  };
  const LISTS: TableSpec = {
    name: 'lists',
    columns: { areaId: 'text', events: 'list', note: 'text' },
    key: ['areaId'],
  };
  const TABLES = [DAILY, SOURCES, SCOPES, LISTS];

  describe(`${name} (read-store contract)`, () => {
    let store: ReadStore;
    let checkpoint = 0n;

    /** Applies the changes as the next batch of projection "p". */
    const apply = (...changes: Change[]) => store.apply({ projection: 'p', changes, checkpoint: ++checkpoint });
    const inc = (areaId: string, day: string, values: Record<string, number>): Change => ({
      op: 'inc',
      table: 'daily',
      key: { areaId, day },
      values,
    });
    const daily = (areaId: string, day: string) => store.findOne('daily', { areaId, day });

    beforeEach(async () => {
      store = await makeStore({ indexCheck: 'off' });
      checkpoint = 0n;
      await store.ensureTables('p', TABLES, 1);
    });

    afterEach(async () => {
      await store.dispose();
    });

    describe('ensureTables', () => {
      it('records version and tables once; a second call with other specs changes nothing', async () => {
        await apply(inc('a1', '2024-01-01', { alerts: 1 }));

        await store.ensureTables('p', TABLES, 1);
        await store.ensureTables('p', [DAILY], 2);

        expect(await store.storedVersion('p')).toEqual({ version: 1, fingerprint: tablesFingerprint(TABLES) });
        expect(await store.checkpoint('p')).toBe(1n);
        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 1 });
        expect(await store.find('sources')).toEqual([]);
      });

      it('knows nothing of a projection it never created', async () => {
        expect(await store.storedVersion('unknown')).toBeUndefined();
        expect(await store.checkpoint('unknown')).toBe(0n);
        await expect(store.find('nope')).rejects.toThrow(/nope/);
      });

      it('refuses a table that belongs to another projection', async () => {
        await expect(store.ensureTables('other', [SOURCES], 1)).rejects.toThrow(/sources/);
        await expect(store.beginRebuild('other', [SOURCES], 1)).rejects.toThrow(/sources/);
      });
    });

    describe('changes', () => {
      it('inc creates the row with zeros, then adds; increments may be negative', async () => {
        await apply(inc('a1', '2024-01-01', { alerts: 2 }));
        expect(await daily('a1', '2024-01-01')).toEqual({ areaId: 'a1', day: '2024-01-01', alerts: 2, lossFen: 0, ratio: 0, note: null });

        await apply(inc('a1', '2024-01-01', { alerts: -1, lossFen: 500, ratio: 0.25 }));
        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 1, lossFen: 500, ratio: 0.25 });
      });

      it('sums several incs of one row inside a batch, whatever their columns', async () => {
        await apply(
          inc('a1', '2024-01-01', { alerts: 1 }),
          { op: 'insert', table: 'sources', row: { eventId: 'e1', areaId: 'a1', amount: 1 } },
          inc('a2', '2024-01-01', { alerts: 1 }),
          inc('a1', '2024-01-01', { alerts: 1, lossFen: 10 }),
          inc('a1', '2024-01-01', { lossFen: 5 }),
        );
        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 2, lossFen: 15 });
        expect(await daily('a2', '2024-01-01')).toMatchObject({ alerts: 1, lossFen: 0 });
      });

      it('keeps the order of an inc and a later change to the same row', async () => {
        await apply(
          inc('a1', '2024-01-01', { alerts: 5 }),
          { op: 'delete', table: 'daily', key: { areaId: 'a1', day: '2024-01-01' } },
          inc('a1', '2024-01-01', { alerts: 1 }),
          { op: 'upsert', table: 'daily', key: { areaId: 'a1', day: '2024-01-01' }, values: { note: 'seen' } },
          inc('a1', '2024-01-01', { alerts: 1 }),
        );
        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 2, note: 'seen' });
      });

      it('upsert sets only the given columns, creating the row when missing', async () => {
        await apply({ op: 'upsert', table: 'daily', key: { areaId: 'a1', day: '2024-01-01' }, values: { note: 'first' } });
        await apply(inc('a1', '2024-01-01', { alerts: 3 }));
        await apply({ op: 'upsert', table: 'daily', key: { areaId: 'a1', day: '2024-01-01' }, values: { note: 'second', lossFen: 7 } });

        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 3, lossFen: 7, note: 'second' });
      });

      it('upsert with null clears a column', async () => {
        await apply({ op: 'upsert', table: 'daily', key: { areaId: 'a1', day: '2024-01-01' }, values: { note: 'x' } });
        await apply({ op: 'upsert', table: 'daily', key: { areaId: 'a1', day: '2024-01-01' }, values: { note: null } });
        expect(await daily('a1', '2024-01-01')).toMatchObject({ note: null });
      });

      it('delete removes the row by key; deleting a missing row is no error', async () => {
        await apply(inc('a1', '2024-01-01', { alerts: 1 }), inc('a1', '2024-01-02', { alerts: 1 }));
        await apply(
          { op: 'delete', table: 'daily', key: { areaId: 'a1', day: '2024-01-01' } },
          { op: 'delete', table: 'daily', key: { areaId: 'zz', day: '2024-01-01' } },
        );
        expect(await store.find('daily')).toEqual([expect.objectContaining({ areaId: 'a1', day: '2024-01-02' })]);
      });

      it('insert keeps the first row for a key and ignores later ones', async () => {
        await apply(
          { op: 'insert', table: 'sources', row: { eventId: 'e1', areaId: 'a1', amount: 1 } },
          { op: 'insert', table: 'sources', row: { eventId: 'e1', areaId: 'a1', amount: 2 } },
        );
        await apply({ op: 'insert', table: 'sources', row: { eventId: 'e1', areaId: 'a9', amount: 3 } });
        expect(await store.find('sources')).toEqual([{ eventId: 'e1', areaId: 'a1', amount: 1 }]);
      });

      it('a long run of inserts keeps every row, the first of a repeated key, and rows whose columns come in another order', async () => {
        const rows = Array.from({ length: 150 }, (_, i) => ({ eventId: `e${String(i).padStart(3, '0')}`, areaId: `a${i}`, amount: i }));
        await apply(
          ...rows.slice(0, 100).map((row): Change => ({ op: 'insert', table: 'sources', row })),
          { op: 'insert', table: 'sources', row: { eventId: 'e070', areaId: 'late', amount: -1 } },
          { op: 'insert', table: 'sources', row: { amount: 100, eventId: 'e100', areaId: 'a100' } },
          ...rows.slice(101).map((row): Change => ({ op: 'insert', table: 'sources', row })),
        );
        expect(await store.find('sources', { orderBy: [['eventId', 'asc']] })).toEqual(rows);
      });

      it('push appends to a list in order, within and across batches, creating the row with an empty list', async () => {
        const push = (areaId: string, ...items: unknown[]): Change => ({
          op: 'push',
          table: 'lists',
          key: { areaId },
          column: 'events',
          items,
        });
        await apply(push('a1', { id: 'e1', n: 1 }), push('a2', 'x'), push('a1', { id: 'e2', text: 'a,b\n"c"' }));
        await apply(push('a1', { id: 'e3' }, { id: 'e4' }));
        await apply({ op: 'upsert', table: 'lists', key: { areaId: 'a3' }, values: { note: 'only a note' } });
        expect(await store.find('lists', { orderBy: [['areaId', 'asc']] })).toEqual([
          { areaId: 'a1', events: [{ id: 'e1', n: 1 }, { id: 'e2', text: 'a,b\n"c"' }, { id: 'e3' }, { id: 'e4' }], note: null },
          { areaId: 'a2', events: ['x'], note: null },
          { areaId: 'a3', events: [], note: 'only a note' },
        ]);
        await expect(
          apply({ op: 'push', table: 'daily', key: { areaId: 'a1', day: '2024-01-01' }, column: 'note', items: [1] }),
        ).rejects.toThrow(/note/);
      });

      it('patch sets, then adds, then appends in one change, creating the row when missing, also in a folded batch', async () => {
        const patch = (areaId: string, set: Row, inc: Record<string, number>): Change => ({
          op: 'patch',
          table: 'daily',
          key: { areaId, day: '2024-01-01' },
          set,
          inc,
          push: {},
        });
        await apply(patch('a1', { note: 'new' }, { alerts: 2 }), inc('a2', '2024-01-01', { alerts: 1, lossFen: 5 }));
        await store.apply({
          projection: 'p',
          changes: [patch('a2', { alerts: 10, note: 'set' }, { lossFen: 3 })],
          checkpoint: ++checkpoint,
          folded: true,
        });
        await apply({ op: 'patch', table: 'lists', key: { areaId: 'a1' }, set: { note: 'n' }, inc: {}, push: { events: ['x', 'y'] } });
        await apply({ op: 'patch', table: 'lists', key: { areaId: 'a1' }, set: {}, inc: {}, push: { events: ['z'] } });
        expect(await daily('a1', '2024-01-01')).toEqual({ areaId: 'a1', day: '2024-01-01', alerts: 2, lossFen: 0, ratio: 0, note: 'new' });
        expect(await daily('a2', '2024-01-01')).toEqual({ areaId: 'a2', day: '2024-01-01', alerts: 10, lossFen: 8, ratio: 0, note: 'set' });
        expect(await store.findOne('lists', { areaId: 'a1' })).toEqual({ areaId: 'a1', events: ['x', 'y', 'z'], note: 'n' });
        await expect(apply(patch('a3', {}, { note: 1 } as Record<string, number>))).rejects.toThrow(/note/);
        expect(await daily('a3', '2024-01-01')).toBeUndefined();
      });

      it('rejects an unknown column or table', async () => {
        await expect(apply(inc('a1', '2024-01-01', { nope: 1 }))).rejects.toThrow(/nope/);
        await expect(apply({ op: 'insert', table: 'nope', row: { id: 1 } })).rejects.toThrow(/nope/);
      });
    });

    describe('leases', () => {
      it('go to one owner at a time, renew for the holder, pass on after expiry or release', async () => {
        expect(await store.acquireLease('runner', 'instance-a', 60_000)).toBe(true);
        expect(await store.acquireLease('runner', 'instance-b', 60_000)).toBe(false);
        expect(await store.acquireLease('runner', 'instance-a', 60_000)).toBe(true);
        expect(await store.acquireLease('other', 'instance-b', 60_000)).toBe(true);

        await store.releaseLease('runner', 'instance-b');
        expect(await store.acquireLease('runner', 'instance-b', 60_000)).toBe(false);
        await store.releaseLease('runner', 'instance-a');
        expect(await store.acquireLease('runner', 'instance-b', 1)).toBe(true);

        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(await store.acquireLease('runner', 'instance-a', 60_000)).toBe(true);
      });
    });

    describe('checkpoints', () => {
      it('advances with each batch and ignores a batch at or before it', async () => {
        const batch = { projection: 'p', changes: [inc('a1', '2024-01-01', { alerts: 1 })], checkpoint: 10n };
        await store.apply(batch);
        await store.apply(batch);
        await store.apply({ ...batch, checkpoint: 9n });

        expect(await store.checkpoint('p')).toBe(10n);
        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 1 });
      });

      it('advances with an empty batch', async () => {
        await store.apply({ projection: 'p', changes: [], checkpoint: 42n });
        expect(await store.checkpoint('p')).toBe(42n);
      });

      it('counts a batch once even when it failed part-way and is applied again', async () => {
        const good = inc('a1', '2024-01-01', { alerts: 1 });
        await expect(
          store.apply({ projection: 'p', changes: [good, inc('a2', '2024-01-01', { nope: 1 })], checkpoint: 5n }),
        ).rejects.toThrow();
        expect(await store.checkpoint('p')).toBe(0n);

        await store.apply({ projection: 'p', changes: [good], checkpoint: 5n });
        expect(await store.checkpoint('p')).toBe(5n);
        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 1 });
      });

      it('rejects a batch for a projection without tables', async () => {
        await expect(store.apply({ projection: 'unknown', changes: [], checkpoint: 1n })).rejects.toThrow(/unknown/);
      });
    });

    describe('find', () => {
      beforeEach(async () => {
        await apply(
          inc('a1', '2024-01-01', { alerts: 1, lossFen: 100 }),
          inc('a1', '2024-01-02', { alerts: 2, lossFen: 50 }),
          inc('a2', '2024-01-01', { alerts: 3, lossFen: 300 }),
          inc('a2', '2024-01-03', { alerts: 4 }),
          inc('a3', '2024-01-02', { alerts: 5, lossFen: 10 }),
          { op: 'upsert', table: 'daily', key: { areaId: 'a3', day: '2024-01-02' }, values: { note: 'late' } },
        );
      });
      const keys = (rows: Row[]) => rows.map((row) => `${row.areaId}/${row.day}`);

      it('filters on equality, lists and ranges, combined', async () => {
        expect(keys(await store.find('daily', { where: { areaId: 'a1' }, orderBy: [['day', 'asc']] }))).toEqual([
          'a1/2024-01-01',
          'a1/2024-01-02',
        ]);
        expect(
          keys(await store.find('daily', { where: { areaId: { in: ['a1', 'a3'] }, day: '2024-01-02' }, orderBy: [['areaId', 'asc']] })),
        ).toEqual(['a1/2024-01-02', 'a3/2024-01-02']);
        const byDayThenArea: FindOptions['orderBy'] = [
          ['day', 'asc'],
          ['areaId', 'asc'],
        ];
        expect(
          keys(await store.find('daily', { where: { day: { gte: '2024-01-02', lte: '2024-01-03' } }, orderBy: byDayThenArea })),
        ).toEqual(['a1/2024-01-02', 'a3/2024-01-02', 'a2/2024-01-03']);
        expect(keys(await store.find('daily', { where: { alerts: { gt: 1, lt: 4 } }, orderBy: [['alerts', 'asc']] }))).toEqual([
          'a1/2024-01-02',
          'a2/2024-01-01',
        ]);
        expect(keys(await store.find('daily', { where: { note: null }, orderBy: [['alerts', 'desc']], limit: 1 }))).toEqual([
          'a2/2024-01-03',
        ]);
        expect(await store.find('daily', { where: { areaId: { in: [] } } })).toEqual([]);
        expect(await store.find('daily', { where: { alerts: { in: [2, 5] } } })).toHaveLength(2);
      });

      it('orders on several columns and limits', async () => {
        expect(
          keys(
            await store.find('daily', {
              orderBy: [
                ['day', 'desc'],
                ['areaId', 'asc'],
              ],
              limit: 3,
            }),
          ),
        ).toEqual(['a2/2024-01-03', 'a1/2024-01-02', 'a3/2024-01-02']);
        expect(await store.find('daily', { limit: 0 })).toEqual([]);
      });

      it('finds one row by key, or nothing', async () => {
        expect(await store.findOne('daily', { areaId: 'a3', day: '2024-01-02' })).toEqual({
          areaId: 'a3',
          day: '2024-01-02',
          alerts: 5,
          lossFen: 10,
          ratio: 0,
          note: 'late',
        });
        expect(await store.findOne('daily', { areaId: 'a3', day: '2024-01-09' })).toBeUndefined();
      });

      it('rejects unknown columns', async () => {
        await expect(store.find('daily', { where: { nope: 1 } })).rejects.toThrow(/nope/);
        await expect(store.find('daily', { orderBy: [['nope', 'asc']] })).rejects.toThrow(/nope/);
      });
    });

    it('round-trips json columns', async () => {
      const extra = { nested: { list: [1, 'two', null], flag: true }, text: '引号 "quoted"' };
      await apply({
        op: 'upsert',
        table: 'scopes',
        key: { chiefId: 'c1', effectiveFrom: '2024-01-01' },
        values: { unitIds: ['u1', 'u2'], extra },
      });
      await apply({ op: 'insert', table: 'scopes', row: { chiefId: 'c1', effectiveFrom: '2024-02-01', unitIds: [], extra: null } });

      expect(await store.find('scopes', { orderBy: [['effectiveFrom', 'asc']] })).toEqual([
        { chiefId: 'c1', effectiveFrom: '2024-01-01', unitIds: ['u1', 'u2'], extra },
        { chiefId: 'c1', effectiveFrom: '2024-02-01', unitIds: [], extra: null },
      ]);
    });

    describe('rebuild generations', () => {
      const DAILY_V2: TableSpec = { ...DAILY, columns: { ...DAILY.columns, cases: 'integer' } };

      beforeEach(async () => {
        await apply(inc('a1', '2024-01-01', { alerts: 1 }));
      });

      it('starts empty at checkpoint 0 and leaves reads on the old tables until activated', async () => {
        const target = await store.beginRebuild('p', [DAILY_V2, SOURCES, SCOPES], 2);
        expect(await target.checkpoint()).toBe(0n);

        await target.apply({ projection: 'p', changes: [inc('a1', '2024-01-01', { alerts: 10, cases: 1 })], checkpoint: 7n });
        expect(await target.checkpoint()).toBe(7n);
        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 1 });
        expect(await store.checkpoint('p')).toBe(1n);
        expect(await store.storedVersion('p')).toEqual({ version: 1, fingerprint: tablesFingerprint(TABLES) });

        await target.activate();

        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 10, cases: 1 });
        expect(await store.checkpoint('p')).toBe(7n);
        expect(await store.storedVersion('p')).toEqual({ version: 2, fingerprint: tablesFingerprint([DAILY_V2, SOURCES, SCOPES]) });
        await store.apply({ projection: 'p', changes: [inc('a1', '2024-01-01', { cases: 1 })], checkpoint: 8n });
        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 10, cases: 2 });
      });

      it('keeps serving and applying to the old tables while a rebuild runs', async () => {
        const target = await store.beginRebuild('p', TABLES, 2);
        await apply(inc('a1', '2024-01-01', { alerts: 1 }));
        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 2 });
        await target.abandon();
      });

      it('ignores a replayed batch in the new generation too', async () => {
        const target = await store.beginRebuild('p', TABLES, 2);
        const batch = { projection: 'p', changes: [inc('a1', '2024-01-01', { alerts: 1 })], checkpoint: 3n };
        await target.apply(batch);
        await target.apply(batch);
        await target.activate();
        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 1 });
      });

      it('abandon drops the new tables and leaves the active ones as they were', async () => {
        const target = await store.beginRebuild('p', [DAILY_V2, SOURCES, SCOPES], 2);
        await target.apply({ projection: 'p', changes: [inc('a1', '2024-01-01', { alerts: 10 })], checkpoint: 7n });
        await target.abandon();

        expect(await daily('a1', '2024-01-01')).toMatchObject({ alerts: 1 });
        expect(await store.checkpoint('p')).toBe(1n);
        expect(await store.storedVersion('p')).toMatchObject({ version: 1 });
        await expect(target.activate()).rejects.toThrow();

        const next = await store.beginRebuild('p', TABLES, 2);
        expect(await next.checkpoint()).toBe(0n);
        await next.activate();
        expect(await store.find('daily')).toEqual([]);
      });

      it('drops tables the new specs no longer declare', async () => {
        const target = await store.beginRebuild('p', [DAILY], 2);
        await target.activate();
        await expect(store.find('sources')).rejects.toThrow(/sources/);
        await store.ensureTables('q', [SOURCES], 1);
        expect(await store.find('sources')).toEqual([]);
      });

      it('builds a projection seen for the first time', async () => {
        const target = await store.beginRebuild('fresh', [{ ...SOURCES, name: 'fresh_sources' }], 3);
        const row = { eventId: 'e1', areaId: 'a1', amount: 1 };
        await target.apply({ projection: 'fresh', changes: [{ op: 'insert', table: 'fresh_sources', row }], checkpoint: 2n });
        await target.activate();
        expect(await store.storedVersion('fresh')).toMatchObject({ version: 3 });
        expect(await store.find('fresh_sources')).toHaveLength(1);
      });
    });
  });
}
