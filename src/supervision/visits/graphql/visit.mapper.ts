import { CHIEF_ROLE_LABELS } from '../../../organization/events/organization.events';
import { dekadPeriod } from '../domain/dekad-coverage';
import { VisitRow } from '../projections/visits.projection';
import { DekadSupervision } from '../queries/dekad-supervision.service';
import { ChiefDekadSupervisionType, DekadSupervisionType, SUPERVISION_STATUS_LABELS, SupervisionVisitType } from './visit.types';

export function toVisitType(v: VisitRow, unitNames: ReadonlyMap<string, string>): SupervisionVisitType {
  return {
    visitId: v.visitId,
    chiefId: v.chiefId,
    chiefName: v.chiefName,
    chiefRole: v.chiefRole,
    chiefRoleLabel: CHIEF_ROLE_LABELS[v.chiefRole],
    countyId: v.countyId,
    countyName: v.countyName,
    day: v.day,
    dekad: dekadPeriod(v.day),
    points: v.points.map((p) => ({ ...p, stationName: p.stationId ? (unitNames.get(p.stationId) ?? null) : null })),
    recordedAt: v.recordedAt,
    recordedBy: v.recordedBy,
  };
}

/** `unvisitedOnly` keeps the 未督导 counties, and the chiefs who still have one. */
export function toDekadSupervisionType({ dekad, chiefs }: DekadSupervision, unvisitedOnly: boolean): DekadSupervisionType {
  const rows = chiefs.map(({ chief, counties }): ChiefDekadSupervisionType => {
    const statuses = counties.map((c) => {
      const status = c.visitDays.length ? ('VISITED' as const) : ('NOT_VISITED' as const);
      return { ...c, status, statusLabel: SUPERVISION_STATUS_LABELS[status] };
    });
    return {
      chiefId: chief.chiefId,
      name: chief.name,
      role: chief.role,
      roleLabel: CHIEF_ROLE_LABELS[chief.role],
      counties: unvisitedOnly ? statuses.filter((c) => c.status === 'NOT_VISITED') : statuses,
      unvisited: statuses.filter((c) => c.status === 'NOT_VISITED').length,
    };
  });
  const shown = unvisitedOnly ? rows.filter((r) => r.unvisited > 0) : rows;
  return { dekad, chiefs: shown, unvisited: rows.reduce((n, r) => n + r.unvisited, 0) };
}
