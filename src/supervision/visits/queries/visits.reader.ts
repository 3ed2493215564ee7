import { Inject, Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { ReadStore } from '../../../read-store/read-store.port';
import { SUPERVISION_VISITS, VisitRow } from '../projections/visits.projection';

/** Reads of the recorded dekad visits. */
@Injectable()
export class VisitsReader {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  byId(visitId: string): Promise<VisitRow | undefined> {
    return this.store.findOne<VisitRow>(SUPERVISION_VISITS, { visitId });
  }

  /** The visits of the dekad starting on `dekadFrom`, by day. */
  inDekad(dekadFrom: Day, filter: { countyId?: string; chiefId?: string } = {}): Promise<VisitRow[]> {
    const where = Object.fromEntries(Object.entries({ dekadFrom, ...filter }).filter(([, v]) => v !== undefined));
    return this.store.find<VisitRow>(SUPERVISION_VISITS, {
      where,
      orderBy: [
        ['day', 'asc'],
        ['recordedAt', 'asc'],
      ],
    });
  }
}
