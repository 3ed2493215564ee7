import { describeShape, indexesOf, servingIndex, shapeOf } from './index-coverage';
import { FindOptions, TableSpec } from './read-store.port';

const AUDIT: TableSpec = {
  name: 'audit_trail',
  columns: { position: 'integer', unitId: 'text', subject: 'text', eventId: 'text', recordedAt: 'text', type: 'text' },
  key: ['position'],
  indexes: [['unitId', 'position'], ['subject', 'position'], ['eventId']],
};
const SCOPES: TableSpec = {
  name: 'chief_scopes',
  columns: { chiefId: 'text', effectiveFrom: 'text', unitIds: 'json' },
  key: ['chiefId', 'effectiveFrom'],
};

/** Given a table and a query, then the index serving it (undefined: none). */
const servedBy = (spec: TableSpec, options: FindOptions) => servingIndex(indexesOf(spec), shapeOf(options));

describe('servingIndex', () => {
  it('given no where and no order (a whole-table read), then the key serves it', () => {
    expect(servedBy(AUDIT, {})).toEqual(['position']);
  });

  it('given an equality on the first column of a key, then the key serves it', () => {
    expect(servedBy(SCOPES, { where: { chiefId: 'c1' } })).toEqual(['chiefId', 'effectiveFrom']);
  });

  it('given a where on no index’s first column, then nothing serves it', () => {
    expect(servedBy(SCOPES, { where: { effectiveFrom: { lte: '2026-01-01' } } })).toBeUndefined();
    expect(servedBy(AUDIT, { where: { recordedAt: { gte: 'a', lte: 'b' } } })).toBeUndefined();
  });

  it('given a where on a first column by range or by a list, then that index serves it', () => {
    expect(servedBy(AUDIT, { where: { position: { gt: 5 } } })).toEqual(['position']);
    expect(servedBy(AUDIT, { where: { unitId: { in: ['a', 'b'] }, type: 'X' } })).toEqual(['unitId', 'position']);
  });

  it('given a page sorted by the key with no where (the city-wide audit page), then the key serves it', () => {
    expect(servedBy(AUDIT, { orderBy: [['position', 'desc']], limit: 50 })).toEqual(['position']);
  });

  it('given a page sorted by a column no index starts with and no where, then nothing serves it', () => {
    expect(servedBy(AUDIT, { orderBy: [['recordedAt', 'desc']], limit: 50 })).toBeUndefined();
  });

  it('given a page after a cursor on the sorted column, then the index starting with it serves it', () => {
    expect(servedBy(AUDIT, { where: { position: { lt: 900 } }, orderBy: [['position', 'desc']], limit: 50 })).toEqual(['position']);
  });

  it('given an equality on the leading column and a page sorted by the next, then that index serves it', () => {
    expect(servedBy(AUDIT, { where: { subject: 's1', type: 'X' }, orderBy: [['position', 'desc']], limit: 50 })).toEqual([
      'subject',
      'position',
    ]);
    expect(servedBy(SCOPES, { where: { chiefId: 'c1' }, orderBy: [['effectiveFrom', 'desc']], limit: 1 })).toEqual([
      'chiefId',
      'effectiveFrom',
    ]);
  });

  it('given a list of values on the leading column and a page sorted by the next, then nothing serves it', () => {
    // SQLite sorts the union of the list's runs: "USE TEMP B-TREE FOR ORDER BY".
    expect(servedBy(AUDIT, { where: { unitId: { in: ['u1', 'u2'] } }, orderBy: [['position', 'desc']], limit: 50 })).toBeUndefined();
  });

  it('given a range on the leading column and a page sorted by the next, then nothing serves it', () => {
    expect(servedBy(SCOPES, { where: { chiefId: { gte: 'c' } }, orderBy: [['effectiveFrom', 'asc']], limit: 10 })).toBeUndefined();
  });

  it('given a sort without a limit, then any index the where can use serves it (every match is returned anyway)', () => {
    expect(servedBy(AUDIT, { where: { unitId: { in: ['u1', 'u2'] } }, orderBy: [['recordedAt', 'asc']] })).toEqual(['unitId', 'position']);
    expect(servedBy(AUDIT, { orderBy: [['recordedAt', 'asc']] })).toEqual(['position']);
  });

  it('given a page sorted by two columns in different directions, then nothing serves it', () => {
    expect(
      servedBy(SCOPES, {
        orderBy: [
          ['chiefId', 'asc'],
          ['effectiveFrom', 'desc'],
        ],
        limit: 10,
      }),
    ).toBeUndefined();
    expect(
      servedBy(SCOPES, {
        orderBy: [
          ['chiefId', 'asc'],
          ['effectiveFrom', 'asc'],
        ],
        limit: 10,
      }),
    ).toEqual(['chiefId', 'effectiveFrom']);
  });

  it('given a page sorted by a column the where fixes to one value, then that column is left out of the order', () => {
    const options: FindOptions = {
      where: { unitId: 'u1' },
      orderBy: [
        ['unitId', 'asc'],
        ['position', 'desc'],
      ],
      limit: 50,
    };
    expect(servedBy(AUDIT, options)).toEqual(['unitId', 'position']);
  });

  it('given a page sorted by columns that skip one the where does not fix, then nothing serves it', () => {
    const wide: TableSpec = { ...SCOPES, columns: { ...SCOPES.columns, n: 'integer' }, key: ['chiefId', 'effectiveFrom', 'n'] };
    expect(servedBy(wide, { where: { chiefId: 'c1' }, orderBy: [['n', 'asc']], limit: 10 })).toBeUndefined();
    expect(servedBy(wide, { where: { chiefId: 'c1', effectiveFrom: 'd' }, orderBy: [['n', 'asc']], limit: 10 })).toEqual(wide.key);
  });

  it('given an open bound (an operand left undefined), then that column counts as not filtered', () => {
    expect(
      servedBy(AUDIT, { where: { recordedAt: { gte: undefined, lte: undefined } }, orderBy: [['position', 'desc']], limit: 5 }),
    ).toEqual(['position']);
  });

  it('given an equality with null, then it fixes the column like any value', () => {
    expect(servedBy(AUDIT, { where: { unitId: null }, orderBy: [['position', 'desc']], limit: 5 })).toEqual(['unitId', 'position']);
  });
});

describe('describeShape', () => {
  it('names the where columns with how each is constrained, the order and the limit, never the values', () => {
    const shape = shapeOf({
      where: { unitId: { in: ['secret'] }, subject: 's', recordedAt: { gte: 'a' }, type: { lt: undefined } },
      orderBy: [['position', 'desc']],
      limit: 50,
    });
    expect(describeShape(shape)).toBe('where unitId in, subject =, recordedAt range; order by position desc; limit');
    expect(describeShape(shapeOf({}))).toBe('no where');
  });
});
