import { DomainRuleError } from '../../common/decider';
import { MAX_PAGE_SIZE, checkAuditQuery, unitAndDescendants } from './audit-query';

const refusal = (query: Parameters<typeof checkAuditQuery>[0]) => {
  try {
    checkAuditQuery(query);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainRuleError);
    return { field: (e as DomainRuleError).field, message: (e as Error).message };
  }
  throw new Error('not refused');
};

describe('checkAuditQuery', () => {
  it('accepts a first page and turns a cursor into the position entries must lie before', () => {
    expect(checkAuditQuery({ first: 50 })).toEqual({});
    expect(
      checkAuditQuery({ first: MAX_PAGE_SIZE, after: '120', from: '2026-05-01T00:00:00.000Z', to: '2026-05-01T00:00:00.000Z' }),
    ).toEqual({ beforePosition: 120 });
  });

  it('refuses from after to', () => {
    expect(refusal({ first: 1, from: '2026-05-02T00:00:00.000Z', to: '2026-05-01T00:00:00.000Z' })).toEqual({
      field: 'from',
      message:
        '起始时间 from（2026-05-02T08:00:00+08:00）晚于截止时间 to（2026-05-01T08:00:00+08:00） / from (2026-05-02T00:00:00.000Z) is after to (2026-05-01T00:00:00.000Z)',
    });
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 1.5])('refuses first = %s', (first) => {
    expect(refusal({ first })).toEqual({
      field: 'first',
      message: `每页条数 first 须在 1 至 500 之间，实际为 ${first} / first must be between 1 and 500, got ${first}`,
    });
  });

  it.each(['', 'abc', '0', '-3', '12.5', '01', '9'.repeat(20)])('refuses the cursor "%s"', (after) => {
    expect(refusal({ first: 10, after })).toMatchObject({
      field: 'after',
      message: `翻页位置 "${after}" 无效：请填写上一页的 endCursor / "${after}" is not a cursor of this trail: pass the endCursor of a page`,
    });
  });
});

describe('unitAndDescendants', () => {
  const units = [
    { unitId: 'city', parentId: null },
    { unitId: 'county-sx', parentId: 'city' },
    { unitId: 'county-dt', parentId: 'city' },
    { unitId: 'st-a', parentId: 'county-sx' },
    { unitId: 'st-b', parentId: 'county-sx' },
    { unitId: 'st-c', parentId: 'county-dt' },
  ];

  it('takes a county with its stations, the city with everything, a station alone', () => {
    expect(unitAndDescendants(units, 'county-sx')).toEqual(['county-sx', 'st-a', 'st-b']);
    expect(unitAndDescendants(units, 'city').sort()).toEqual(units.map((u) => u.unitId).sort());
    expect(unitAndDescendants(units, 'st-c')).toEqual(['st-c']);
  });
});
