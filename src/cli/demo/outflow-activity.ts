import { outflowStream, ReturnWay } from '../../facts/outflow/events/outflow.events';
import { ActivityContext, stationRecorder } from './activity-context';
import { DAY_MS, officeTime } from './demo-clock';

/** A handful of people a year per county found gone abroad for fraud (Sanming's 外流, seed 004). */
const IDENTIFIED_PER_COUNTY_DAY = 5 / 365;
const DESTINATIONS = [
  ['缅甸', 40],
  ['柬埔寨', 25],
  ['老挝', 12],
  ['菲律宾', 10],
  ['泰国', 8],
  ['阿联酋', 5],
] as const;
/** Most are persuaded back (劝返, 乡警 and family), some sent back or come back of themselves, a few stay abroad. */
const OUTCOMES = [
  ['PERSUADED', 70],
  ['REPATRIATED', 8],
  ['SELF_RETURNED', 10],
  [null, 12],
] as const satisfies ReadonlyArray<readonly [ReturnWay | null, number]>;
const KNOWN_DEPARTURE = 0.8;

/**
 * People a county's stations find gone abroad on a day, each at a station of the county drawn at
 * random, and their return weeks or months later (scheduled now, counted on its own day). Drawn from
 * a stream of its own (see CityActivity.contextOf), so the first facts of the demo stay as they were.
 */
export function simulateOutflow(ctx: ActivityContext, counties: ReadonlyArray<{ stationIds: readonly string[] }>): void {
  const { rng } = ctx;
  for (const county of counties) {
    for (let i = rng.poisson(IDENTIFIED_PER_COUNTY_DAY); i > 0; i -= 1) {
      const stationId = rng.pick(county.stationIds);
      const personId = ctx.nextId('WL', 2);
      const stream = ctx.timeline.stream(outflowStream(personId), {
        unitId: stationId,
        actor: stationRecorder(stationId),
        correlationId: personId,
        delays: ctx.rng,
      });
      const identifiedAt = officeTime(rng, ctx.dayStart);
      const abroadSince = rng.chance(KNOWN_DEPARTURE) ? new Date(identifiedAt - rng.int(30, 400) * DAY_MS).toISOString() : null;
      stream.emit(identifiedAt, { type: 'OutflowRegistered', data: { personId, destination: rng.weighted(DESTINATIONS), abroadSince } });
      const way = rng.weighted(OUTCOMES);
      if (way) stream.emit(officeTime(rng, ctx.dayStart + rng.int(20, 240) * DAY_MS), { type: 'OutflowReturned', data: { personId, way } });
    }
  }
}
