import { IndexCheckOptions } from '../../src/read-store/index-check';
import { ReadStore, TableSpec } from '../../src/read-store/read-store.port';

/**
 * What every ReadStore adapter does with READ_STORE_INDEX_CHECK: the same queries served or refused
 * on either storage, decided from the table's key and declared indexes (src/read-store/index-coverage.ts).
 */
export function indexCheckContract(name: string, makeStore: (options: IndexCheckOptions) => Promise<ReadStore>): void {
  const SCOPES: TableSpec = {
    name: 'scopes',
    columns: { chiefId: 'text', effectiveFrom: 'text', unitIds: 'json', role: 'text' },
    key: ['chiefId', 'effectiveFrom'],
    indexes: [['role']],
  };
  const scope = (chiefId: string, effectiveFrom: string, role: string) => ({
    op: 'upsert' as const,
    table: 'scopes',
    key: { chiefId, effectiveFrom },
    values: { unitIds: [], role },
  });

  describe(`${name} (index check contract)`, () => {
    const stores: ReadStore[] = [];
    const open = async (options: IndexCheckOptions) => {
      const store = await makeStore(options);
      stores.push(store);
      await store.ensureTables('p', [SCOPES], 1);
      await store.apply({
        projection: 'p',
        changes: [
          scope('c1', '2024-01-01', 'STATION_CHIEF'),
          scope('c1', '2024-03-01', 'STATION_CHIEF'),
          scope('c2', '2024-01-01', 'COUNTY_CHIEF'),
        ],
        checkpoint: 1n,
      });
      return store;
    };

    afterEach(async () => {
      for (const store of stores.splice(0)) await store.dispose();
    });

    it('answers, when strict, the queries its key or declared indexes serve', async () => {
      const store = await open({ indexCheck: 'strict' });
      // A prefix of the key, and the latest scope of a chief: the key read in order, stopped at one.
      expect(await store.find('scopes', { where: { chiefId: 'c1' } })).toHaveLength(2);
      const latest = await store.find('scopes', {
        where: { chiefId: 'c1', effectiveFrom: { lte: '2024-06-30' } },
        orderBy: [['effectiveFrom', 'desc']],
        limit: 1,
      });
      expect(latest).toEqual([expect.objectContaining({ effectiveFrom: '2024-03-01' })]);
      expect(await store.find('scopes', { where: { role: 'COUNTY_CHIEF' } })).toHaveLength(1);
      expect(await store.findOne('scopes', { chiefId: 'c2', effectiveFrom: '2024-01-01' })).toMatchObject({ role: 'COUNTY_CHIEF' });
      expect(await store.find('scopes')).toHaveLength(3);
    });

    it('refuses, when strict, a query no index serves, naming the table, the columns and the indexes it has', async () => {
      const store = await open({ indexCheck: 'strict' });
      await expect(store.find('scopes', { where: { effectiveFrom: { gte: '2024-02-01' } } })).rejects.toThrow(
        'No index of read-model table "scopes" serves a query (where effectiveFrom range); its indexes: (chiefId, effectiveFrom), (role).',
      );
      // A page sorted by what the index does not hold next: every match would be sorted to cut it.
      await expect(
        store.find('scopes', { where: { role: 'STATION_CHIEF' }, orderBy: [['effectiveFrom', 'desc']], limit: 1 }),
      ).rejects.toThrow(/"scopes".*\(where role =; order by effectiveFrom desc; limit\)/);
      await expect(store.findOne('scopes', { effectiveFrom: '2024-01-01' })).rejects.toThrow(/"scopes".*where effectiveFrom =/);
    });

    it('answers, when warning, a query no index serves, and says so once per table and shape', async () => {
      const warnings: string[] = [];
      const store = await open({ indexCheck: 'warn', logger: { warn: (message) => warnings.push(message) } });
      expect(await store.find('scopes', { where: { effectiveFrom: '2024-01-01' } })).toHaveLength(2);
      expect(await store.find('scopes', { where: { effectiveFrom: '2024-03-01' } })).toHaveLength(1);
      expect(await store.find('scopes', { where: { effectiveFrom: { lt: '2024-03-01' } } })).toHaveLength(2);
      expect(await store.find('scopes', { where: { chiefId: 'c2' } })).toHaveLength(1);
      expect(warnings).toEqual([
        expect.stringContaining('(where effectiveFrom =)'),
        expect.stringContaining('(where effectiveFrom range)'),
      ]);
    });

    it('checks nothing when off', async () => {
      const warnings: string[] = [];
      const store = await open({ indexCheck: 'off', logger: { warn: (message) => warnings.push(message) } });
      expect(await store.find('scopes', { where: { effectiveFrom: '2024-01-01' } })).toHaveLength(2);
      expect(warnings).toEqual([]);
    });
  });
}
