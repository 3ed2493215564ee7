import { Inject, Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { EventStore, StoredEvent } from '../../../event-store/event-store.port';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { ReadStore } from '../../../read-store/read-store.port';
import { DAILY_INDICATORS } from '../../../scoring/projections/indicator-tables';

export interface CountedFact {
  event: StoredEvent;
  areaId: string;
  day: Day;
}

export interface ContestedFigures {
  unitId: string;
  level: 'STATION' | 'COUNTY';
  from: Day;
  to: Day;
}

/**
 * Finds events by id among those counted in a unit's figures for some days: the events a score
 * explanation lists. The log keeps no index by event id (it would slow every append), so a cited
 * event is looked for where it matters, and one counted nowhere there is no fact of those figures.
 */
@Injectable()
export class CountedFactsService {
  constructor(
    @Inject(ReadStore) private readonly store: ReadStore,
    @Inject(EventStore) private readonly events: EventStore,
    private readonly organization: OrganizationReader,
  ) {}

  async find(figures: ContestedFigures, eventIds: string[]): Promise<Map<string, CountedFact>> {
    const found = new Map<string, CountedFact>();
    if (eventIds.length === 0) return found;
    const areaIds =
      figures.level === 'STATION'
        ? [figures.unitId]
        : (await this.organization.units({ level: 'STATION', parentId: figures.unitId })).map((s) => s.unitId);
    const rows = await this.store.find<{ areaId: string; day: Day; sources: number[] }>(DAILY_INDICATORS, {
      where: { areaId: { in: areaIds }, day: { gte: figures.from, lte: figures.to } },
      columns: ['areaId', 'day', 'sources'],
    });
    const counted = new Map<bigint, { areaId: string; day: Day }>();
    for (const { areaId, day, sources } of rows) for (const position of sources) counted.set(BigInt(position), { areaId, day });
    const wanted = new Set(eventIds);
    for (const event of await this.events.readPositions([...counted.keys()].sort((a, b) => (a < b ? -1 : 1)))) {
      if (wanted.has(event.id)) found.set(event.id, { event, ...counted.get(event.position)! });
    }
    return found;
  }
}
