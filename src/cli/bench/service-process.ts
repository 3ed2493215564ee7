import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { now, sinceNs } from './stats';

/** The built service next to this file: dist/cli/bench → dist/main.js. */
const MAIN = join(__dirname, '..', '..', 'main.js');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;
/** `BENCH_SERVER_CPU_PROF=<dir>`: the service writes a V8 CPU profile there when it stops (see README). */
const CPU_PROFILE_DIR = process.env.BENCH_SERVER_CPU_PROF;

export interface ServiceOptions {
  dataDir: string;
  queryCache: boolean;
  /** WORKERS: more than one runs the service as a cluster. */
  workers?: number;
  /** The entry point and node's own arguments: the built service by default, e.g. src/main.ts through ts-node in tests. */
  script?: string;
  nodeArgs?: string[];
  /** More environment for the child. */
  env?: Record<string, string>;
  /** Called with the service's pid as soon as it is spawned, before it is ready (a crash test kills its workers then). */
  onSpawned?(pid: number): void;
}

/**
 * The real service (`node dist/main.js`, as `npm start` runs it) in a child process, so a load
 * generator in this process never shares its event loop. Ready once it printed "GraphQL ready"
 * and /health/ready answers 200.
 */
export class ServiceProcess {
  readonly url: string;
  /** From the service's log: "Score index built from N area-days in X ms". */
  scoreIndex: { areaDays: number; ms: number } | undefined;
  private readonly output: string[] = [];
  private readonly lineListeners = new Set<(line: string) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  static async start(options: ServiceOptions): Promise<{ service: ServiceProcess; bootMs: number }> {
    const port = await freePort();
    const start = now();
    const profile = CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : [];
    const child = spawn(process.execPath, ['--max-semi-space-size=64', ...profile, ...(options.nodeArgs ?? []), options.script ?? MAIN], {
      env: {
        ...process.env,
        DATA_DIR: options.dataDir,
        // The embedded stores of DATA_DIR, whatever the calling process was given: under npm test,
        // MONGODB_URI names the test server, and services sharing its database would share read models.
        MONGODB_URI: '',
        KURRENTDB_URL: '',
        HOST: '127.0.0.1',
        PORT: String(port),
        QUERY_CACHE: options.queryCache ? 'on' : 'off',
        WORKERS: String(options.workers ?? 1),
        // One load generator is one subject: a per-subject limit would measure the limit.
        RATE_LIMIT_PER_MINUTE: '0',
        // The demo city's days are fixed: new facts on its last day must not need a late-entry reason.
        LATE_ENTRY_DAYS: process.env.LATE_ENTRY_DAYS ?? '36500',
        NO_COLOR: '1',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const service = new ServiceProcess(child, port);
    options.onSpawned?.(child.pid as number);
    await service.ready();
    await service.waitHealthy();
    return { service, bootMs: sinceNs(start) / 1e6 };
  }

  get pid(): number {
    return this.child.pid as number;
  }

  /**
   * Resident set size now and at its peak (Linux /proc; NaN elsewhere), in MB, summed over the
   * service and its cluster workers (a sum of per-process peaks).
   */
  memory(): { rssMb: number; peakMb: number } {
    try {
      const pids = [
        this.pid,
        ...readFileSync(`/proc/${this.pid}/task/${this.pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
      ];
      const kb = (pid: number, field: string) =>
        Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN);
      const sum = (field: string) => pids.reduce((total, pid) => total + kb(pid, field), 0) / 1024;
      return { rssMb: sum('VmRSS'), peakMb: sum('VmHWM') };
    } catch {
      return { rssMb: Number.NaN, peakMb: Number.NaN };
    }
  }

  /** Resolves with the first line of output, from now on, that matches. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.lineListeners.delete(listener);
        reject(new Error(`no line matching ${pattern} within ${timeoutMs / 1000} s; last output:\n${this.output.slice(-10).join('\n')}`));
      }, timeoutMs);
      const listener = (line: string) => {
        if (!pattern.test(line)) return;
        clearTimeout(timer);
        this.lineListeners.delete(listener);
        resolve(line);
      };
      this.lineListeners.add(listener);
    });
  }

  /** SIGTERM, then SIGKILL if it has not exited within STOP_TIMEOUT_MS; resolves with the exit code (null: killed by a signal). */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    return exited.finally(() => clearTimeout(timer));
  }

  private ready(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`the service did not start within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
      const fail = (error: Error) => {
        clearTimeout(timer);
        this.child.kill('SIGKILL');
        reject(new Error(`${error.message}; its last output:\n${this.output.slice(-15).join('\n')}`));
      };
      const onExit = (code: number | null, signal: string | null) => fail(new Error(`the service exited (${signal ?? `code ${code}`})`));
      const onLine = (line: string) => {
        this.output.push(line);
        if (this.output.length > 200) this.output.shift();
        for (const listener of this.lineListeners) listener(line);
        const built = /Score index built from (\d+) area-days in (\d+) ms/.exec(line);
        if (built) this.scoreIndex = { areaDays: Number(built[1]), ms: Number(built[2]) };
        if (line.includes('GraphQL ready')) {
          clearTimeout(timer);
          this.child.off('exit', onExit);
          resolve();
        }
      };
      createInterface({ input: this.child.stdout! }).on('line', onLine);
      createInterface({ input: this.child.stderr! }).on('line', onLine);
      this.child.once('exit', onExit);
      this.child.once('error', fail);
    });
  }

  private async waitHealthy(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      const response = await fetch(`${this.url}/health/ready`).catch(() => undefined);
      await response?.text();
      if (response?.ok) return;
      if (Date.now() > deadline) throw new Error(`/health/ready did not answer 200 within ${READY_TIMEOUT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A TCP port free on the loopback interface right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
