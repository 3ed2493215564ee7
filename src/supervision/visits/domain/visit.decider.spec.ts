import { given } from '../../../common/decider.spec-helpers';
import { ChiefRole } from '../../../organization/events/organization.events';
import { ChiefInfo } from '../../../scoring/domain/accountability';
import { SupervisionVisitRecorded } from '../events/visit.events';
import { RecordVisit, VisitFacts, visitDecider as decider } from './visit.decider';

const chief = (role: ChiefRole = 'BUREAU_LEADER', tenure: Partial<ChiefInfo> = {}): ChiefInfo => ({
  chiefId: 'leader-1',
  name: '郑局长',
  role,
  unitId: 'city',
  appointedFrom: '2026-01-01',
  removedFrom: null,
  ...tenure,
});
const station = (unitId: string, parentId: string) => ({ unitId, name: unitId, level: 'STATION' as const, parentId });
const FACTS: VisitFacts = {
  chief: chief(),
  county: { unitId: 'county-sx', name: '沙县分局', level: 'COUNTY', parentId: 'city' },
  links: [{ effectiveFrom: '2026-01-01', unitIds: ['county-sx', 'county-dt'] }],
  stations: [station('st-b', 'county-sx')],
};

const visit = (extra: Partial<RecordVisit> = {}, facts: Partial<VisitFacts> = {}): RecordVisit => ({
  type: 'RecordVisit',
  visitId: 'V-1',
  day: '2026-05-12',
  today: '2026-05-15',
  points: [
    { text: ' 见面率偏低 ', stationId: null },
    { text: '虬江防区预警超时', stationId: 'st-b' },
  ],
  facts: { ...FACTS, ...facts },
  ...extra,
});

const recorded = (extra: Partial<SupervisionVisitRecorded['data']> = {}): SupervisionVisitRecorded => ({
  type: 'SupervisionVisitRecorded',
  data: {
    visitId: 'V-1',
    chiefId: 'leader-1',
    chiefName: '郑局长',
    chiefRole: 'BUREAU_LEADER',
    countyId: 'county-sx',
    countyName: '沙县分局',
    day: '2026-05-12',
    dekad: { from: '2026-05-11', to: '2026-05-20' },
    points: [
      { number: 1, text: '见面率偏低', stationId: null },
      { number: 2, text: '虬江防区预警超时', stationId: 'st-b' },
    ],
    ...extra,
  },
});

