import { Inject, Injectable } from '@nestjs/common';
import { ReadStore } from '../../read-store/read-store.port';
import { APPEALS } from '../../supervision/appeals/projections/appeals.projection';
import { INTERVIEWS } from '../../supervision/interviews/projections/interviews.projection';
import { LETTERS } from '../../supervision/letters/projections/letters.projection';
import { LISTINGS } from '../../supervision/listings/projections/listings.projection';
import { SUPERVISION_PROBLEMS } from '../../supervision/problems/projections/problems.projection';
import { EventStore } from '../../event-store/event-store.port';
import { alertStream, caseStream } from '../../facts/losses/events/loss.events';
import { recoveryStream } from '../../facts/recoveries/events/recovery.events';
import { strikeStream } from '../../facts/strikes/events/strike.events';
import { warningStream } from '../../facts/warnings/events/warning-instruction.events';
import { preventionStream } from '../../facts/prevention/events/prevention.events';
import { outflowStream } from '../../facts/outflow/events/outflow.events';
import { EntityKind, FactStreamKind } from './policy';
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

const FACT_STREAMS: Record<FactStreamKind, (id: string) => string> = {
  warning: warningStream,
  alert: alertStream,
  case: caseStream,
  strike: strikeStream,
  recovery: recoveryStream,
  prevention: preventionStream,
  outflow: outflowStream,
};

/** The unit a supervision item concerns, for deciding whether a chief may see or answer it. */
@Injectable()
export class EntityUnits {
  constructor(
    @Inject(ReadStore) private readonly store: ReadStore,
    @Inject(EventStore) private readonly events: EventStore,
  ) {}

  /** Undefined when no such item exists (a chief is then refused: it cannot be shown to be his). */
  async unitOf(kind: EntityKind, id: string): Promise<string | undefined> {
    const { table, key, unit } = ENTITIES[kind];
    const row = await this.store.findOne<Record<string, unknown>>(table, { [key]: id });
    const value = row?.[unit];
    return typeof value === 'string' ? value : undefined;
  }

  /** The unit that recorded a fact's first event; undefined while nothing is recorded under that id. */
  async unitOfFact(kind: FactStreamKind, id: string): Promise<string | undefined> {
    const [first] = await this.events.readStream(FACT_STREAMS[kind](id));
    return first?.metadata.unitId;
  }
}
