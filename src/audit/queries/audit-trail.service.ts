import { bilingual } from '../../common/bilingual';
import { Injectable } from '@nestjs/common';
import { NotFoundError, doesNotExist } from '../../common/graphql/api-errors';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { AuditQuery, checkAuditQuery, unitAndDescendants } from '../domain/audit-query';
import { correctsStreamFact } from '../domain/corrections';
import { AuditRow } from '../projections/audit-trail.projection';
import { AuditTrailReader } from './audit-trail.reader';

export interface AuditPage {
  rows: AuditRow[];
  hasNextPage: boolean;
}

/** Who recorded or corrected what and when, for a unit (with its sub-units), a person or an event. */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly reader: AuditTrailReader,
    private readonly organization: OrganizationReader,
  ) {}

  async trail(query: AuditQuery): Promise<AuditPage> {
    const { beforePosition } = checkAuditQuery(query);
    const unitIds = query.unitId === undefined ? undefined : await this.unitScope(query.unitId);
    const { subject, from, to, first } = query;
    const rows = await this.reader.trail({ unitIds, subject, from, to, beforePosition }, first + 1);
    return { rows: await this.withCorrectedIds(rows.slice(0, first)), hasNextPage: rows.length > first };
  }

  /** The event and the corrections recorded against it, oldest first. */
  async eventAudit(eventId: string): Promise<{ row: AuditRow; corrections: AuditRow[] }> {
    const row = await this.reader.byEventId(eventId);
    if (!row)
      throw new NotFoundError(bilingual(`审计记录中没有事件 "${eventId}"`, `no event "${eventId}" is in the audit trail`), 'eventId');
    const [named, byStream] = await Promise.all([
      this.reader.correctionsOf(eventId),
      row.streamVersion === 0 ? this.reader.streamFactCorrections(row.streamId) : [],
    ]);
    const corrections = [...named, ...byStream].sort((a, b) => a.position - b.position);
    const [withId] = await this.withCorrectedIds([row]);
    return { row: withId, corrections: corrections.map((c) => ({ ...c, correctsEventId: eventId })) };
  }

  private async unitScope(unitId: string): Promise<string[]> {
    const units = await this.organization.units();
    if (!units.some((u) => u.unitId === unitId)) throw doesNotExist('unit', unitId, 'unitId');
    return unitAndDescendants(units, unitId);
  }

  /** Fills in the filing a case correction corrects: the first event of its stream. */
  private async withCorrectedIds(rows: AuditRow[]): Promise<AuditRow[]> {
    const streams = [...new Set(rows.filter((r) => correctsStreamFact(r.type)).map((r) => r.streamId))];
    const firsts = await this.reader.firstEventIds(streams);
    return rows.map((r) => (correctsStreamFact(r.type) ? { ...r, correctsEventId: firsts.get(r.streamId) ?? null } : r));
  }
}