describe('visit decider', () => {
  it('records the visit in the dekad of its day, numbering the points and trimming their texts', () => {
    given(decider, []).when(visit()).then([recorded()]);
  });

  it.each([
    ['2026-05-10', { from: '2026-05-01', to: '2026-05-10' }],
    ['2026-05-21', { from: '2026-05-21', to: '2026-05-31' }],
    ['2026-02-28', { from: '2026-02-21', to: '2026-02-28' }],
  ])('places a visit on %s in its dekad', (day, dekad) => {
    const [event] = given(decider, [])
      .when(visit({ day, today: day }))
      .then([recorded({ day, dekad })]);
    expect(event.data.dekad).toEqual(dekad);
  });

  it.each(['SENIOR_CHIEF', 'DEPARTMENT_HEAD'] as const)('records a visit by a %s', (role) => {
    given(decider, [])
      .when(visit({}, { chief: chief(role) }))
      .then([recorded({ chiefRole: role })]);
  });

  it('refuses a unit that is no county as the county visited', () => {
    given(decider, [])
      .when(visit({}, { county: station('st-a', 'county-sx') }))
      .thenThrows({
        message: '单位 st-a 是派出所，旬督导和问题清单须指定县局 / unit "st-a" is a STATION; visits and problem lists are kept per county',
        field: 'countyId',
      });
  });

  it.each(['COUNTY_CHIEF', 'DEPUTY_COUNTY_CHIEF', 'STATION_CHIEF'] as const)('refuses a %s, naming the role', (role) => {
    given(decider, [])
      .when(visit({}, { chief: chief(role) }))
      .thenThrows({ message: 'dekad visits are recorded by city chiefs', field: 'chiefId' });
  });

  it('refuses a visit day after today', () => {
    given(decider, [])
      .when(visit({ day: '2026-05-16' }))
      .thenThrows({
        message: '日期 2026-05-16 尚未到来（今天是 2026-05-15） / 2026-05-16 has not come yet (today is 2026-05-15)',
        field: 'day',
      });
  });

  it('refuses a chief out of office on the visit day, though in office today', () => {
    given(decider, [])
      .when(visit({}, { chief: chief('BUREAU_LEADER', { removedFrom: '2026-05-12' }) }))
      .thenThrows({ message: 'chief leader-1 was not in office on 2026-05-12', field: 'day' });
    given(decider, [])
      .when(visit({}, { chief: chief('BUREAU_LEADER', { appointedFrom: '2026-05-13' }) }))
      .thenThrows({ message: 'chief leader-1 was not in office on 2026-05-12', field: 'day' });
  });

  it('refuses a county not linked to the chief on the visit day, naming those that were', () => {
    const relinked = [
      { effectiveFrom: '2026-01-01', unitIds: ['county-dt'] },
      { effectiveFrom: '2026-05-13', unitIds: ['county-sx'] },
    ];
    given(decider, [])
      .when(visit({}, { links: relinked }))
      .thenThrows({
        message: 'county county-sx was not linked to chief leader-1 on 2026-05-12 (linked then: county-dt)',
        field: 'countyId',
      });
    given(decider, [])
      .when(visit({}, { links: [] }))
      .thenThrows({ message: '(linked then: none)', field: 'countyId' });
  });

  it('refuses a visit without points', () => {
    given(decider, [])
      .when(visit({ points: [] }))
      .thenThrows({ message: 'a visit raises at least one point', field: 'points' });
  });

  it('refuses a point with blank text, naming its place', () => {
    given(decider, [])
      .when(
        visit({
          points: [
            { text: 'a', stationId: null },
            { text: '  ', stationId: null },
          ],
        }),
      )
      .thenThrows({ message: 'point 2 has no text', field: 'points.1.text' });
  });

  it('refuses a point naming a station of another county, a unit that is no station, or no unit at all', () => {
    given(decider, [])
      .when(visit({ points: [{ text: 'a', stationId: 'st-c' }] }, { stations: [station('st-c', 'county-dt')] }))
      .thenThrows({ message: 'st-c is not a station of county county-sx', field: 'points.0.stationId' });
    const department = { unitId: 'dept-sx', name: '沙县刑侦大队', level: 'DEPARTMENT' as const, parentId: 'county-sx' };
    given(decider, [])
      .when(visit({ points: [{ text: 'a', stationId: 'dept-sx' }] }, { stations: [department] }))
      .thenThrows({ message: 'dept-sx is not a station of county county-sx', field: 'points.0.stationId' });
    given(decider, [])
      .when(visit({ points: [{ text: 'a', stationId: 'nowhere' }] }))
      .thenThrows({ message: 'nowhere is not a station of county county-sx', field: 'points.0.stationId' });
  });

  it('refuses a second record of the same county on the same day, and accepts another day or county', () => {
    given(decider, [recorded()])
      .when(visit({ visitId: 'V-2' }))
      .thenThrows({ message: 'chief leader-1 already recorded a visit to county county-sx on 2026-05-12', field: 'day' });
    given(decider, [recorded()])
      .when(visit({ visitId: 'V-2', day: '2026-05-13' }))
      .then([recorded({ visitId: 'V-2', day: '2026-05-13' })]);
    const county = { unitId: 'county-dt', name: '大田县公安局', level: 'COUNTY' as const, parentId: 'city' };
    const other = visit({ visitId: 'V-3', points: [{ text: '见面率偏低', stationId: null }] }, { county });
    given(decider, [recorded()])
      .when(other)
      .then([
        recorded({
          visitId: 'V-3',
          countyId: 'county-dt',
          countyName: '大田县公安局',
          points: [{ number: 1, text: '见面率偏低', stationId: null }],
        }),
      ]);
  });
});
