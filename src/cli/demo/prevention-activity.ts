import { PreventionForm, PreventionTally, preventionStream } from '../../facts/prevention/events/prevention.events';
import { ActivityContext, stationRecorder } from './activity-context';
import { officeTime } from './demo-clock';
import { Rng } from './prng';

/** A few activities a month per station (seed 001: 十余场 in a spring's 大走访). */
const ACTIVITIES_PER_STATION_DAY = 0.1;
const FORMS = [
  ['GATHERING', 25],
  ['COMMUNITY', 30],
  ['SCHOOL', 12],
  ['ENTERPRISE', 12],
  ['ONLINE', 15],
  ['PERFORMANCE', 6],
] as const satisfies ReadonlyArray<readonly [PreventionForm, number]>;

/**
 * What one activity of a form counts. Calibrated so a year of the city is of the seeds' order: a
 * county hands out some 130,000 materials (seed 002: 16万余份), a station reaches a thousand or more
 * one to one (seed 001: 近12000名 in a campaign), and the city forms thousands of grid groups (seed
 * 004: 3.2万余个 over the years). Online pushes reach the most and hand out nothing on paper.
 */
function tallyOf(rng: Rng, form: PreventionForm): PreventionTally {
  const times = (people: number, min: number, max: number) => Math.round(people * rng.between(min, max));
  switch (form) {
    case 'GATHERING': {
      const people = rng.int(80, 400);
      return { peopleReached: people, oneToOne: times(people, 0, 0.2), materials: times(people, 1, 2), gridGroups: 0 };
    }
    case 'COMMUNITY': {
      const people = rng.int(30, 150);
      return { peopleReached: people, oneToOne: times(people, 0.6, 1), materials: times(people, 1, 3), gridGroups: rng.int(0, 3) };
    }
    case 'SCHOOL': {
      const people = rng.int(200, 1_200);
      return { peopleReached: people, oneToOne: rng.int(0, 30), materials: times(people, 0.5, 1.5), gridGroups: 0 };
    }
    case 'ENTERPRISE': {
      const people = rng.int(50, 300);
      return { peopleReached: people, oneToOne: times(people, 0.2, 0.6), materials: times(people, 1, 2), gridGroups: rng.int(0, 1) };
    }
    case 'ONLINE':
      return { peopleReached: rng.int(200, 2_000), oneToOne: 0, materials: 0, gridGroups: rng.int(3, 15) };
    case 'PERFORMANCE': {
      const people = rng.int(300, 1_500);
      return { peopleReached: people, oneToOne: 0, materials: times(people, 1, 3), gridGroups: 0 };
    }
  }
}

/**
 * The 宣防 activities the city's stations hold on a day, recorded by each station. Drawn from a
 * stream of its own (see CityActivity.contextOf), so the first facts of the demo stay as they were.
 */
export function simulatePrevention(ctx: ActivityContext, stations: ReadonlyArray<{ id: string }>): void {
  const { rng } = ctx;
  for (const station of stations) {
    for (let i = rng.poisson(ACTIVITIES_PER_STATION_DAY); i > 0; i -= 1) {
      const activityId = ctx.nextId('XF', 3);
      const stream = ctx.timeline.stream(preventionStream(activityId), {
        unitId: station.id,
        actor: stationRecorder(station.id),
        correlationId: activityId,
        delays: ctx.rng,
      });
      const form = rng.weighted(FORMS);
      stream.emit(officeTime(rng, ctx.dayStart), { type: 'PreventionActivityHeld', data: { activityId, form, ...tallyOf(rng, form) } });
    }
  }
}
