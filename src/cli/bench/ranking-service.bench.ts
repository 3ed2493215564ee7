import { addDays, Day, daysBetween } from '../../common/business-day';
import { Period } from '../../scoring/domain/periods';
import { RankingService } from '../../scoring/queries/ranking.service';
import { Figure } from './report';
import { progress, Samples, timeCalls } from './stats';

const SECTION = '4a ranking (service)';

export interface RankingServiceOptions {
  day: Period;
  dekad: Period;
  /** Every day with data: the uncached run asks for each once. */
  firstDay: Day;
  iterations: number;
  warmup: number;
}

/**
 * RankingService.defenseAreaRanking in-process: the cost of a ranking request without GraphQL and
 * HTTP. The same period asked repeatedly is what a dashboard does, and is served from any result
 * cache the service keeps; asking each day of the city once defeats any cache keyed on the period,
 * so that row shows what computing a ranking from the read models costs.
 */
export async function benchRankingService(ranking: RankingService, options: RankingServiceOptions): Promise<Figure[]> {
  const { day, dekad, iterations, warmup } = options;
  const rows = await ranking.defenseAreaRanking(day);
  progress(`ranking service: ${rows.length} areas; ${iterations} calls for ${day.from} after ${warmup} warm-up`);
  const single = await timeCalls(iterations, () => ranking.defenseAreaRanking(day), warmup);
  progress(`ranking service: ${iterations} calls for the dekad ${dekad.from}..${dekad.to}`);
  const tenDays = await timeCalls(iterations, () => ranking.defenseAreaRanking(dekad), warmup);

  // Two-day periods warm the computing path without putting any single day in a cache.
  const days = daysBetween(options.firstDay, day.to);
  const dayAt = (i: number) => addDays(options.firstDay, i % days);
  progress(`ranking service: each of ${days} days once (uncached), after ${warmup} two-day warm-up calls`);
  for (let i = 0; i < warmup; i++) await ranking.defenseAreaRanking({ from: dayAt(i), to: addDays(dayAt(i), 1) });
  const distinct = await timeCalls(days, (i) => ranking.defenseAreaRanking({ from: dayAt(i), to: dayAt(i) }));

  return [
    { section: SECTION, name: 'areas ranked', value: rows.length, unit: 'areas' },
    ...figures(`1 day, same day x${iterations}`, single, true, 'one period repeated: served from the result cache when the service keeps one'),
    ...figures(`10-day dekad x${iterations}`, tenDays, false),
    ...figures(`1 day, each of ${days} days once`, distinct, false, 'no period repeats: the cost of computing a ranking from the read models'),
  ];
}

function figures(name: string, samples: Samples, withTarget: boolean, note?: string): Figure[] {
  const [p50, p99] = samples.percentiles(50, 99);
  return [
    { section: SECTION, name: `${name}: p50`, value: p50 / 1e6, unit: 'ms' },
    { section: SECTION, name: `${name}: p99`, value: p99 / 1e6, unit: 'ms', ...(withTarget && { target: { max: 1 } }), ...(note && { note }) },
  ];
}
