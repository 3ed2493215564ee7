import { ChiefRole } from '../../organization/events/organization.events';
import { ChiefInfo, ScopeInfo, Span, UnitInfo, spansWithin, subjectsOf } from './accountability';

// given: a city with two counties of two stations each, a county without stations and a department
const unit = (
  unitId: string,
  level: string,
  name: string,
  parentId: string | null,
  areaName: string | null = null,
  population: number | null = null,
): UnitInfo => ({
  unitId,
  level,
  name,
  parentId,
  areaName,
  population,
  effectiveFrom: '2020-01-01',
});
const UNITS: UnitInfo[] = [
  unit('C', 'CITY', '三明市公安局', null),
  unit('D1', 'DEPARTMENT', '反诈中心', 'C'),
  unit('K1', 'COUNTY', '沙县公安局', 'C'),
  unit('K2', 'COUNTY', '大田县公安局', 'C'),
  unit('K3', 'COUNTY', '新区分局', 'C'),
  unit('S1', 'STATION', '凤岗派出所', 'K1', '凤岗防区', 60_000),
  unit('S2', 'STATION', '虬江派出所', 'K1', null, 40_000),
  unit('S3', 'STATION', '均溪派出所', 'K2', '均溪防区', 80_000),
  unit('S4', 'STATION', '上京派出所', 'K2', '上京防区', 20_000),
];

const chief = (chiefId: string, role: ChiefRole, unitId: string, appointedFrom: string, removedFrom: string | null = null): ChiefInfo => ({
  chiefId,
  name: `${chiefId}-name`,
  role,
  unitId,
  appointedFrom,
  removedFrom,
});
const scope = (chiefId: string, effectiveFrom: string, unitIds: string[]): ScopeInfo => ({ chiefId, effectiveFrom, unitIds });
const span = (from: string, to: string | null, areaIds: string[]): Span => ({ from, to, areaIds });
const ALWAYS = '0000-01-01';
/** Every unit of the fixture exists from this day. */
const CREATED = '2020-01-01';

const only = <T>(list: T[]): T => {
  expect(list).toHaveLength(1);
  return list[0];
};

