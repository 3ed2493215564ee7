import { INestApplication } from '@nestjs/common';
import { createApp } from '../../app/app';
import { AppConfig } from '../../config/app-config';
import { Day, addDays } from '../../common/business-day';
import { PeriodRequest } from '../../scoring/domain/resolve-period';
import { RankingService } from '../../scoring/queries/ranking.service';
import { ScoreIndexService } from '../../scoring/queries/score-index.service';
import { DEMO_DEFAULT_UNTIL } from '../demo/demo-defaults';
import { ensureDemoCity } from './ranking-load.bench';
import { Figure } from './report';
import { now, progress, sinceNs, timeCalls, withEnv } from './stats';

const SECTION = '10 as of an instant';
/** The month before the demo's last, read the way leadership reads it: three days after it ended, at 09:00. */
const lastMonth = (until: Day) => addDays(`${until.slice(0, 7)}-01`, -1);
const morningAfter = (day: Day, days: number) => `${addDays(day, days)}T09:00:00+08:00`;

/**
 * Month rankings of station chiefs "as known at" an instant on the demo city: cold (the index as
 * it stood built from the live one) and once computed, for a recent instant and one ten months back.
 */
export async function benchAsOf(config: AppConfig): Promise<Figure[]> {
  await ensureDemoCity(config);
  const app = await withEnv({ DATA_DIR: config.dataDir, QUERY_CACHE: 'off' }, async () => {
    const created = await createApp(false);
    await created.init();
    return created;
  });
  try {
    await app.get(ScoreIndexService).current();
    const month = lastMonth(DEMO_DEFAULT_UNTIL);
    const january = `${DEMO_DEFAULT_UNTIL.slice(0, 4)}-01-31`;
    return [
      ...(await asOfFigures(app, SECTION, 'demo city', { kind: 'MONTH', day: month }, morningAfter(month, 3), { cold: 2_000 })),
      ...(await asOfFigures(app, SECTION, 'demo city, ten months back', { kind: 'MONTH', day: january }, morningAfter(january, 3), {})),
    ];
  } finally {
    await app.close();
  }
}

/** Times one as-of ranking cold, then warm (20 calls on the kept index); `targets` in ms. */
export async function asOfFigures(
  app: INestApplication,
  section: string,
  label: string,
  period: PeriodRequest,
  asOf: string,
  targets: { cold?: number },
): Promise<Figure[]> {
  const rankings = app.get(RankingService);
  const rank = () => rankings.ranking('STATION_CHIEF', period, {}, undefined, asOf);
  const start = now();
  const rows = (await rank()).rows.length;
  const coldMs = sinceNs(start) / 1e6;
  const warm = await timeCalls(20, rank);
  const [p50] = warm.percentiles(50);
  progress(`as-of ${label}: ${rows} rows, cold ${coldMs.toFixed(0)} ms, warm p50 ${(p50 / 1e6).toFixed(1)} ms`);
  const name = `station chiefs' month ranking as known at ${asOf} (${label})`;
  return [
    { section, name: `${name}: cold`, value: coldMs, unit: 'ms', ...(targets.cold && { target: { max: targets.cold } }) },
    { section, name: `${name}: once computed, p50`, value: p50 / 1e6, unit: 'ms', target: { max: 50 } },
  ];
}
