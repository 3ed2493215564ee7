import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../config/app-config';
import { benchAsOf } from './as-of.bench';
import { benchBatchedAppends } from './append-batch.bench';
import { benchSingleAppends } from './append-single.bench';
import { benchImport } from './import.bench';
import { benchIntegrity } from './integrity.bench';
import { benchMongoReplay } from './replay-mongo.bench';
import { benchProvince } from './province.bench';
import { benchRankingLoad } from './ranking-load.bench';
import { benchReplay } from './replay.bench';
import { benchWeb } from './web.bench';
import { Figure, formatTable, summary, writeJson } from './report';
import { collectGarbage, peakRssMb, progress, rssMb } from './stats';

/** Sized to finish in about five minutes on a 2-core machine (the province phase takes about half). */
const SINGLE_APPENDS = 20_000;
const BATCHES = 1_200;
const BATCH_SIZE = 100;
/** autocannon against the service in a child process; 10 connections saturate it on 2 cores (see README). */
// The service runs as in production on this machine: one worker per core (WORKERS=auto).
const RANKING_LOAD = { connections: 10, seconds: 10, warmupSeconds: 3, feedEveryMs: 100, workers: availableParallelism(), generators: 2 };
const PROVINCE = { calls: 50, warmup: 5, httpRequests: 10 };
const WEB = { navigations: 10, lighthouseRuns: 3 };

interface Phase {
  name: string;
  run(): Promise<Figure[]>;
}

/**
 * `npm run bench [-- --json <file>] [-- --only <phase,…>]`: throughput and latency of the event
 * store, the replay, the ranking under load and a province-sized ranking, each against its target,
 * in a temporary data directory removed at the end.
 */
async function main() {
  const jsonFile = option(process.argv.slice(2), 'json');
  const only = option(process.argv.slice(2), 'only')?.split(',');
  const dir = mkdtempSync(join(tmpdir(), 'anti-fraud-bench-'));
  // The service and the replay share this directory, as `npm run rebuild` and the server do.
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  process.env.DATA_DIR = dataDir;
  // The ranking phases measure the embedded store; MongoDB only gets the replay phase below.
  const mongodbUri = process.env.MONGODB_URI;
  delete process.env.MONGODB_URI;
  delete process.env.KURRENTDB_URL;
  const config = loadConfig();
  if (!(globalThis as { gc?: unknown }).gc) progress('note: run with node --expose-gc to collect garbage between phases');
  progress(`working in ${dir}`);

  const phases: Phase[] = [
    { name: 'single appends', run: () => benchSingleAppends(dir, SINGLE_APPENDS) },
    { name: 'batched appends', run: () => benchBatchedAppends(dir, BATCHES, BATCH_SIZE) },
    { name: 'replay', run: () => benchReplay(config, dir) },
    { name: 'replay into MongoDB', run: () => benchMongoReplay(dir, mongodbUri) },
    { name: 'ranking load', run: () => benchRankingLoad(config, RANKING_LOAD) },
    { name: 'province', run: () => benchProvince(dir, PROVINCE) },
    { name: 'web', run: () => benchWeb(config, WEB) },
    { name: 'import', run: () => benchImport(dir) },
    { name: 'integrity', run: () => benchIntegrity(config) },
    { name: 'as of', run: () => benchAsOf(config) },
  ];
  const figures: Figure[] = [];
  const memory: Figure[] = [];
  const id = (phase: Phase) => phase.name.replaceAll(' ', '-');
  try {
    const unknown = only?.filter((name) => !phases.some((p) => id(p) === name));
    if (unknown?.length) throw new Error(`unknown phase ${unknown.join(', ')}; phases: ${phases.map(id).join(', ')}`);
    for (const phase of phases.filter((p) => !only || only.includes(id(p)))) {
      progress(`== ${phase.name}`);
      figures.push(...(await phase.run()));
      collectGarbage();
      // maxRSS only grows, so the phase that raised it is the one where the peak happened.
      const note = `peak so far ${peakRssMb().toFixed(0)} MB`;
      memory.push({ section: '6 memory', name: `RSS after ${phase.name} (after gc)`, value: rssMb(), unit: 'MB', note });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  memory.push({ section: '6 memory', name: 'peak RSS (maxRSS)', value: peakRssMb(), unit: 'MB' });
  figures.push(...memory);

  const { pass, miss } = summary(figures);
  console.log(`\n${formatTable(figures)}\n\n${pass} PASS, ${miss} MISS  (node ${process.version}, ${cpus().length} cores)`);
  if (jsonFile) {
    writeJson(jsonFile, figures, {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      totalMemoryMb: Math.round(totalmem() / 2 ** 20),
    });
    progress(`results written to ${jsonFile}`);
  }
}

/** `--<name> <value>` or `--<name>=<value>`: `--json <file>` (resolved against the current directory), `--only <phase,…>`. */
function option(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const value = args[i].startsWith(`--${name}=`) ? args[i].slice(name.length + 3) : args[i + 1];
  if (!value || value.startsWith('--'))
    throw new Error(`--${name} needs a value, e.g. --json bench-results.json or --only ranking-load,province`);
  return name === 'json' ? resolve(value) : value;
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
