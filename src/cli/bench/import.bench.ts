import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store';
import { buildDemoCity } from '../demo/demo-organization';
import { seedDemoCity } from '../demo/seed-demo-city';
import { sendFactBatches } from './import-batch-endpoint';
import { ImportCliRun, runImportCli } from './import-cli';
import { writeWarningFile } from './import-warning-file';
import { Figure } from './report';
import { ServiceProcess } from './service-process';
import { now, progress, sinceNs } from './stats';

const SECTION = '8 import';
const MAPPING = 'warning-platform-instructions';
/** The small import that sets the read models up and gives the command's fixed cost (start-up, shutdown). */
const WARM_UP_ROWS = 1_000;

export interface ImportOptions {
  /** Rows of the timed import and of the crashed one. */
  rows: number;
  /** Rows of the file whose peak memory is measured; a dry run unless `peakReal`. */
  peakRows: number;
  peakReal: boolean;
  /** The crashed import is killed once its progress file says this share of the rows is done. */
  killAt: number;
  http: { requests: number; factsPerRequest: number; connections: number };
}

/**
 * Sized for minutes at today's speed. BENCH_IMPORT_ROWS_PEAK: the rows of the peak-memory file
 * (1,000,000 by default, the target's); BENCH_IMPORT_PEAK_REAL=1 imports it instead of a dry run.
 */
