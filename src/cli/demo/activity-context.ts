import { Day } from '../../common/business-day';
import { Actor } from '../../event-store/event-store.port';
import { ratesOf, YearRates } from './activity-rates';
import { compactDay, dayStartMs } from './demo-clock';
import { DemoTimeline } from './demo-timeline';
import { Rng } from './prng';

/** What every activity generator needs while one day of the city is simulated. */
export interface ActivityContext {
  rng: Rng;
  timeline: DemoTimeline;
  /** Midnight of the simulated day in Shanghai, epoch ms. */
  dayStart: number;
  rates: YearRates;
  /** Platform-style ids numbered per day, e.g. YJ202504170012 for the 12th warning of the day. */
  nextId(prefix: string, width: number): string;
}

export const CASE_SYSTEM: Actor = { subject: 'case-system', role: 'RECORDER' };

export const stationRecorder = (stationId: string): Actor => ({ subject: `recorder-${stationId}`, role: 'RECORDER' });

export function activityContext(rng: Rng, timeline: DemoTimeline, day: Day): ActivityContext {
  const counters = new Map<string, number>();
  const date = compactDay(day);
  return {
    rng,
    timeline,
    dayStart: dayStartMs(day),
    rates: ratesOf(Number(day.slice(0, 4))),
    nextId(prefix, width) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}${date}${String(n).padStart(width, '0')}`;
    },
  };
}
