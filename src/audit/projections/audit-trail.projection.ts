import { Actor, StoredEvent } from '../../event-store/event-store.port';
import { Projection } from '../../read-store/projection';
import { correctionSummary } from '../../facts/domain/fact-catalogue';
import { correctionOf } from '../domain/corrections';

export const AUDIT_TRAIL = 'audit_trail';

/** One event as the audit trail keeps it: who recorded it, for which unit, when, and what it corrects. */
export interface AuditRow {
  position: number;
  eventId: string;
  type: string;
  streamId: string;
  streamVersion: number;
  unitId: string;
  occurredAt: string;
  recordedAt: string;
  subject: string;
  role: string;
  /** Display name and served units of the acting token; null on events recorded before tokens. */
  actorName: string | null;
  actorUnits: string[] | null;
  source: string;
  correlationId: string;
  /** The event a correction names; null for other events and for the case corrections, which name the case. */
  correctsEventId: string | null;
  /** Why and what a correction changed, in Chinese; null for other events. */
  reason: string | null;
  summary: string | null;
  /** A fact received long after it happened: why, and how many days late; null for others. */
  lateReason: string | null;
  daysLate: number | null;
}

export function auditRowOf(event: StoredEvent): AuditRow {
  const { unitId, occurredAt, recordedAt, source, correlationId, lateEntry } = event.metadata;
  // Older events lack name and units; the annotation keeps this compiling whether Actor declares them or not.
  const actor: Actor & { name?: string; units?: string[] } = event.metadata.actor;
  const correction = correctionOf(event.type, event.data);
  return {
    position: Number(event.position),
    eventId: event.id,
    type: event.type,
    streamId: event.streamId,
    streamVersion: Number(event.streamVersion),
    unitId,
    occurredAt,
    recordedAt,
    subject: actor.subject,
    role: actor.role,
    actorName: actor.name ?? null,
    actorUnits: actor.units ?? null,
    source,
    correlationId,
    correctsEventId: correction?.eventId ?? null,
    reason: correction?.reason ?? null,
    summary: correction ? correctionSummary(event.type, event.data) : null,
    lateReason: lateEntry?.reason ?? null,
    daysLate: lateEntry?.daysLate ?? null,
  };
}

/** Every event of every type, one row each, never changed: events are immutable. */
export const auditTrailProjection: Projection = {
  name: 'audit-trail',
  trail: true,
  version: 2,
  tables: [
    {
      name: AUDIT_TRAIL,
      columns: {
        position: 'integer',
        eventId: 'text',
        type: 'text',
        streamId: 'text',
        streamVersion: 'integer',
        unitId: 'text',
        occurredAt: 'text',
        recordedAt: 'text',
        subject: 'text',
        role: 'text',
        actorName: 'text',
        actorUnits: 'json',
        source: 'text',
        correlationId: 'text',
        correctsEventId: 'text',
        reason: 'text',
        summary: 'text',
        lateReason: 'text',
        daysLate: 'integer',
      },
      key: ['position'],
      indexes: [['unitId', 'position'], ['subject', 'position'], ['eventId'], ['correctsEventId'], ['streamId', 'position']],
    },
  ],
  project: (event) => [{ op: 'insert', table: AUDIT_TRAIL, row: { ...auditRowOf(event) } }],
};