export function importOptions(env = process.env): ImportOptions {
  const peakRows = Number(env.BENCH_IMPORT_ROWS_PEAK ?? 1_000_000);
  if (!(Number.isInteger(peakRows) && peakRows >= 1_000))
    throw new Error(`BENCH_IMPORT_ROWS_PEAK must be a whole number of at least 1000, got ${env.BENCH_IMPORT_ROWS_PEAK}`);
  return {
    rows: 200_000,
    peakRows,
    peakReal: env.BENCH_IMPORT_PEAK_REAL === '1',
    killAt: 0.4,
    http: { requests: 30, factsPerRequest: 1_000, connections: 2 },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * `npm run import` of warning-platform exports into the demo city's organisation (seeded to its
 * first day in a data directory of this phase's own), each run a child process of the built command:
 * a file imported end to end and its events counted, the peak memory on a large file, a crash
 * (SIGKILL) and a resume, then the `recordFacts` batch endpoint of the service over HTTP.
 */
export async function benchImport(scratchDir: string, options = importOptions()): Promise<Figure[]> {
  const work = join(scratchDir, 'import');
  const dataDir = join(work, 'data');
  mkdirSync(dataDir, { recursive: true });
  progress('import: seeding the demo organisation (to 2025-01-01) into a data directory of its own');
  await withStore(dataDir, (store) => seedDemoCity(store, { until: '2025-01-01' }));

  const files = {
    warmUp: join(work, 'warnings-warm-up.csv'),
    timed: join(work, 'warnings.csv'),
    crashed: join(work, 'warnings-crashed.csv'),
    peak: join(work, 'warnings-peak.csv'),
  };
  const writeStart = now();
  await writeWarningFile(files.warmUp, WARM_UP_ROWS, 'YJW');
  await writeWarningFile(files.timed, options.rows, 'YJT');
  await writeWarningFile(files.crashed, options.rows, 'YJC');
  await writeWarningFile(files.peak, options.peakRows, 'YJP');
  progress(
    `import: CSV files of ${count(options.rows)} (twice) and ${count(options.peakRows)} rows written in ${seconds(sinceNs(writeStart) / 1e6)}`,
  );

  const timed = await timedImport(dataDir, files, options);
  const figures: Figure[] = [...timed.figures];
  figures.push(...(await crashAndResume(dataDir, files.crashed, options, timed.wallMs)));
  figures.push(...(await peakMemory(dataDir, files.peak, options)));
  figures.push(...(await batchEndpoint(dataDir, options)));
  return figures;
}

/** The warm-up import (read models built, the command's fixed cost), then the timed one, its events counted. */
async function timedImport(
  dataDir: string,
  files: { warmUp: string; timed: string },
  options: ImportOptions,
): Promise<{ figures: Figure[]; wallMs: number }> {
  progress(`import: warm-up import of ${count(WARM_UP_ROWS)} rows (builds the read models of the seeded organisation)`);
  const warmUp = expectClean(await importFile(dataDir, files.warmUp), WARM_UP_ROWS);
  progress(`import: ${count(WARM_UP_ROWS)} rows in ${seconds(warmUp.wallMs)}; now ${count(options.rows)} rows`);

  const before = await withStore(dataDir, (store) => store.headPosition());
  const run = expectClean(await importFile(dataDir, files.timed, options.rows), options.rows);
  const appended = await countEvents(dataDir, before);
  if (appended.events !== options.rows || appended.keys !== options.rows)
    throw new Error(`the import of ${options.rows} rows appended ${appended.events} events with ${appended.keys} distinct keys`);
  const endToEnd = options.rows / (run.wallMs / 1000);
  const steady = run.cliRowsPerSecond ?? Number.NaN;
  const fixedMs = run.wallMs - (options.rows / steady) * 1000;
  progress(
    `import: ${count(options.rows)} rows in ${seconds(run.wallMs)} (${endToEnd.toFixed(0)} rows/s), ${count(appended.events)} events appended`,
  );
  const figures: Figure[] = [
    {
      section: SECTION,
      name: `warnings file → read models, ${count(options.rows)} rows: rows/s`,
      value: endToEnd,
      unit: 'rows/s',
      target: { min: 20_000 },
      note:
        `node dist/cli/import.js <CSV of ${count(options.rows)} receive-only rows> --mapping ${MAPPING}, embedded store, from spawn to exit: ${seconds(run.wallMs)} ` +
        `(first batch of 1,000 recorded ${seconds(run.firstBatchMs ?? Number.NaN)} after spawn); the event log grew by exactly ${count(appended.events)} events, ` +
        `${count(appended.keys)} distinct idempotency keys (counted afterwards)`,
    },
    {
      section: SECTION,
      name: 'warnings file, excluding start-up: rows/s',
      value: steady,
      unit: 'rows/s',
      note: `the command's own rate (its progress bar: from the app up to the last batch); start-up and shutdown took the other ${seconds(fixedMs)}`,
    },
    {
      section: SECTION,
      name: `import of ${count(WARM_UP_ROWS)} rows, spawn to exit`,
      value: warmUp.wallMs,
      unit: 'ms',
      note: `the command's fixed cost (Nest app up and down) plus one batch; the first run on the data directory, it also projected the seeded organisation`,
    },
    {
      section: SECTION,
      name: `peak RSS, real import of ${count(options.rows)} rows`,
      value: run.peakRssMb ?? Number.NaN,
      unit: 'MB',
      note: `the child's maxRSS at exit; ${rssTrend(run, options.rows)}`,
    },
  ];
  return { figures, wallMs: run.wallMs };
}

/** An import killed with SIGKILL once its progress file says `killAt` of the rows are done, then the same command again. */
async function crashAndResume(dataDir: string, file: string, options: ImportOptions, cleanWallMs: number): Promise<Figure[]> {
  const killAtRows = Math.ceil(options.rows * options.killAt);
  progress(`import: ${count(options.rows)} rows, killed (SIGKILL) once ${count(killAtRows)} are done, then run again`);
  const before = await withStore(dataDir, (store) => store.headPosition());
  const killed = await importFile(dataDir, file, options.rows, killAtRows);
  if (killed.signal !== 'SIGKILL') throw new Error(`the import was to be killed, yet it ended with code ${killed.code}`);
  const partway = await countEvents(dataDir, before);
  progress(`import: killed at ${count(killed.killedAtRows ?? 0)} rows saved, ${count(partway.events)} events in the log; resuming`);
  const resumed = await importFile(dataDir, file, options.rows);
  if (resumed.code !== 0) throw new Error(`the resumed import exited with code ${resumed.code}:\n${resumed.output.slice(-10).join('\n')}`);
  const appended = await countEvents(dataDir, before);
  // Each row is one fact, one event: a row recorded twice is an extra event, a row lost a missing key.
  const notOnce = options.rows - appended.keys + (appended.events - appended.keys);
  // What the crash cost: the work since the last batch saved, which the kill threw away, and the
  // second start-up (spawn to the first batch recorded, less that batch at the run's own rate).
  const batchMs = (1_000 / (resumed.cliRowsPerSecond ?? Number.NaN)) * 1_000;
  const thrownAwayMs = killed.wallMs - (killed.lastBatchMs ?? Number.NaN);
  const restartMs = (resumed.firstBatchMs ?? Number.NaN) - batchMs;
  return [
    {
      section: SECTION,
      name: `crash and resume, ${count(options.rows)} rows: events appended`,
      value: appended.events,
      unit: 'events',
      target: { min: options.rows },
      note:
        `killed with SIGKILL when its progress file said ${count(killed.killedAtRows ?? 0)} rows done (${count(partway.events)} events in the log then, ` +
        `after ${seconds(killed.wallMs)}); the same command carried on from spreadsheet row ${count(resumed.resumedFromRow ?? 0)} (the header is row 1) and answered ` +
        `${count(resumed.counts?.duplicates ?? 0)} facts as duplicates (the batch in flight when killed) in ${seconds(resumed.wallMs)}`,
    },
    {
      section: SECTION,
      name: 'crash and resume: rows not recorded exactly once',
      value: notOnce,
      unit: 'rows',
      target: { max: 0 },
      note: `${count(appended.events)} events, ${count(appended.keys)} distinct idempotency keys, for ${count(options.rows)} rows`,
    },
    {
      section: SECTION,
      name: 'crash and resume: time lost',
      value: (thrownAwayMs + restartMs) / 1000,
      unit: 's',
      note:
        `${seconds(thrownAwayMs)} of work since the last batch saved, thrown away by the kill, and ${seconds(restartMs)} for the second start-up ` +
        `(spawn to its first batch recorded, less one batch); both runs from spawn to exit took ${seconds(killed.wallMs)} + ${seconds(resumed.wallMs)}, ` +
        `the uninterrupted import of as many rows above ${seconds(cleanWallMs)}`,
    },
  ];
}

/** The peak memory of the command on the large file: a dry run by default (every row read, mapped, validated and decided; nothing appended). */
async function peakMemory(dataDir: string, file: string, options: ImportOptions): Promise<Figure[]> {
  const kind = options.peakReal ? 'import' : 'dry run';
  progress(`import: ${kind} of ${count(options.peakRows)} rows for its peak memory`);
  const run = await importFile(dataDir, file, options.peakRows, undefined, !options.peakReal);
  if (run.code !== 0 || run.counts?.recorded !== options.peakRows)
    throw new Error(`the ${kind} of ${options.peakRows} rows ended with code ${run.code}:\n${run.output.slice(-10).join('\n')}`);
  const smaller =
    options.peakRows < 1_000_000 ? `; BENCH_IMPORT_ROWS_PEAK=${options.peakRows}, fewer than the target's 1,000,000 rows` : '';
  const what = options.peakReal
    ? 'a real import (BENCH_IMPORT_PEAK_REAL=1)'
    : '`--dry-run`: every row read, mapped, validated, authorised and decided against the store, nothing appended or projected (BENCH_IMPORT_PEAK_REAL=1 imports it for real)';
  return [
    {
      section: SECTION,
      name: `peak RSS, ${kind} of ${count(options.peakRows)} rows`,
      value: run.peakRssMb ?? Number.NaN,
      unit: 'MB',
      target: { max: 500 },
      note: `${what}; the child's maxRSS at exit; ${count(options.peakRows)} rows in ${seconds(run.wallMs)} (${(run.cliRowsPerSecond ?? Number.NaN).toFixed(0)} rows/s by the command); ${rssTrend(run, options.peakRows)}${smaller}`,
    },
  ];
}

/** The service on the same data directory, and `recordFacts` batches of new warnings as a system recorder sends them. */
async function batchEndpoint(dataDir: string, options: ImportOptions): Promise<Figure[]> {
  const { requests, factsPerRequest, connections } = options.http;
  progress(`import: recordFacts over HTTP, ${requests} requests of ${count(factsPerRequest)} facts, ${connections} connections`);
  const { service } = await ServiceProcess.start({ dataDir, queryCache: true, workers: 1 });
  const stationIds = buildDemoCity().stations.map((s) => s.id);
  let result;
  let before = 0n;
  try {
    before = await withStore(dataDir, (store) => store.headPosition());
    result = await sendFactBatches(service.url, dataDir, stationIds, options.http);
  } finally {
    await service.stop();
  }
  const appended = await countEvents(dataDir, before);
  const sent = (requests + 1) * factsPerRequest;
  if (result.problems.length) progress(`import: facts not recorded, e.g. ${result.problems.join(' | ')}`);
  const [p50, p99] = result.perRequest.percentiles(50, 99).map((ns) => ns / 1e6);
  return [
    {
      section: SECTION,
      name: `recordFacts over HTTP, ${count(factsPerRequest)} facts a request: facts/s`,
      value: result.recorded / result.seconds,
      unit: 'facts/s',
      target: { min: 5_000 },
      note:
        `receiveWarning facts of the demo city's stations, a SYSTEM recorder token serving the city; ${requests} requests after 1 untimed, ` +
        `${connections} senders each sending its next when its answer arrives, ${result.seconds.toFixed(1)} s; ` +
        `${(result.bodyBytes / 1024).toFixed(0)} KiB a request (the service takes bodies up to 1 MiB); the service as \`npm start\` runs it (WORKERS=1, QUERY_CACHE=on); ` +
        `facts/s counts the facts answered RECORDED; ${count(appended.events)} events appended for ${count(sent)} facts sent`,
    },
    { section: SECTION, name: 'recordFacts request: p50', value: p50, unit: 'ms' },
    { section: SECTION, name: 'recordFacts request: p99', value: p99, unit: 'ms' },
    {
      section: SECTION,
      name: 'recordFacts: facts not answered RECORDED',
      value: result.notRecorded + Math.abs(sent - appended.events),
      unit: 'facts',
      target: { max: 0 },
      ...(result.problems.length > 0 && { note: result.problems.join(' | ').slice(0, 400) }),
    },
  ];
}

function importFile(dataDir: string, file: string, rows = WARM_UP_ROWS, killAtRows?: number, dryRun = false): Promise<ImportCliRun> {
  const label = dryRun ? 'dry run' : 'import';
  return runImportCli({
    dataDir,
    file,
    mapping: MAPPING,
    dryRun,
    killAtRows,
    onProgress: (done) => progress(`import:   ${label} ${count(done)} / ${count(rows)} rows`),
  });
}

/** A run that ended well and recorded every row once. */
function expectClean(run: ImportCliRun, rows: number): ImportCliRun {
  const counts = run.counts;
  if (run.code !== 0 || counts?.recorded !== rows || counts.duplicates || counts.refused || counts.rowsWithProblems)
    throw new Error(`the import of ${rows} rows ended with code ${run.code}:\n${run.output.slice(-10).join('\n')}`);
  return run;
}

/** The child's resident set size at a quarter, half, three quarters of the rows and at the end, from its samples. */
function rssTrend(run: ImportCliRun, rows: number): string {
  const samples = run.rssSamples;
  if (!samples.length) return 'no RSS samples';
  const at = (share: number) => samples.find((s) => s.rows >= rows * share) ?? samples[samples.length - 1];
  const points = [0.25, 0.5, 0.75].map((share) => `${at(share).rssMb.toFixed(0)} MB at ${count(at(share).rows)} rows`);
  return `RSS ${points.join(', ')}, ${samples[samples.length - 1].rssMb.toFixed(0)} MB at the end`;
}

/** The events appended after `position`, and how many distinct idempotency keys they carry. */
async function countEvents(dataDir: string, position: bigint): Promise<{ events: number; keys: number }> {
  return withStore(dataDir, async (store) => {
    const keys = new Set<string>();
    let events = 0;
    for await (const batch of store.readAll(position)) {
      for (const event of batch) {
        events++;
        keys.add(event.metadata.idempotencyKey);
      }
    }
    return { events, keys: keys.size };
  });
}

async function withStore<T>(dataDir: string, use: (store: SqliteEventStore) => Promise<T>): Promise<T> {
  const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
  try {
    return await use(store);
  } finally {
    await store.dispose();
  }
}
