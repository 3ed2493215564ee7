import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { now, sinceNs } from './stats';

/** The built command next to this file: dist/cli/bench → dist/cli/import.js, and the preload reporting its peak RSS. */
const IMPORT_CLI = join(__dirname, '..', 'import.js');
const RSS_PRELOAD = join(__dirname, 'import-rss-preload.js');
const POLL_MS = 50;
const RSS_SAMPLE_MS = 1_000;

export interface ImportCliOptions {
  dataDir: string;
  file: string;
  mapping: string;
  dryRun?: boolean;
  /** SIGKILL the import once its progress file (DATA_DIR/imports/*.json) says at least this many rows are done. */
  killAtRows?: number;
  /** Rows done, as the progress file or the command's progress lines tell them, every few seconds. */
  onProgress?(rowsDone: number): void;
}

export interface ImportCliRun {
  /** null when killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From spawn to exit. */
  wallMs: number;
  /** From spawn to the first batch recorded (the progress file's first appearance); undefined for a dry run. */
  firstBatchMs?: number;
  /** From spawn to the last change of the progress file (the last batch recorded); undefined for a dry run. */
  lastBatchMs?: number;
  /** Rows done by the progress file when the import was killed. */
  killedAtRows?: number;
  /** The child's maxRSS at exit (MB); undefined when it was killed. */
  peakRssMb?: number;
  /** VmRSS of the child every second, with the rows done by then. */
  rssSamples: Array<{ rows: number; rssMb: number }>;
  /** The command's own last rows/s (its progress bar's: from when the app was up to the last batch). */
  cliRowsPerSecond?: number;
  /** From the command's summary line (cumulative over a resumed import). */
  counts?: { rows: number; recorded: number; duplicates: number; refused: number; rowsWithProblems: number };
  resumedFromRow?: number;
  output: string[];
}

/**
 * `node dist/cli/import.js <file> --mapping <name>` in a child process on `dataDir`'s embedded
 * stores (MONGODB_URI and KURRENTDB_URL emptied), as `npm run import` runs it, so its time and
 * memory are its own. Its progress file is polled to know how far it is (and to kill it there).
 */
export function runImportCli(options: ImportCliOptions): Promise<ImportCliRun> {
  const rssFile = join(options.dataDir, `rss-${process.pid}-${Date.now()}.json`);
  const args = ['-r', RSS_PRELOAD, IMPORT_CLI, options.file, '--mapping', options.mapping];
  if (options.dryRun) args.push('--dry-run');
  const progressDir = join(options.dataDir, 'imports');
  // A resumed import starts from the progress file its last run left.
  let last = savedRows(progressDir);
  const start = now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, DATA_DIR: options.dataDir, MONGODB_URI: '', KURRENTDB_URL: '', NO_COLOR: '1', BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: ImportCliRun = { code: null, signal: null, wallMs: 0, rssSamples: [], output: [] };
  let rowsDone = 0;
  let reportedAt = 0;
  const advance = (rows: number) => {
    if (rows <= rowsDone) return;
    rowsDone = rows;
    if (Date.now() - reportedAt >= 5_000) {
      reportedAt = Date.now();
      options.onProgress?.(rows);
    }
  };
  const onLine = (line: string) => {
    run.output.push(line);
    // The progress bar's plain lines: "导入: 12000/200000 (6%) 3012 rows/s, ETA 1m02s".
    const bar = /^(?:导入|检查): (\d+)\/\d+ \(\d+%\) (\d+) rows\/s/.exec(line);
    if (bar) {
      advance(Number(bar[1]));
      run.cliRowsPerSecond = Number(bar[2]);
    }
    const counts =
      /(\d[\d,]*) 行：(?:将记录|记录) (\d[\d,]*) 条事实，重复（此前已记录）(\d[\d,]*) 条，(?:将被拒绝|拒绝) (\d[\d,]*) 条；有问题的行 (\d[\d,]*) 行/.exec(
        line,
      );
    if (counts) {
      const [rows, recorded, duplicates, refused, rowsWithProblems] = counts.slice(1).map((n) => Number(n.replaceAll(',', '')));
      run.counts = { rows, recorded, duplicates, refused, rowsWithProblems };
    }
    const resumed = /接续上次导入，从第 (\d+) 行起/.exec(line);
    if (resumed) run.resumedFromRow = Number(resumed[1]);
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);

  const poll = setInterval(() => {
    if (options.dryRun) return;
    const saved = savedRows(progressDir);
    if (saved === undefined || saved === last) return;
    last = saved;
    run.lastBatchMs = sinceNs(start) / 1e6;
    run.firstBatchMs ??= run.lastBatchMs;
    // Rows as the spreadsheet numbers them: the header is row 1.
    advance(saved - 1);
    if (options.killAtRows !== undefined && run.killedAtRows === undefined && saved - 1 >= options.killAtRows) {
      run.killedAtRows = saved - 1;
      child.kill('SIGKILL');
    }
  }, POLL_MS);
  const sampler = setInterval(() => {
    const rssMb = vmRssMb(child.pid);
    if (rssMb !== undefined) run.rssSamples.push({ rows: rowsDone, rssMb });
  }, RSS_SAMPLE_MS);

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      run.wallMs = sinceNs(start) / 1e6;
      clearInterval(poll);
      clearInterval(sampler);
      run.code = code;
      run.signal = signal;
      if (existsSync(rssFile)) {
        run.peakRssMb = (JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number }).maxRssKb / 1024;
        rmSync(rssFile);
      }
      resolve(run);
    });
  });
}

/** The rows done by the progress file of the import under way in `dir` (one at a time there), if it has one yet. */
function savedRows(dir: string): number | undefined {
  try {
    const file = readdirSync(dir).find((f) => f.endsWith('.json'));
    return file ? (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { rowsDone: number }).rowsDone : undefined;
  } catch {
    // Not there yet, or renamed over between the listing and the read.
    return undefined;
  }
}

/** The resident set size of a process now (Linux /proc), in MB. */
function vmRssMb(pid: number | undefined): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}
