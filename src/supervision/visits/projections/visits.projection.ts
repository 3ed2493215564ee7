import { Actor, StoredEvent } from '../../../event-store/event-store.port';
import { Projection } from '../../../read-store/projection';
import { SupervisionVisitRecorded } from '../events/visit.events';

export const SUPERVISION_VISITS = 'supervision_visits';

/** A visit as read: the recorded facts, and who recorded it when. */
export type VisitRow = Omit<SupervisionVisitRecorded['data'], 'dekad'> & {
  dekadFrom: string;
  eventId: string;
  recordedAt: string;
  recordedBy: Actor;
};

function visitRowOf(event: StoredEvent): VisitRow {
  const { visitId, chiefId, chiefName, chiefRole, countyId, countyName, day, dekad, points } = (
    event as unknown as SupervisionVisitRecorded
  ).data;
  return {
    visitId,
    chiefId,
    chiefName,
    chiefRole,
    countyId,
    countyName,
    day,
    dekadFrom: dekad.from,
    points,
    eventId: event.id,
    recordedAt: event.metadata.recordedAt,
    recordedBy: event.metadata.actor,
  };
}

/** Every dekad visit (旬督导), one row each, found by dekad, county or chief. */
export const visitsProjection: Projection = {
  name: 'supervision-visits',
  version: 1,
  tables: [
    {
      name: SUPERVISION_VISITS,
      columns: {
        visitId: 'text',
        chiefId: 'text',
        chiefName: 'text',
        chiefRole: 'text',
        countyId: 'text',
        countyName: 'text',
        day: 'text',
        dekadFrom: 'text',
        points: 'json',
        eventId: 'text',
        recordedAt: 'text',
        recordedBy: 'json',
      },
      key: ['visitId'],
      indexes: [['dekadFrom'], ['countyId', 'day']],
    },
  ],
  eventTypes: ['SupervisionVisitRecorded'],
  project(event) {
    if (event.type !== 'SupervisionVisitRecorded') return [];
    return [{ op: 'insert', table: SUPERVISION_VISITS, row: visitRowOf(event) }];
  },
};
