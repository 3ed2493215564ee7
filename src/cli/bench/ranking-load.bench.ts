import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../../config/app-config';
import { rebuildProjection } from '../../read-store/rebuild';
import { ALL_PROJECTIONS } from '../../app/projections';
import { buildDemoCity } from '../demo/demo-organization';
import { DEMO_DEFAULT_UNTIL } from '../demo/generate-demo-city';
import { seedDemoCity } from '../demo/seed-demo-city';
import { openEventStore, openReadStore } from '../../app/embedded-stores';
import { LoadResult, runLoad } from './autocannon-run';
import { isRanking, rankingBody, screenPeriods } from './ranking-queries';
import { Figure, Target } from './report';
import { ServiceProcess } from './service-process';
import { benchHeaders } from './bench-tokens';
import { explanationLatency } from './explanation.bench';

const screenHeaders = (dataDir: string) => benchHeaders(dataDir, 'LEADERSHIP');
import { progress } from './stats';
import { startWarningFeed } from './warning-feed';

const SECTION = '4 ranking load (GraphQL)';
const EXPLANATION_ROUNDS = 5;

export interface RankingLoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** The invalidated run appends a warning this often. */
  feedEveryMs: number;
  /** The service's WORKERS. */
  workers: number;
  /** Load generator processes sharing the connections. */
  generators: number;
}

/**
 * The ranking of every station chief of the demo city (seeded by phase 3 into `config.dataDir`)
 * under load: the real service in a child process (a cluster of `workers`), autocannon in this one, rotating through
 * screenPeriods (six period kinds, four days each). Three runs: QUERY_CACHE=off (every request
 * computed), QUERY_CACHE=on (after warm-up every answer comes from the cache), and QUERY_CACHE=on
 * while a new warning arrives every `feedEveryMs`, so each arrival drops the cached answers whose days it touches.
 */
export async function benchRankingLoad(config: AppConfig, options: RankingLoadOptions): Promise<Figure[]> {
  await ensureDemoCity(config);
  const stations = buildDemoCity().stations.map((s) => s.id);
  const bodies = screenPeriods(DEMO_DEFAULT_UNTIL).map((period) => rankingBody(period));
  const run: Run = {
    dataDir: config.dataDir,
    stations,
    bodies,
    options,
    // A leadership screen reads the rankings; its token is minted once the service made the data directory's secret.
    load: (url, seconds, countCacheHits = false) =>
      runLoad(
        {
          url,
          bodies,
          headers: screenHeaders(config.dataDir),
          connections: options.connections,
          seconds,
          check: 'ranking',
          countCacheHits,
        },
        options.generators,
      ),
    setting: `WORKERS=${options.workers}; ${options.generators} autocannon processes sharing ${options.connections} connections, ${options.seconds} s after ${options.warmupSeconds} s warm-up, ${bodies.length} distinct queries`,
  };
  return [...(await uncachedRun(run)), ...(await ceilingRuns(run)), ...(await cachedRuns(run))];
}

interface Run {
  dataDir: string;
  stations: string[];
  bodies: string[];
  options: RankingLoadOptions;
  load(url: string, seconds: number, countCacheHits?: boolean): Promise<LoadResult>;
  setting: string;
}

async function uncachedRun({ dataDir, stations, bodies, options, load, setting }: Run): Promise<Figure[]> {
  progress(`ranking load: service with QUERY_CACHE=off; autocannon ${setting}`);
  const { service, bootMs } = await ServiceProcess.start({ dataDir, queryCache: false, workers: options.workers });
  try {
    await checkAnswers(service.url, screenHeaders(dataDir), bodies, stations.length);
    await load(service.url, options.warmupSeconds);
    const uncached = await load(service.url, options.seconds);
    const explanations = await explanationLatency(SECTION, service.url, dataDir, stations, DEMO_DEFAULT_UNTIL, EXPLANATION_ROUNDS);
    return [
      { section: SECTION, name: 'service boot to ready (child process)', value: bootMs, unit: 'ms', note: scoreIndexNote(service) },
      ...loadFigures('uncached', uncached, { min: 1_500 }, `QUERY_CACHE=off; ${setting}`),
      ...explanations,
      serviceMemory(service, 'the uncached run'),
    ];
  } finally {
    await service.stop();
  }
}

