import { storedEvent } from '../../../event-store/stored-event.spec-helpers';
import { SUPERVISION_VISITS, visitsProjection as projection } from './visits.projection';

const DATA = {
  visitId: 'V-1',
  chiefId: 'leader-1',
  chiefName: '郑局长',
  chiefRole: 'BUREAU_LEADER',
  countyId: 'county-sx',
  countyName: '沙县分局',
  day: '2026-05-12',
  dekad: { from: '2026-05-11', to: '2026-05-20' },
  points: [{ number: 1, text: '见面率偏低', stationId: null }],
};

describe('visits projection', () => {
  it('declares one table keyed by visit, found by dekad and by county', () => {
    expect(projection.eventTypes).toEqual(['SupervisionVisitRecorded']);
    expect(projection.tables.map((t) => [t.name, t.key, t.indexes])).toEqual([
      [SUPERVISION_VISITS, ['visitId'], [['dekadFrom'], ['countyId', 'day']]],
    ]);
  });

  it('inserts the visit with its dekad start, and who recorded it when', () => {
    const event = storedEvent('SupervisionVisitRecorded', DATA, { position: 7n, metadata: { recordedAt: '2026-05-12T08:00:00.000Z' } });
    const { dekad: _dekad, ...rest } = DATA;
    expect(projection.project(event)).toEqual([
      {
        op: 'insert',
        table: SUPERVISION_VISITS,
        row: {
          ...rest,
          dekadFrom: '2026-05-11',
          eventId: 'evt-7',
          recordedAt: '2026-05-12T08:00:00.000Z',
          recordedBy: { subject: 'staff-1', role: 'EVALUATOR' },
        },
      },
    ]);
  });

  it.each(['ProblemRaised', 'CityChiefLinked', 'toString'])('ignores %s', (type) => {
    expect(projection.project(storedEvent(type, DATA))).toEqual([]);
  });
});
