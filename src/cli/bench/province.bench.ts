import { join } from 'node:path';
import { Day, addDays } from '../../common/business-day';
import { createApp } from '../../app/app';
import { benchHeaders } from './bench-tokens';
import { ChiefRole } from '../../organization/events/organization.events';
import { RankingService } from '../../scoring/queries/ranking.service';
import { ScoreIndexService } from '../../scoring/queries/score-index.service';
import { ALL_PROJECTIONS } from '../../app/projections';
import { DEMO_DEFAULT_UNTIL } from '../demo/generate-demo-city';
import { writeProvince } from './province-data';
import { measureIndexBuild } from './province-index';
import { buildProvince } from './province-organization';
import { rankingBody } from './ranking-queries';
import { Figure } from './report';
import { collectGarbage, now, progress, rssMb, Samples, sinceNs, timeCalls, withEnv } from './stats';
import { asOfFigures } from './as-of.bench';

const SECTION = '5 province (1,500 areas)';
/** Year to date: the province's events run from 1 January to the demo city's last day. */
const FROM: Day = `${DEMO_DEFAULT_UNTIL.slice(0, 4)}-01-01`;
const UNTIL: Day = DEMO_DEFAULT_UNTIL;
const YEAR_TO_DATE = { kind: 'YEAR_TO_DATE', day: UNTIL } as const;
const ROLES: Array<{ role: ChiefRole; label: string; target?: boolean }> = [
  { role: 'STATION_CHIEF', label: 'station chiefs', target: true },
  { role: 'COUNTY_CHIEF', label: 'county chiefs' },
  { role: 'BUREAU_LEADER', label: 'bureau leaders' },
];

export interface ProvinceOptions {
  calls: number;
  warmup: number;
  httpRequests: number;
}

/**
 * A province-sized organisation (see buildProvince) with a year to date of events (writeProvince),
 * then the service on it in-process with QUERY_CACHE=off: year-to-date rankings from
 * RankingService (every call computed), the station-chief ranking over GraphQL/HTTP, and the
 * score index's build time and size.
 */
export async function benchProvince(scratchDir: string, options: ProvinceOptions): Promise<Figure[]> {
  const dataDir = join(scratchDir, 'province');
  const province = buildProvince();
  const data = await writeProvince(dataDir, province, FROM, UNTIL);
  collectGarbage();

  const bootStart = now();
  const app = await withEnv({ DATA_DIR: dataDir, QUERY_CACHE: 'off', RATE_LIMIT_PER_MINUTE: '0' }, async () => {
    const created = await createApp(false);
    await created.init();
    return created;
  });
  try {
    // The service starts building its score index at start-up; the first ranking waits for it.
    await app.get(ScoreIndexService).current();
    const bootNs = sinceNs(bootStart);
    progress(`province: service up with its score index in ${(bootNs / 1e6).toFixed(0)} ms; timing a second build`);
    const build = await measureIndexBuild(app);
    collectGarbage();
    const rss = rssMb();

    const rankings = app.get(RankingService);
    const services: Figure[] = [];
    for (const { role, label, target } of ROLES) {
      const rows = (await rankings.ranking(role, YEAR_TO_DATE, {}, UNTIL)).rows.length;
      progress(`province: ${label} year to date, ${options.calls} calls after ${options.warmup} warm-up (${rows} rows)`);
      const samples = await timeCalls(options.calls, () => rankings.ranking(role, YEAR_TO_DATE, {}, UNTIL), options.warmup);
      services.push(...serviceFigures(`${label} YTD (service, ${rows} rows)`, samples, target));
    }

    const month = addDays(`${UNTIL.slice(0, 7)}-01`, -1);
    const asOf = await asOfFigures(app, SECTION, 'province', { kind: 'MONTH', day: month }, `${addDays(month, 3)}T09:00:00+08:00`, {
      cold: 10_000,
    });

    await app.listen(0, '127.0.0.1');
    const http = await timeGraphql(
      `${await app.getUrl()}/graphql`,
      benchHeaders(dataDir, 'LEADERSHIP'),
      options.httpRequests,
      province.stations.length,
    );
    const seconds = (ns: number) => `${(ns / 1e9).toFixed(1)} s`;
    return [
      {
        section: SECTION,
        name: 'generate + append events',
        value: data.events / (data.appendNs / 1e9),
        unit: 'events/s',
        note: `${data.events} events ${FROM}..${UNTIL} through EventStore.append, ${seconds(data.appendNs)}`,
      },
      {
        section: SECTION,
        name: `rebuild all ${ALL_PROJECTIONS.length} projections`,
        value: data.rebuildNs / 1e9,
        unit: 's',
        target: { max: 25 },
        note: 'as npm run rebuild does: the trails in a worker thread into their own file, the others here, each from one read of the log',
      },
      { section: SECTION, name: 'service boot (createApp + init + score index)', value: bootNs / 1e6, unit: 'ms' },
      {
        section: SECTION,
        name: 'score index build',
        value: build.ms,
        unit: 'ms',
        note: `a second ScoreIndexService on the same read models; heap + array buffers grew ${build.mb.toFixed(0)} MB`,
      },
      {
        section: SECTION,
        name: 'RSS with the province service up (after gc)',
        value: rss,
        unit: 'MB',
        note: 'this process, with the service in-process and its score index built',
      },
      ...services,
      ...asOf,
      ...httpFigures(http.samples, options.httpRequests, http.bytes),
    ];
  } finally {
    await app.close();
  }
}

function serviceFigures(name: string, samples: Samples, target?: boolean): Figure[] {
  const [p50, p99] = samples.percentiles(50, 99);
  return [
    { section: SECTION, name: `${name}: p50`, value: p50 / 1e6, unit: 'ms' },
    { section: SECTION, name: `${name}: p99`, value: p99 / 1e6, unit: 'ms', ...(target && { target: { max: 50 } }) },
  ];
}

function httpFigures(samples: Samples, requests: number, bytes: number): Figure[] {
  const [p50, max] = samples.percentiles(50, 100);
  const name = 'station chiefs YTD over GraphQL/HTTP';
  const note = `${requests} requests one at a time after one untimed; ${(bytes / 1024).toFixed(0)} KiB answer with the load phase's selection`;
  return [
    { section: SECTION, name: `${name}: p50`, value: p50 / 1e6, unit: 'ms', note },
    { section: SECTION, name: `${name}: max`, value: max / 1e6, unit: 'ms' },
  ];
}

/** Sequential POSTs of the station-chief ranking (after one untimed), each checked for all areas and no errors. */
async function timeGraphql(
  url: string,
  headers: Record<string, string>,
  requests: number,
  areas: number,
): Promise<{ samples: Samples; bytes: number }> {
  const body = rankingBody(YEAR_TO_DATE);
  let bytes = 0;
  const request = async () => {
    const response = await fetch(url, { method: 'POST', headers, body });
    const text = await response.text();
    const rows =
      response.ok && !text.includes('"errors"')
        ? (JSON.parse(text) as { data: { ranking: { rows: unknown[] } } }).data.ranking.rows.length
        : -1;
    if (rows !== areas) throw new Error(`province ranking answered ${response.status} with ${rows} rows: ${text.slice(0, 300)}`);
    bytes = Buffer.byteLength(text);
  };
  progress(`province: ${requests} GraphQL requests to ${url}`);
  return { samples: await timeCalls(requests, request, 1), bytes };
}