/**
 * The uncached service with one worker against its ceiling: a bare Fastify + Mercurius (jit) server,
 * one process, answering the same queries with the answers the service gave, under the same load.
 * A ratio holds on a noisy machine where absolute figures do not.
 */
async function ceilingRuns({ dataDir, stations, bodies, options, load, setting }: Run): Promise<Figure[]> {
  const single = setting.replace(/^WORKERS=\d+/, 'one process each');
  progress('ranking load: the service (QUERY_CACHE=off, WORKERS=1) against a bare Fastify + Mercurius server');
  const { service } = await ServiceProcess.start({ dataDir, queryCache: false, workers: 1 });
  let answers: Array<[unknown, unknown]>;
  let measured: LoadResult;
  try {
    answers = await checkAnswers(service.url, screenHeaders(dataDir), bodies, stations.length);
    await load(service.url, options.warmupSeconds);
    measured = await load(service.url, options.seconds);
  } finally {
    await service.stop();
  }
  const file = join(dataDir, 'bare-answers.json');
  writeFileSync(file, JSON.stringify(answers));
  const { service: bare } = await ServiceProcess.start({
    dataDir,
    queryCache: false,
    script: join(__dirname, 'bare-ranking-server.js'),
    env: { BARE_ANSWERS: file },
  });
  try {
    await checkAnswers(bare.url, screenHeaders(dataDir), bodies, stations.length);
    await load(bare.url, options.warmupSeconds);
    const ceiling = await load(bare.url, options.seconds);
    return [
      {
        section: SECTION,
        name: 'uncached, one worker: share of a bare Fastify + Mercurius server',
        value: measured.perSecond / ceiling.perSecond,
        unit: 'ratio',
        target: { min: 0.5 },
        note: `${measured.perSecond.toFixed(0)} req/s against ${ceiling.perSecond.toFixed(0)} req/s (the same answers, precomputed); ${single}`,
      },
    ];
  } finally {
    await bare.stop();
  }
}

/** QUERY_CACHE=on: every answer cached after warm-up, then the same while new events keep arriving. */
async function cachedRuns({ dataDir, stations, bodies, options, load, setting }: Run): Promise<Figure[]> {
  progress('ranking load: service with QUERY_CACHE=on');
  const { service } = await ServiceProcess.start({ dataDir, queryCache: true, workers: options.workers });
  try {
    await checkAnswers(service.url, screenHeaders(dataDir), bodies, stations.length);
    await load(service.url, options.warmupSeconds);
    await expectCacheHit(service.url, screenHeaders(dataDir), bodies[0]);
    const cached = await load(service.url, options.seconds, true);

    progress(`ranking load: QUERY_CACHE=on with a new warning every ${options.feedEveryMs} ms`);
    const feed = startWarningFeed(
      service.url,
      benchHeaders(dataDir, 'RECORDER', stations),
      options.feedEveryMs,
      stations,
      DEMO_DEFAULT_UNTIL,
    );
    // stop() is idempotent: the second call returns what the first one waited for.
    const invalidated = await load(service.url, options.seconds, true).finally(() => feed.stop());
    const fed = await feed.stop();
    if (fed.failures.length) throw new Error(`receiveWarning failed during the load: ${fed.failures.slice(0, 3).join('; ')}`);
    const [p50, p99] = fed.roundTrips.percentiles(50, 99).map((ns) => ns / 1e6);
    const rate = fed.appended / invalidated.seconds;
    const events = `${rate.toFixed(1)} new events/s (receiveWarning every ${options.feedEveryMs} ms), each projected and dropping the cached rankings that read its day`;
    return [
      ...loadFigures('cached', cached, { min: 6_000 }, `QUERY_CACHE=on, every answer already cached; ${setting}`),
      ...loadFigures('cached, new events arriving', invalidated, { min: 6_000 }, `QUERY_CACHE=on, ${events}; ${setting}`),
      {
        section: SECTION,
        name: 'receiveWarning under that load: p50',
        value: p50,
        unit: 'ms',
        note: `${fed.appended} warnings appended, every one projected before its answer`,
      },
      { section: SECTION, name: 'receiveWarning under that load: p99', value: p99, unit: 'ms' },
      serviceMemory(service, 'the cached runs'),
    ];
  } finally {
    await service.stop();
  }
}

