import { ACCESS_ROLES, isAccessRole } from '../../common/access-role';
import { auditKind, AUDIT_KIND_LABELS } from '../domain/corrections';
import { eventLabel } from '../domain/event-labels';
import { AuditRow } from '../projections/audit-trail.projection';
import { AuditEntryType } from './audit.types';

/** Roles recorded before tokens (e.g. EVALUATOR) keep their own name. */
const roleLabel = (role: string) => (isAccessRole(role) ? ACCESS_ROLES[role] : role);

export function toAuditEntry(row: AuditRow, unitNames: ReadonlyMap<string, string>): AuditEntryType {
  const kind = auditKind(row.type);
  return {
    eventId: row.eventId,
    cursor: String(row.position),
    type: row.type,
    typeLabel: eventLabel(row.type),
    kind,
    kindLabel: AUDIT_KIND_LABELS[kind],
    correctsEventId: row.correctsEventId,
    correctionSummary: row.summary,
    reason: row.reason,
    unitId: row.unitId,
    unitName: unitNames.get(row.unitId) ?? null,
    streamId: row.streamId,
    occurredAt: row.occurredAt,
    recordedAt: row.recordedAt,
    actor: { subject: row.subject, name: row.actorName, role: row.role, roleLabel: roleLabel(row.role), units: row.actorUnits },
    source: row.source,
    correlationId: row.correlationId,
    lateReason: row.lateReason ?? null,
    daysLate: row.daysLate ?? null,
  };
}