describe('subjectsOf', () => {
  describe('STATION_CHIEF (所队长 = 防区长)', () => {
    it('gives one subject per station, named after its defense area, answering for it always', () => {
      // when
      const subjects = subjectsOf('STATION_CHIEF', UNITS, [], []);
      // then
      expect(subjects).toEqual([
        {
          subjectId: 'S1',
          kind: 'AREA',
          name: '凤岗防区',
          unitId: 'S1',
          countyId: 'K1',
          units: ['S1', 'K1'],
          spans: [span(CREATED, null, ['S1'])],
        },
        {
          subjectId: 'S2',
          kind: 'AREA',
          name: '虬江派出所',
          unitId: 'S2',
          countyId: 'K1',
          units: ['S2', 'K1'],
          spans: [span(CREATED, null, ['S2'])],
        },
        {
          subjectId: 'S3',
          kind: 'AREA',
          name: '均溪防区',
          unitId: 'S3',
          countyId: 'K2',
          units: ['S3', 'K2'],
          spans: [span(CREATED, null, ['S3'])],
        },
        {
          subjectId: 'S4',
          kind: 'AREA',
          name: '上京防区',
          unitId: 'S4',
          countyId: 'K2',
          units: ['S4', 'K2'],
          spans: [span(CREATED, null, ['S4'])],
        },
      ]);
    });

    it('does not depend on who the station chiefs are or when they were appointed', () => {
      const chiefs = [chief('sc-1', 'STATION_CHIEF', 'S1', '2026-04-01', '2026-04-10')];
      expect(subjectsOf('STATION_CHIEF', UNITS, chiefs, [scope('sc-1', '2026-04-01', ['S2'])])).toEqual(
        subjectsOf('STATION_CHIEF', UNITS, [], []),
      );
    });

    it('gives a station without a county no county', () => {
      const [subject] = subjectsOf('STATION_CHIEF', [unit('S9', 'STATION', '水上派出所', null, '水上防区')], [], []);
      expect(subject).toMatchObject({ subjectId: 'S9', countyId: null, units: ['S9'] });
    });
  });

  describe('COUNTY_CHIEF (局长)', () => {
    it('gives one subject per county, answering always for the stations of the county', () => {
      const subjects = subjectsOf('COUNTY_CHIEF', UNITS, [], []);
      expect(subjects).toEqual([
        {
          subjectId: 'K1',
          kind: 'COUNTY',
          name: '沙县公安局',
          unitId: 'K1',
          countyId: 'K1',
          units: ['K1'],
          spans: [span(CREATED, null, ['S1', 'S2'])],
        },
        {
          subjectId: 'K2',
          kind: 'COUNTY',
          name: '大田县公安局',
          unitId: 'K2',
          countyId: 'K2',
          units: ['K2'],
          spans: [span(CREATED, null, ['S3', 'S4'])],
        },
        { subjectId: 'K3', kind: 'COUNTY', name: '新区分局', unitId: 'K3', countyId: 'K3', units: ['K3'], spans: [] },
      ]);
    });
  });

  describe('DEPUTY_COUNTY_CHIEF (副局长)', () => {
    it('follows the dated assignments, each valid until the day before the next', () => {
      // given
      const chiefs = [chief('dep-1', 'DEPUTY_COUNTY_CHIEF', 'K1', '2026-01-01')];
      const scopes = [scope('dep-1', '2026-01-01', ['S1']), scope('dep-1', '2026-03-16', ['S1', 'S2'])];
      // when
      const subject = only(subjectsOf('DEPUTY_COUNTY_CHIEF', UNITS, chiefs, scopes));
      // then
      expect(subject).toEqual({
        subjectId: 'dep-1',
        kind: 'CHIEF',
        name: 'dep-1-name',
        unitId: 'K1',
        countyId: 'K1',
        units: ['K1', 'C'],
        spans: [span('2026-01-01', '2026-03-15', ['S1']), span('2026-03-16', null, ['S1', 'S2'])],
      });
    });

    it('orders the assignments by date whatever order they come in', () => {
      const chiefs = [chief('dep-1', 'DEPUTY_COUNTY_CHIEF', 'K1', '2026-01-01')];
      const scopes = [
        scope('dep-1', '2026-05-01', ['S2']),
        scope('dep-1', '2026-01-01', ['S1']),
        scope('dep-1', '2026-03-01', ['S1', 'S2']),
      ];
      expect(only(subjectsOf('DEPUTY_COUNTY_CHIEF', UNITS, chiefs, scopes)).spans).toEqual([
        span('2026-01-01', '2026-02-28', ['S1']),
        span('2026-03-01', '2026-04-30', ['S1', 'S2']),
        span('2026-05-01', null, ['S2']),
      ]);
    });

    it('starts no earlier than the appointment', () => {
      const chiefs = [chief('dep-1', 'DEPUTY_COUNTY_CHIEF', 'K1', '2026-02-10')];
      const scopes = [scope('dep-1', '2026-01-01', ['S1']), scope('dep-1', '2026-04-01', ['S2'])];
      expect(only(subjectsOf('DEPUTY_COUNTY_CHIEF', UNITS, chiefs, scopes)).spans).toEqual([
        span('2026-02-10', '2026-03-31', ['S1']),
        span('2026-04-01', null, ['S2']),
      ]);
    });

    it('drops an assignment replaced before the appointment', () => {
      const chiefs = [chief('dep-1', 'DEPUTY_COUNTY_CHIEF', 'K1', '2026-03-01')];
      const scopes = [scope('dep-1', '2026-01-01', ['S1']), scope('dep-1', '2026-02-01', ['S2'])];
      expect(only(subjectsOf('DEPUTY_COUNTY_CHIEF', UNITS, chiefs, scopes)).spans).toEqual([span('2026-03-01', null, ['S2'])]);
    });

    it('keeps an assignment replaced on the day of the appointment out, and the replacement from that day', () => {
      const chiefs = [chief('dep-1', 'DEPUTY_COUNTY_CHIEF', 'K1', '2026-03-01')];
      const scopes = [scope('dep-1', '2026-01-01', ['S1']), scope('dep-1', '2026-03-01', ['S2'])];
      expect(only(subjectsOf('DEPUTY_COUNTY_CHIEF', UNITS, chiefs, scopes)).spans).toEqual([span('2026-03-01', null, ['S2'])]);
    });

    it('ends on the day before the removal', () => {
      const chiefs = [chief('dep-1', 'DEPUTY_COUNTY_CHIEF', 'K1', '2026-01-01', '2026-05-01')];
      const scopes = [scope('dep-1', '2026-01-01', ['S1']), scope('dep-1', '2026-03-16', ['S2'])];
      expect(only(subjectsOf('DEPUTY_COUNTY_CHIEF', UNITS, chiefs, scopes)).spans).toEqual([
        span('2026-01-01', '2026-03-15', ['S1']),
        span('2026-03-16', '2026-04-30', ['S2']),
      ]);
    });

    it('gives no span to an assignment starting on or after the removal', () => {
      const chiefs = [chief('dep-1', 'DEPUTY_COUNTY_CHIEF', 'K1', '2026-01-01', '2026-05-01')];
      const scopes = [
        scope('dep-1', '2026-01-01', ['S1']),
        scope('dep-1', '2026-05-01', ['S2']),
        scope('dep-1', '2026-06-01', ['S1', 'S2']),
      ];
      expect(only(subjectsOf('DEPUTY_COUNTY_CHIEF', UNITS, chiefs, scopes)).spans).toEqual([span('2026-01-01', '2026-04-30', ['S1'])]);
    });

    it('gives a deputy removed on the day after the appointment one day', () => {
      const chiefs = [chief('dep-1', 'DEPUTY_COUNTY_CHIEF', 'K1', '2026-04-17', '2026-04-18')];
      expect(only(subjectsOf('DEPUTY_COUNTY_CHIEF', UNITS, chiefs, [scope('dep-1', '2026-04-01', ['S1'])])).spans).toEqual([
        span('2026-04-17', '2026-04-17', ['S1']),
      ]);
    });

    it('gives a deputy without assignments a subject with no spans', () => {
      const chiefs = [chief('dep-1', 'DEPUTY_COUNTY_CHIEF', 'K1', '2026-01-01')];
      expect(only(subjectsOf('DEPUTY_COUNTY_CHIEF', UNITS, chiefs, [scope('dep-2', '2026-01-01', ['S3'])]))).toMatchObject({
        subjectId: 'dep-1',
        spans: [],
      });
    });

    it('takes the stations as they are (no county expansion) and only the chiefs of the role', () => {
      const chiefs = [
        chief('dep-1', 'DEPUTY_COUNTY_CHIEF', 'K1', '2026-01-01'),
        chief('dep-2', 'DEPUTY_COUNTY_CHIEF', 'K2', '2026-01-01'),
        chief('cc-1', 'COUNTY_CHIEF', 'K1', '2026-01-01'),
        chief('lead-1', 'BUREAU_LEADER', 'C', '2026-01-01'),
      ];
      const scopes = [
        scope('dep-1', '2026-01-01', ['S2']),
        scope('dep-2', '2026-02-01', ['S3', 'S4']),
        scope('lead-1', '2026-01-01', ['K1']),
      ];
      const subjects = subjectsOf('DEPUTY_COUNTY_CHIEF', UNITS, chiefs, scopes);
      expect(subjects.map((s) => [s.subjectId, s.countyId, s.units, s.spans])).toEqual([
        ['dep-1', 'K1', ['K1', 'C'], [span('2026-01-01', null, ['S2'])]],
        ['dep-2', 'K2', ['K2', 'C'], [span('2026-02-01', null, ['S3', 'S4'])]],
      ]);
    });
  });

  describe.each(['BUREAU_LEADER', 'SENIOR_CHIEF', 'DEPARTMENT_HEAD'] as const)('%s (city 三长, 挂钩)', (role) => {
    it('expands each linked county to its stations', () => {
      const chiefs = [chief('city-1', role, 'C', '2026-01-01')];
      const subject = only(subjectsOf(role, UNITS, chiefs, [scope('city-1', '2026-01-01', ['K2'])]));
      expect(subject).toEqual({
        subjectId: 'city-1',
        kind: 'CHIEF',
        name: 'city-1-name',
        unitId: 'C',
        countyId: null,
        units: ['C', 'K2'],
        spans: [span('2026-01-01', null, ['S3', 'S4'])],
      });
    });

    it('splits the spans where the chief is re-linked mid-month, and matches every county ever linked', () => {
      // given: linked to 沙县 from January, to 沙县 and 大田 from 16 April
      const chiefs = [chief('city-1', role, 'C', '2026-01-01')];
      const scopes = [
        scope('city-1', '2026-01-01', ['K1']),
        scope('city-1', '2026-04-16', ['K1', 'K2']),
        scope('city-1', '2026-04-25', ['K2']),
      ];
      // when
      const subject = only(subjectsOf(role, UNITS, chiefs, scopes));
      // then
      expect(subject.spans).toEqual([
        span('2026-01-01', '2026-04-15', ['S1', 'S2']),
        span('2026-04-16', '2026-04-24', ['S1', 'S2', 'S3', 'S4']),
        span('2026-04-25', null, ['S3', 'S4']),
      ]);
      expect(subject.units).toEqual(['C', 'K1', 'K2']);
    });

    it('answers for no area while linked to a county without stations', () => {
      const chiefs = [chief('city-1', role, 'C', '2026-01-01', '2026-07-01')];
      expect(only(subjectsOf(role, UNITS, chiefs, [scope('city-1', '2026-01-01', ['K3'])])).spans).toEqual([]);
    });
  });

  it('places a department head under the department and the city', () => {
    const chiefs = [chief('dh-1', 'DEPARTMENT_HEAD', 'D1', '2026-01-01')];
    const subject = only(subjectsOf('DEPARTMENT_HEAD', UNITS, chiefs, [scope('dh-1', '2026-01-01', ['K1'])]));
    expect(subject).toMatchObject({
      unitId: 'D1',
      countyId: null,
      units: ['D1', 'C', 'K1'],
      spans: [span('2026-01-01', null, ['S1', 'S2'])],
    });
  });

  it('ranks each city role only with its own chiefs', () => {
    const chiefs = [
      chief('lead-1', 'BUREAU_LEADER', 'C', '2026-01-01'),
      chief('sen-1', 'SENIOR_CHIEF', 'C', '2026-01-01'),
      chief('dh-1', 'DEPARTMENT_HEAD', 'D1', '2026-01-01'),
    ];
    expect(subjectsOf('BUREAU_LEADER', UNITS, chiefs, []).map((s) => s.subjectId)).toEqual(['lead-1']);
    expect(subjectsOf('SENIOR_CHIEF', UNITS, chiefs, []).map((s) => s.subjectId)).toEqual(['sen-1']);
    expect(subjectsOf('DEPARTMENT_HEAD', UNITS, chiefs, []).map((s) => s.subjectId)).toEqual(['dh-1']);
  });
});

