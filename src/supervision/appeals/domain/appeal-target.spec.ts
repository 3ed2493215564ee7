import { refusal } from '../../../common/decider.spec-helpers';
import { appealTarget } from './appeal-target';

describe('appealTarget', () => {
  it('finds the county a station belongs to, and a county is its own', () => {
    expect(
      appealTarget(
        { unitId: 'st-a', name: '凤岗派出所', level: 'STATION', parentId: 'county-sx' },
        '2026-05-01',
        '2026-05-10',
        '2026-05-16',
        null,
      ),
    ).toEqual({
      unitId: 'st-a',
      unitName: '凤岗派出所',
      level: 'STATION',
      countyId: 'county-sx',
      from: '2026-05-01',
      to: '2026-05-10',
      fact: null,
    });
    expect(
      appealTarget(
        { unitId: 'county-sx', name: '沙县分局', level: 'COUNTY', parentId: 'city' },
        '2026-05-01',
        '2026-05-01',
        '2026-05-16',
        null,
      ).countyId,
    ).toBe('county-sx');
  });

  it('refuses units that keep no score', () => {
    const error = refusal(() =>
      appealTarget(
        { unitId: 'xz', name: '刑侦支队', level: 'DEPARTMENT', parentId: 'city' },
        '2026-05-01',
        '2026-05-01',
        '2026-05-16',
        null,
      ),
    );
    expect(error).toMatchObject({
      field: 'unitId',
      message:
        '单位 xz 是市局部门，只有防区（派出所）和县局有考评得分 / unit "xz" is a DEPARTMENT; scores are kept for defense areas (STATION) and counties (COUNTY)',
    });
  });
});
