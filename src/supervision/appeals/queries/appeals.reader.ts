import { Inject, Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { ReadStore } from '../../../read-store/read-store.port';
import { RecordedState } from '../domain/appeal-status';
import { APPEALS, AppealRow } from '../projections/appeals.projection';

type Row = AppealRow & Record<string, unknown>;

/** Reads of the appeals read model, oldest filing first. */
@Injectable()
export class AppealsReader {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  byId(appealId: string): Promise<AppealRow | undefined> {
    return this.store.findOne<Row>(APPEALS, { appealId });
  }

  list(filter: { unitId?: string; countyId?: string; chiefId?: string; states?: RecordedState[] } = {}): Promise<AppealRow[]> {
    const { states, ...columns } = filter;
    const where = {
      ...Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined)),
      ...(states ? { state: { in: states } } : {}),
    };
    return this.store.find<Row>(APPEALS, { where, orderBy: [['filedPosition', 'asc']] });
  }

  /** Appeals contesting a unit's figures, or, for a county, those of any of its stations, on days overlapping from–to. */
  async touching(unit: { unitId: string; level: string }, from: Day, to: Day): Promise<AppealRow[]> {
    const rows = await this.list(unit.level === 'COUNTY' ? { countyId: unit.unitId } : { unitId: unit.unitId });
    return rows.filter((r) => r.fromDay <= to && r.toDay >= from);
  }
}