describe('spansWithin', () => {
  const relinked = [span('2026-01-01', '2026-04-15', ['S1']), span('2026-04-16', null, ['S1', 'S3'])];

  it('cuts an open span to the period', () => {
    expect(spansWithin([span(ALWAYS, null, ['S1'])], '2026-04-01', '2026-04-30')).toEqual([span('2026-04-01', '2026-04-30', ['S1'])]);
  });

  it('splits a period at a re-link', () => {
    expect(spansWithin(relinked, '2026-04-01', '2026-04-30')).toEqual([
      span('2026-04-01', '2026-04-15', ['S1']),
      span('2026-04-16', '2026-04-30', ['S1', 'S3']),
    ]);
  });

  it('keeps only the spans that touch the period, to the day', () => {
    expect(spansWithin(relinked, '2026-03-01', '2026-03-31')).toEqual([span('2026-03-01', '2026-03-31', ['S1'])]);
    expect(spansWithin(relinked, '2026-04-15', '2026-04-15')).toEqual([span('2026-04-15', '2026-04-15', ['S1'])]);
    expect(spansWithin(relinked, '2026-04-16', '2026-04-16')).toEqual([span('2026-04-16', '2026-04-16', ['S1', 'S3'])]);
  });

  it('keeps a span lying inside the period as it is', () => {
    expect(spansWithin([span('2026-04-10', '2026-04-20', ['S2'])], '2026-04-01', '2026-04-30')).toEqual([
      span('2026-04-10', '2026-04-20', ['S2']),
    ]);
  });

  it('gives nothing for a period before, or after, every span', () => {
    expect(spansWithin(relinked, '2025-01-01', '2025-12-31')).toEqual([]);
    expect(spansWithin([span('2026-01-01', '2026-03-31', ['S1'])], '2026-04-01', '2026-04-30')).toEqual([]);
    expect(spansWithin([], '2026-04-01', '2026-04-30')).toEqual([]);
  });
});

describe('subjectsOf with units created over time', () => {
  it('counts an area for its county only from the day the station was created', () => {
    const units: UnitInfo[] = [
      unit('C', 'CITY', '三明市公安局', null),
      unit('K1', 'COUNTY', '沙县公安局', 'C'),
      unit('S1', 'STATION', '凤岗派出所', 'K1', '凤岗防区', 40000),
      { ...unit('S9', 'STATION', '新城派出所', 'K1', '新城防区', 10000), effectiveFrom: '2026-06-15' },
    ];
    const [county] = subjectsOf('COUNTY_CHIEF', units, [], []);
    expect(county.spans).toEqual([span(CREATED, '2026-06-14', ['S1']), span('2026-06-15', null, ['S1', 'S9'])]);
    const station = subjectsOf('STATION_CHIEF', units, [], []).find((s) => s.subjectId === 'S9');
    expect(station?.spans).toEqual([span('2026-06-15', null, ['S9'])]);
  });
});
