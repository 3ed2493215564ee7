import { dekadOf } from '../../common/business-day';
import { createApp } from '../../main';
import { RankingService } from '../../scoring/queries/ranking.service';
import { DEMO_DEFAULT_UNTIL } from '../demo/generate-demo-city';
import { ORGANIZATION_START } from '../demo/demo-organization';
import { benchRankingHttp } from './ranking-http.bench';
import { benchRankingService } from './ranking-service.bench';
import { Figure } from './report';
import { now, progress, sinceNs } from './stats';

export interface RankingBenchOptions {
  serviceIterations: number;
  serviceWarmup: number;
  httpIterations: number;
  httpWarmup: number;
}

/**
 * Boots the real service on the data directory phase 3 filled (process.env.DATA_DIR must point
 * there before this runs: the app reads its configuration when created) and measures rankings on
 * the last day of the demo city, in-process and over HTTP.
 */
export async function benchRanking(options: RankingBenchOptions): Promise<Figure[]> {
  const bootStart = now();
  const app = await createApp(false);
  await app.init();
  const bootNs = sinceNs(bootStart);
  progress(`service booted in ${(bootNs / 1e6).toFixed(0)} ms (projections already built)`);
  try {
    const day = { from: DEMO_DEFAULT_UNTIL, to: DEMO_DEFAULT_UNTIL };
    const { from, to } = dekadOf(DEMO_DEFAULT_UNTIL);
    const service = await benchRankingService(app.get(RankingService), {
      day,
      dekad: { from, to },
      firstDay: ORGANIZATION_START,
      iterations: options.serviceIterations,
      warmup: options.serviceWarmup,
    });
    await app.listen(0, '127.0.0.1');
    const http = await benchRankingHttp(`${await app.getUrl()}/graphql`, day, options.httpIterations, options.httpWarmup);
    return [{ section: '4 service', name: 'boot (createApp + init)', value: bootNs / 1e6, unit: 'ms' }, ...service, ...http];
  } finally {
    await app.close();
  }
}
