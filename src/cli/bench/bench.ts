import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../config/app-config';
import { benchBatchedAppends } from './append-batch.bench';
import { benchSingleAppends } from './append-single.bench';
import { benchRanking } from './ranking.bench';
import { benchMongoReplay } from './replay-mongo.bench';
import { benchReplay } from './replay.bench';
import { Figure, formatTable, summary, writeJson } from './report';
import { collectGarbage, peakRssMb, progress, rssMb } from './stats';

/** Sized to finish in about two minutes on a 2-core machine. */
const SINGLE_APPENDS = 20_000;
const BATCHES = 1_200;
const BATCH_SIZE = 100;
const RANKING = { serviceIterations: 2_000, serviceWarmup: 200, httpIterations: 1_000, httpWarmup: 100 };

interface Phase {
  name: string;
  run(): Promise<Figure[]>;
}

/**
 * `npm run bench [-- --json <file>]`: throughput and latency of the event store, the replay and
 * the ranking query, each against its target, in a temporary data directory removed at the end.
 */
async function main() {
  const jsonFile = jsonOption(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'anti-fraud-bench-'));
  // The service and the replay share this directory, as `npm run rebuild` and the server do.
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  process.env.DATA_DIR = dataDir;
  // The ranking phase measures the embedded store; MongoDB only gets the replay phase below.
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
    { name: 'ranking', run: () => benchRanking(RANKING) },
  ];
  const figures: Figure[] = [];
  const memory: Figure[] = [];
  try {
    for (const phase of phases) {
      progress(`== ${phase.name}`);
      figures.push(...(await phase.run()));
      collectGarbage();
      // maxRSS only grows, so the phase that raised it is the one where the peak happened.
      const note = `peak so far ${peakRssMb().toFixed(0)} MB`;
      memory.push({ section: '5 memory', name: `RSS after ${phase.name} (after gc)`, value: rssMb(), unit: 'MB', note });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  memory.push({ section: '5 memory', name: 'peak RSS (maxRSS)', value: peakRssMb(), unit: 'MB' });
  figures.push(...memory);

  const { pass, miss } = summary(figures);
  console.log(`\n${formatTable(figures)}\n\n${pass} PASS, ${miss} MISS  (node ${process.version}, ${cpus().length} cores)`);
  if (jsonFile) {
    writeJson(jsonFile, figures, { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model, totalMemoryMb: Math.round(totalmem() / 2 ** 20) });
    progress(`results written to ${jsonFile}`);
  }
}

/** `--json <file>` (or `--json=<file>`), resolved against the current directory. */
function jsonOption(args: string[]): string | undefined {
  const i = args.findIndex((a) => a === '--json' || a.startsWith('--json='));
  if (i < 0) return undefined;
  const value = args[i].startsWith('--json=') ? args[i].slice('--json='.length) : args[i + 1];
  if (!value || value.startsWith('--')) throw new Error('--json needs a file name, e.g. --json bench-results.json');
  return resolve(value);
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
