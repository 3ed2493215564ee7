import { Inject, Injectable } from '@nestjs/common';
import { ReadStore } from '../../read-store/read-store.port';
import { APPEALS } from '../../supervision/appeals/projections/appeals.projection';
import { INTERVIEWS } from '../../supervision/interviews/projections/interviews.projection';
import { LETTERS } from '../../supervision/letters/projections/letters.projection';
import { LISTINGS } from '../../supervision/listings/projections/listings.projection';
import { SUPERVISION_PROBLEMS } from '../../supervision/problems/projections/problems.projection';
import { EntityKind } from './policy';
import { CHIEFS } from '../../organization/projections/organization.projection';

/** Each entity's table, key and the column naming the unit it concerns (the letter's addressee, the listed station…). */
const ENTITIES: Record<EntityKind, { table: string; key: string; unit: string }> = {
  letter: { table: LETTERS, key: 'letterId', unit: 'addresseeId' },
  interview: { table: INTERVIEWS, key: 'interviewId', unit: 'unitId' },
  listing: { table: LISTINGS, key: 'listingId', unit: 'stationId' },
  appeal: { table: APPEALS, key: 'appealId', unit: 'unitId' },
  problem: { table: SUPERVISION_PROBLEMS, key: 'problemId', unit: 'unitId' },
  chief: { table: CHIEFS, key: 'chiefId', unit: 'unitId' },
};

/** The unit a supervision item concerns, for deciding whether a chief may see or answer it. */
@Injectable()
export class EntityUnits {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  /** Undefined when no such item exists (a chief is then refused: it cannot be shown to be his). */
  async unitOf(kind: EntityKind, id: string): Promise<string | undefined> {
    const { table, key, unit } = ENTITIES[kind];
    const row = await this.store.findOne<Record<string, unknown>>(table, { [key]: id });
    const value = row?.[unit];
    return typeof value === 'string' ? value : undefined;
  }
}
