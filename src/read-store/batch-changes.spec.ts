import { BatchChanges, keyColumnsOf } from './batch-changes';

describe('BatchChanges', () => {
  it('keeps the days of changed rows per table, from rows, keys or upserted values', () => {
    const changes = new BatchChanges();
    changes.add({ op: 'inc', table: 'daily', key: { areaId: 'a', day: '2026-04-17' }, values: { alerts: 1 } });
    changes.add({ op: 'push', table: 'daily', key: { areaId: 'b', day: '2026-04-18' }, column: 'sources', items: [1] });
    changes.add({ op: 'upsert', table: 'losses', key: { caseId: 'c' }, values: { day: '2026-04-16', lossFen: 5 } });
    changes.add({ op: 'insert', table: 'bulletins', row: { day: '2026-04-15' } });
    expect(changes.tables).toEqual(['daily', 'losses', 'bulletins']);
    expect([...changes.daysOf('daily')!]).toEqual(['2026-04-17', '2026-04-18']);
    expect([...changes.daysOf('losses')!]).toEqual(['2026-04-16']);
    expect([...changes.daysOf('bulletins')!]).toEqual(['2026-04-15']);
  });

  it('knows no days for a table once one change to it names none, or when only the table is known', () => {
    const changes = new BatchChanges();
    changes.add({ op: 'upsert', table: 'losses', key: { caseId: 'c' }, values: { day: '2026-04-16' } });
    changes.add({ op: 'delete', table: 'losses', key: { caseId: 'd' } });
    changes.add({ op: 'upsert', table: 'losses', key: { caseId: 'e' }, values: { day: '2026-04-17' } });
    changes.addTable('units');
    expect(changes.daysOf('losses')).toBeNull();
    expect(changes.daysOf('units')).toBeNull();
    expect(changes.daysOf('untouched')).toBeNull();
  });

  it('crosses to another process as plain data and reads the same there', () => {
    const changes = new BatchChanges();
    changes.add({ op: 'inc', table: 'daily', key: { areaId: 'a', day: '2026-04-17' }, values: { alerts: 1 } });
    changes.addTable('units');
    const copy = BatchChanges.fromEntries(JSON.parse(JSON.stringify(changes.entries())));
    expect(copy.tables).toEqual(['daily', 'units']);
    expect([...copy.daysOf('daily')!]).toEqual(['2026-04-17']);
    expect(copy.daysOf('units')).toBeNull();
    expect(copy.keysOf('daily')).toEqual([{ areaId: 'a', day: '2026-04-17' }]);
    expect(copy.keysOf('units')).toBeNull();
  });

  it('keeps the key of each changed row once, inserted rows by their key columns', () => {
    const changes = new BatchChanges(
      keyColumnsOf([{ tables: [{ name: 'audit', columns: { position: 'integer', type: 'text' }, key: ['position'] }] }]),
    );
    changes.add({ op: 'inc', table: 'daily', key: { areaId: 'a', day: '2026-04-17' }, values: { alerts: 1 } });
    changes.add({ op: 'push', table: 'daily', key: { areaId: 'a', day: '2026-04-17' }, column: 'sources', items: [7] });
    changes.add({ op: 'inc', table: 'daily', key: { areaId: 'b', day: '2026-04-17' }, values: { alerts: 1 } });
    changes.add({ op: 'upsert', table: 'losses', key: { caseId: 'c' }, values: { day: '2026-04-16' } });
    changes.add({ op: 'delete', table: 'losses', key: { caseId: 'd' } });
    changes.add({ op: 'insert', table: 'audit', row: { position: 7, type: 'CaseFiled' } });
    changes.add({ op: 'insert', table: 'audit', row: { position: 8, type: 'CaseFiled' } });
    expect(changes.keysOf('daily')).toEqual([
      { areaId: 'a', day: '2026-04-17' },
      { areaId: 'b', day: '2026-04-17' },
    ]);
    expect(changes.keysOf('losses')).toEqual([{ caseId: 'c' }, { caseId: 'd' }]);
    expect(changes.keysOf('audit')).toEqual([{ position: 7 }, { position: 8 }]);
    expect(changes.keysOf('untouched')).toEqual([]);
  });

  it('knows no keys for a table known only by name, or with a row inserted into a table of unknown key', () => {
    const changes = new BatchChanges();
    changes.add({ op: 'inc', table: 'daily', key: { areaId: 'a', day: '2026-04-17' }, values: { alerts: 1 } });
    changes.addTable('daily');
    changes.add({ op: 'insert', table: 'bulletins', row: { day: '2026-04-15' } });
    expect(changes.keysOf('daily')).toBeNull();
    expect(changes.keysOf('bulletins')).toBeNull();
  });
});
