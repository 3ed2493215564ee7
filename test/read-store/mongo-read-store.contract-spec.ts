import { TableSpec } from '../../src/read-store/read-store.port';
import { MongoReadStore } from '../../src/read-store/mongodb/mongo-read-store';
import { describeWithMongo } from './mongo-test-databases';
import { indexCheckContract } from './read-store-index-check.contract';
import { readStoreContract } from './sqlite-read-store.contract';

describeWithMongo('MongoReadStore', (mongo) => {
  readStoreContract('MongoReadStore', (options) => mongo.store(mongo.fresh(), options));
  indexCheckContract('MongoReadStore', (options) => mongo.store(mongo.fresh(), options));

  describe('MongoReadStore specifics', () => {
    const COUNTS: TableSpec = { name: 'counts', columns: { id: 'text', n: 'integer', tags: 'json' }, key: ['id'], indexes: [['n']] };
    const bump = (id: string, checkpoint: bigint) => ({
      projection: 'p',
      changes: [{ op: 'inc' as const, table: 'counts', key: { id }, values: { n: 1 } }],
      checkpoint,
    });
    const collectionsIn = async (database: string) =>
      (await mongo.db(database).listCollections({}, { nameOnly: true }).toArray()).map((collection) => collection.name).sort();

    it('keeps one collection per generation, with its key and declared indexes, and drops the replaced one', async () => {
      const database = mongo.fresh();
      const store = await mongo.store(database);
      await store.ensureTables('p', [COUNTS], 1);
      expect(await collectionsIn(database)).toEqual(['counts__g1', 'projection_generations', 'projections']);

      const target = await store.beginRebuild('p', [COUNTS], 2);
      expect(await collectionsIn(database)).toEqual(['counts__g1', 'counts__g2', 'projection_generations', 'projections']);
      await target.activate();
      expect(await collectionsIn(database)).toEqual(['counts__g2', 'projection_generations', 'projections']);
      const indexes = await mongo.db(database).collection('counts__g2').indexes();
      expect(indexes.map((index) => index.name)).toEqual(['_id_', 'counts__g2__id', 'counts__g2__n']);
    });

    const SCOPES: TableSpec = {
      name: 'scopes',
      columns: { chiefId: 'text', effectiveFrom: 'text', role: 'text', unitId: 'text' },
      key: ['chiefId', 'effectiveFrom'],
      indexes: [['role'], ['unitId', 'effectiveFrom']],
    };
    const indexesOf = async (database: string, collection: string) =>
      (await mongo.db(database).collection(collection).listIndexes().toArray()).map(({ name, key }) => ({ name, key }));

    it('indexes the key columns in key order beside _id, then the declared indexes', async () => {
      const database = mongo.fresh();
      const store = await mongo.store(database);
      await store.ensureTables('p', [SCOPES], 1);
      expect(await indexesOf(database, 'scopes__g1')).toEqual([
        { name: '_id_', key: { _id: 1 } },
        { name: 'scopes__g1__chiefId__effectiveFrom', key: { chiefId: 1, effectiveFrom: 1 } },
        { name: 'scopes__g1__role', key: { role: 1 } },
        { name: 'scopes__g1__unitId__effectiveFrom', key: { unitId: 1, effectiveFrom: 1 } },
      ]);
    });

    it('adds no key index when a declared index starts with the key', async () => {
      const database = mongo.fresh();
      const store = await mongo.store(database);
      await store.ensureTables('p', [{ ...SCOPES, indexes: [['chiefId', 'effectiveFrom', 'role']] }], 1);
      expect(await indexesOf(database, 'scopes__g1')).toEqual([
        { name: '_id_', key: { _id: 1 } },
        { name: 'scopes__g1__chiefId__effectiveFrom__role', key: { chiefId: 1, effectiveFrom: 1, role: 1 } },
      ]);
    });

    it('gives the active generation an index it lacks at the next start, its rows kept', async () => {
      const database = mongo.fresh();
      const store = await mongo.store(database);
      await store.ensureTables('p', [SCOPES], 1);
      const row = { chiefId: 'c1', effectiveFrom: '2024-01-01', role: 'STATION_CHIEF', unitId: 'u1' };
      await store.apply({ projection: 'p', changes: [{ op: 'insert', table: 'scopes', row }], checkpoint: 1n });
      // As a generation made before tables had their key index.
      await mongo.db(database).collection('scopes__g1').dropIndex('scopes__g1__chiefId__effectiveFrom');

      const restarted = await mongo.store(database);
      await restarted.ensureTables('p', [SCOPES], 1);
      expect((await indexesOf(database, 'scopes__g1')).map(({ name }) => name)).toContain('scopes__g1__chiefId__effectiveFrom');
      expect(await restarted.find('scopes', { where: { chiefId: 'c1' } })).toEqual([row]);
      expect(await restarted.checkpoint('p')).toBe(1n);
    });

    it('does not bring back, when completing indexes, a collection dropped meanwhile', async () => {
      const database = mongo.fresh();
      const store = await mongo.store(database);
      await store.ensureTables('p', [SCOPES, COUNTS], 1);
      // As another instance's activation of a rebuild drops the replaced collections.
      await mongo.db(database).collection('scopes__g1').drop();

      await (await mongo.store(database)).ensureTables('p', [SCOPES, COUNTS], 1);
      expect(await collectionsIn(database)).toEqual(['counts__g1', 'projection_generations', 'projections']);
    });

    it('stores a row with its key as _id and the last position applied as _pos, and reads neither back', async () => {
      const database = mongo.fresh();
      const store = await mongo.store(database);
      await store.ensureTables('p', [COUNTS], 1);
      await store.apply(bump('x', 4n));
      await store.apply({
        projection: 'p',
        changes: [{ op: 'inc', table: 'counts', key: { id: 'x' }, values: { n: 2 }, position: 6n }],
        checkpoint: 7n,
      });

      const stored = await mongo.db(database).collection('counts__g1').findOne({}, { useBigInt64: true });
      expect(stored).toEqual({ _id: '["x"]', id: 'x', n: 3, _pos: 6n });
      expect(await store.find('counts')).toEqual([{ id: 'x', n: 3, tags: null }]);
      expect(await store.find('counts', { where: { n: { gte: 3 } }, columns: ['n'] })).toEqual([{ n: 3 }]);
    });

    it('shares everything between instances on one database: rows, checkpoints, activations', async () => {
      const database = mongo.fresh();
      const [a, b] = [await mongo.store(database), await mongo.store(database)];
      await a.ensureTables('p', [COUNTS], 1);
      await b.ensureTables('p', [COUNTS], 1);
      await a.apply(bump('x', 1n));
      expect(await b.checkpoint('p')).toBe(1n);
      expect(await b.findOne('counts', { id: 'x' })).toEqual({ id: 'x', n: 1, tags: null });

      const target = await a.beginRebuild('p', [COUNTS], 2);
      await target.apply(bump('y', 9n));
      await target.activate();
      expect(await b.storedVersion('p')).toMatchObject({ version: 2 });
      expect(await b.find('counts')).toEqual([{ id: 'y', n: 1, tags: null }]);
    });

    it('gives a lease to one of two instances racing for it, and to the other once released', async () => {
      const database = mongo.fresh();
      const [a, b] = [await mongo.store(database), await mongo.store(database)];
      const won = await Promise.all([a.acquireLease('runner', 'a', 60_000), b.acquireLease('runner', 'b', 60_000)]);
      expect(won.filter(Boolean)).toHaveLength(1);

      const [holder, other] = won[0] ? [a, b] : [b, a];
      const [holderName, otherName] = won[0] ? ['a', 'b'] : ['b', 'a'];
      expect(await other.acquireLease('runner', otherName, 60_000)).toBe(false);
      expect(await holder.acquireLease('runner', holderName, 60_000)).toBe(true);
      await holder.releaseLease('runner', holderName);
      expect(await other.acquireLease('runner', otherName, 60_000)).toBe(true);
      expect(await holder.acquireLease('runner', holderName, 60_000)).toBe(false);
    });

    it('stops a rebuild target that a newer rebuild discarded', async () => {
      const store = await mongo.store(mongo.fresh());
      await store.ensureTables('p', [COUNTS], 1);
      const discarded = await store.beginRebuild('p', [COUNTS], 2);
      const current = await store.beginRebuild('p', [COUNTS], 2);

      await expect(discarded.apply(bump('x', 1n))).rejects.toThrow(/no longer exists/);
      await expect(discarded.activate()).rejects.toThrow(/no longer exists/);
      await current.apply(bump('y', 1n));
      await current.activate();
      expect(await store.find('counts')).toEqual([{ id: 'y', n: 1, tags: null }]);
    });

    it('rejects identifiers it does not store as they are, and the fields it keeps for itself', async () => {
      const store = await mongo.store(mongo.fresh());
      await expect(store.ensureTables('p', [{ name: 'bad.name', columns: { id: 'text' }, key: ['id'] }], 1)).rejects.toThrow(/identifier/);
      await expect(store.ensureTables('p', [{ name: 'ok', columns: { id: 'text', _pos: 'integer' }, key: ['id'] }], 1)).rejects.toThrow(
        /_pos/,
      );
    });
  });
});

describe('MongoReadStore.connect', () => {
  it('fails with one line naming MONGODB_URI, its credentials masked, and the cause', async () => {
    const failure = MongoReadStore.connect({ uri: 'mongodb://reader:secret@127.0.0.1:1/db?tls=maybe' });
    await expect(failure).rejects.toThrow(
      /^Cannot connect to the MongoDB read store at MONGODB_URI=mongodb:\/\/\*\*\*@127\.0\.0\.1:1\/db\?tls=maybe: \S[^\n]*$/,
    );
  });
});
