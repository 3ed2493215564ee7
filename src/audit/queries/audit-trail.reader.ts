import { Inject, Injectable } from '@nestjs/common';
import { ReadStore } from '../../read-store/read-store.port';
import { newestFirst } from '../../read-store/newest-first';
import { STREAM_FACT_CORRECTIONS } from '../domain/corrections';
import { AUDIT_TRAIL, AuditRow } from '../projections/audit-trail.projection';

type Stored = AuditRow & Record<string, unknown>;

export interface TrailFilter {
  unitIds?: string[];
  subject?: string;
  from?: string;
  to?: string;
  beforePosition?: number;
}

/** Reads of the audit trail. */
@Injectable()
export class AuditTrailReader {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  /**
   * Newest first. A scope of units (a county and its stations) is read as one page per unit, merged:
   * the index on (unitId, position) yields each unit's page in order, where one `unitId in (…)`
   * query would have every event of the scope sorted to cut a single page.
   */
  async trail({ unitIds, subject, from, to, beforePosition }: TrailFilter, limit: number): Promise<AuditRow[]> {
    const where: Record<string, unknown> = {};
    if (subject !== undefined) where.subject = subject;
    if (from || to) where.recordedAt = { gte: from, lte: to };
    if (beforePosition !== undefined) where.position = { lt: beforePosition };
    const page = (unit: Record<string, unknown>) =>
      this.store.find<Stored>(AUDIT_TRAIL, { where: { ...where, ...unit }, orderBy: [['position', 'desc']], limit });
    if (!unitIds) return page({});
    return newestFirst(await Promise.all(unitIds.map((unitId) => page({ unitId }))), limit, (row) => row.position);
  }

  async byEventId(eventId: string): Promise<AuditRow | undefined> {
    const [row] = await this.store.find<Stored>(AUDIT_TRAIL, { where: { eventId }, limit: 1 });
    return row;
  }

  /** The corrections naming this event, oldest first. */
  correctionsOf(eventId: string): Promise<AuditRow[]> {
    return this.store.find<Stored>(AUDIT_TRAIL, { where: { correctsEventId: eventId }, orderBy: [['position', 'asc']] });
  }

  /** The corrections of a stream's first fact that name it by stream (a case's), oldest first. */
  streamFactCorrections(streamId: string): Promise<AuditRow[]> {
    return this.store.find<Stored>(AUDIT_TRAIL, {
      where: { streamId, type: { in: STREAM_FACT_CORRECTIONS } },
      orderBy: [['position', 'asc']],
    });
  }

  /** The id of each stream's first event. */
  async firstEventIds(streamIds: string[]): Promise<Map<string, string>> {
    if (!streamIds.length) return new Map();
    const rows = await this.store.find<Stored>(AUDIT_TRAIL, {
      where: { streamId: { in: streamIds }, streamVersion: 0 },
      columns: ['streamId', 'eventId'],
    });
    return new Map(rows.map((r) => [r.streamId, r.eventId]));
  }
}
