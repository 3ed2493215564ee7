import { Change, ProjectionBatch, ReadStore, TableSpec } from '../../src/read-store/read-store.port';
import { writeChanges } from '../../src/read-store/mongodb/mongo-change-writer';
import { MongoGeneration } from '../../src/read-store/mongodb/mongo-generation';
import { describeWithMongo } from './mongo-test-databases';

/**
 * A crash between a batch's rows and its checkpoint, reproduced with the store's own row writer
 * (`writeChanges` is what `apply` runs before it stores the checkpoint), then the batch redelivered
 * as a restarted runner would: from the stored checkpoint, cut into other batches.
 */
describeWithMongo('MongoReadStore after a crash', (mongo) => {
  const DAILY: TableSpec = {
    name: 'daily',
    columns: { areaId: 'text', day: 'text', alerts: 'integer', events: 'list' },
    key: ['areaId', 'day'],
  };
  const CASES: TableSpec = { name: 'cases', columns: { caseId: 'text', lossFen: 'integer', note: 'text' }, key: ['caseId'] };
  const TABLES = [DAILY, CASES];

  /** What the event at `position` changes: counters, a list, and cases inserted, amended and deleted. */
  function changesOf(position: number): Change[] {
    const key = { areaId: `a${position % 2}`, day: '2024-01-01' };
    const changes: Change[] = [
      { op: 'inc', table: 'daily', key, values: { alerts: 1 } },
      { op: 'push', table: 'daily', key, column: 'events', items: [position] },
    ];
    if (position % 4 === 1) changes.push({ op: 'insert', table: 'cases', row: { caseId: `c${position}`, lossFen: position } });
    if (position % 4 === 2)
      changes.push({ op: 'upsert', table: 'cases', key: { caseId: `c${position - 1}` }, values: { lossFen: 100 + position } });
    if (position % 4 === 3) changes.push({ op: 'delete', table: 'cases', key: { caseId: `c${position - 2}` } });
    if (position % 4 === 0) changes.push({ op: 'inc', table: 'cases', key: { caseId: `c${position - 3}` }, values: { lossFen: 1 } });
    return changes.map((change) => ({ ...change, position: BigInt(position) }));
  }

  const batch = (from: number, to: number): ProjectionBatch => ({
    projection: 'p',
    changes: Array.from({ length: to - from + 1 }, (_, i) => changesOf(from + i)).flat(),
    checkpoint: BigInt(to),
  });

  const rows = async (store: ReadStore) => ({
    daily: await store.find('daily', { orderBy: [['areaId', 'asc']] }),
    cases: await store.find('cases', { orderBy: [['caseId', 'asc']] }),
  });

  async function freshStore() {
    const database = mongo.fresh();
    const store = await mongo.store(database);
    await store.ensureTables('p', TABLES, 1);
    // The generation ensureTables created: the first one of the projection.
    const generation = new MongoGeneration(mongo.db(database), 'p', 1, 1, TABLES);
    return { store, crashWhileApplying: (cut: ProjectionBatch) => writeChanges(generation, cut) };
  }

  let expected: Awaited<ReturnType<typeof rows>>;

  beforeAll(async () => {
    const { store } = await freshStore();
    await store.apply(batch(1, 12));
    expected = await rows(store);
  });

  it.each([
    {
      cut: 'the first batch, 1-8',
      applied: [],
      crashed: [1, 8],
      redelivered: [
        [1, 5],
        [6, 12],
      ],
    },
    {
      cut: '5-10 after 1-4',
      applied: [[1, 4]],
      crashed: [5, 10],
      redelivered: [
        [5, 7],
        [8, 12],
      ],
    },
    { cut: '3-6, redelivered in one larger batch', applied: [[1, 2]], crashed: [3, 6], redelivered: [[3, 12]] },
    {
      cut: '4-9, redelivered one event at a time first',
      applied: [[1, 3]],
      crashed: [4, 9],
      redelivered: [
        [4, 4],
        [5, 5],
        [6, 11],
        [12, 12],
      ],
    },
  ])('counts every event once when a batch was cut short: $cut', async ({ applied, crashed, redelivered }) => {
    const { store, crashWhileApplying } = await freshStore();
    for (const [from, to] of applied) await store.apply(batch(from, to));
    await crashWhileApplying(batch(crashed[0], crashed[1]));
    for (const [from, to] of redelivered) await store.apply(batch(from, to));

    expect(await rows(store)).toEqual(expected);
    expect(await store.checkpoint('p')).toBe(12n);
  });

  it('counts every event once when the crash came between two tables of a batch', async () => {
    const { store, crashWhileApplying } = await freshStore();
    const cut = batch(1, 8);
    await crashWhileApplying({ ...cut, changes: cut.changes.filter((change) => change.table === 'daily') });
    await store.apply(batch(1, 3));
    await store.apply(batch(4, 12));
    expect(await rows(store)).toEqual(expected);
  });

  it('keeps a row deleted by the cut-short batch deleted while the changes before the delete are redelivered', async () => {
    const { store, crashWhileApplying } = await freshStore();
    await store.apply(batch(1, 1));
    await crashWhileApplying(batch(2, 3));
    expect(await store.findOne('cases', { caseId: 'c1' })).toBeUndefined();

    // Without the tombstone, the upsert at 2 would bring c1 back with its loss from before.
    await store.apply(batch(2, 2));
    expect(await store.findOne('cases', { caseId: 'c1' })).toBeUndefined();
    expect(await store.find('cases', { where: { note: null } })).toEqual([]);
    await store.apply(batch(3, 12));
    expect(await rows(store)).toEqual(expected);
  });

  it('purges a tombstone once the checkpoint covers its delete', async () => {
    const database = mongo.fresh();
    const store = await mongo.store(database);
    await store.ensureTables('p', TABLES, 1);
    await store.apply(batch(1, 1));
    await store.apply(batch(2, 3));
    expect(await mongo.db(database).collection('cases__g1').countDocuments({ _gone: true })).toBe(0);
  });
});