/** Phase 3 leaves the demo city seeded and projected; run alone (--only), this phase does both itself. */
export async function ensureDemoCity(config: AppConfig): Promise<void> {
  const events = openEventStore(config);
  try {
    if ((await seedDemoCity(events)).skipped) return;
    progress('ranking load: demo city seeded; rebuilding the projections');
    const reads = openReadStore(config);
    try {
      for (const projection of ALL_PROJECTIONS) await rebuildProjection(events, reads, projection);
    } finally {
      await reads.dispose();
    }
  } finally {
    await events.dispose();
  }
}

function loadFigures(name: string, r: LoadResult, target: Target, note: string): Figure[] {
  const failed = r.errors + r.timeouts + r.non2xx + r.mismatches;
  const hits =
    r.cacheHits !== undefined ? `; ${((100 * r.cacheHits) / r.requests).toFixed(1)}% answered from the cache (x-cache: hit)` : '';
  return [
    {
      section: SECTION,
      name: `${name}: requests/s`,
      value: r.perSecond,
      unit: 'req/s',
      target,
      note: `${note}; ${r.requests} answers of ${(r.bytesPerAnswer / 1024).toFixed(1)} KiB in ${r.seconds.toFixed(1)} s${hits}`,
    },
    { section: SECTION, name: `${name}: p50`, value: r.latency.p50, unit: 'ms' },
    {
      section: SECTION,
      name: `${name}: p99`,
      value: r.latency.p99,
      unit: 'ms',
      target: { max: 25 },
      note: `max ${r.latency.max.toFixed(1)} ms`,
    },
    {
      section: SECTION,
      name: `${name}: errors, non-2xx, bad bodies`,
      value: failed,
      unit: 'answers',
      target: { max: 0 },
      ...(failed > 0 && {
        note: `${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx, ${r.mismatches} not a ranking or with "errors"`,
      }),
    },
  ];
}

/** Every distinct request once, before the load: 200, no GraphQL error, every area ranked; the answers by their arguments. */
async function checkAnswers(
  url: string,
  headers: Record<string, string>,
  bodies: string[],
  areas: number,
): Promise<Array<[unknown, unknown]>> {
  const answers: Array<[unknown, unknown]> = [];
  for (const body of bodies) {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
    const text = await response.text();
    const ranking = response.ok && isRanking(text) ? (JSON.parse(text) as { data: { ranking: { rows: unknown[] } } }).data.ranking : null;
    if (ranking?.rows.length !== areas)
      throw new Error(
        `ranking query answered ${response.status} with ${ranking?.rows.length ?? -1} rows (expected ${areas}): ${text.slice(0, 300)} for ${body.slice(-120)}`,
      );
    answers.push([(JSON.parse(body) as { variables: unknown }).variables, ranking]);
  }
  return answers;
}

async function expectCacheHit(url: string, headers: Record<string, string>, body: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  await response.text();
  if (response.headers.get('x-cache') !== 'hit')
    throw new Error('QUERY_CACHE=on, yet a warmed-up ranking was not answered from the cache (no x-cache: hit)');
}

function scoreIndexNote(service: ServiceProcess): string {
  const built = service.scoreIndex;
  return built
    ? `the service logged "score index built from ${built.areaDays} area-days in ${built.ms} ms" (in the background)`
    : 'no score-index log line seen yet';
}

function serviceMemory(service: ServiceProcess, run: string): Figure {
  const { rssMb, peakMb } = service.memory();
  return {
    section: SECTION,
    name: `service RSS after ${run}`,
    value: rssMb,
    unit: 'MB',
    note: `peak ${peakMb.toFixed(0)} MB (VmHWM of pid ${service.pid})`,
  };
}
