import { Day } from '../../common/business-day';
import { receiveWarningBody } from './ranking-queries';
import { now, Samples, sinceNs } from './stats';

export interface FeedResult {
  appended: number;
  /** receiveWarning round trips: it answers once the read models include the event. */
  roundTrips: Samples;
  failures: string[];
}

const MAX_FEED = 10_000;

/**
 * Sends a new warning through the `receiveWarning` mutation (as a recorder whose `headers` carry a
 * token serving the stations) every `everyMs` (each a new event, so
 * each answer means the projections applied a batch and every cached ranking was dropped), spread
 * over the stations, on `day`. A round trip longer than the interval delays the next one.
 */
export function startWarningFeed(
  url: string,
  headers: Record<string, string>,
  everyMs: number,
  stationIds: string[],
  day: Day,
): { stop(): Promise<FeedResult> } {
  const run = Date.now().toString(36);
  const result: FeedResult = { appended: 0, roundTrips: new Samples(MAX_FEED), failures: [] };
  let stopped = false;
  const loop = (async () => {
    const started = Date.now();
    for (let n = 0; !stopped && n < MAX_FEED; n++) {
      const wait = started + n * everyMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (stopped) break;
      const start = now();
      const body = receiveWarningBody(n, stationIds[n % stationIds.length], day, run);
      try {
        const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
        const text = await response.text();
        const answer = (JSON.parse(text) as { data?: { receiveWarning?: { projected: boolean; duplicate: boolean } } }).data
          ?.receiveWarning;
        if (!response.ok || !answer?.projected || answer.duplicate) throw new Error(`${response.status} ${text.slice(0, 200)}`);
        result.roundTrips.add(sinceNs(start));
        result.appended++;
      } catch (error) {
        result.failures.push(error instanceof Error ? error.message : String(error));
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return result;
    },
  };
}
