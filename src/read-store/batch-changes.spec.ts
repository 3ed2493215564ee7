import { BatchChanges } from './batch-changes';

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
  });
});
