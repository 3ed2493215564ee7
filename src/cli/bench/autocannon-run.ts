import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { BODY_CHECKS, BodyCheck } from './ranking-queries';
import { Samples } from './stats';

export interface LoadOptions {
  /** The service's base URL; every request is a POST to /graphql. */
  url: string;
  /** Request bodies: each connection sends them in turn, over and over. */
  bodies: string[];
  /** Sent with every request: content type and bearer token. */
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** Every answer's body must pass this check, or it counts as a mismatch. */
  check: BodyCheck;
  /** Counts answers carrying `x-cache: hit` (costs a header object per answer, so only when asked). */
  countCacheHits?: boolean;
}

export interface LoadResult {
  /** Answers received, and per second over the run. */
  requests: number;
  perSecond: number;
  seconds: number;
  /** Per-answer latency in ms, as autocannon measures it: request written to answer complete. */
  latency: { p50: number; p99: number; max: number };
  /** Connection errors, timeouts, non-2xx answers and bodies that failed `verifyBody`. */
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  /** Answers with `x-cache: hit`, when counted. */
  cacheHits?: number;
  bytesPerAnswer: number;
}

/** One generator's run as it crosses from its process: its figures and every latency. */
export interface GeneratorRun {
  result: Omit<LoadResult, 'latency'>;
  latencies: number[];
}

/**
 * Closed-loop load from `generators` autocannon processes sharing `connections` between them, run
 * at once, their figures summed and their latencies pooled. One autocannon process tops out near
 * 6,000 answers of 33 KiB a second on a core of this machine whatever the service does, so a
 * figure above that needs more than one.
 */
export async function runLoad(options: LoadOptions, generators = 1): Promise<LoadResult> {
  if (generators <= 1) return toResult([await runGenerator(options)], options.countCacheHits);
  const share = (i: number) => Math.floor(options.connections / generators) + (i < options.connections % generators ? 1 : 0);
  const runs = await Promise.all(Array.from({ length: generators }, (_, i) => inChildProcess({ ...options, connections: share(i) })));
  return toResult(runs, options.countCacheHits);
}

function inChildProcess(options: LoadOptions): Promise<GeneratorRun> {
  const child = fork(join(__dirname, 'load-generator.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (run: GeneratorRun | { error: string }) => ('error' in run ? reject(new Error(run.error)) : resolve(run)));
    child.once('exit', (code) => code !== 0 && reject(new Error(`a load generator exited with code ${code}`)));
    child.send(options);
  });
}

function toResult(runs: GeneratorRun[], countCacheHits = false): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies);
  const samples = new Samples(latencies.length);
  for (const ms of latencies) samples.add(ms * 1e6);
  const [p50, p99, max] = samples.percentiles(50, 99, 100).map((ns) => ns / 1e6);
  const sum = (field: 'requests' | 'errors' | 'timeouts' | 'non2xx' | 'mismatches' | 'cacheHits') =>
    runs.reduce((total, r) => total + (r.result[field] ?? 0), 0);
  const requests = sum('requests');
  const seconds = Math.max(...runs.map((r) => r.result.seconds));
  return {
    requests,
    perSecond: runs.reduce((total, r) => total + r.result.perSecond, 0),
    seconds,
    latency: { p50, p99, max },
    errors: sum('errors'),
    timeouts: sum('timeouts'),
    non2xx: sum('non2xx'),
    mismatches: sum('mismatches'),
    cacheHits: countCacheHits ? sum('cacheHits') : undefined,
    bytesPerAnswer: requests ? runs.reduce((total, r) => total + r.result.bytesPerAnswer * r.result.requests, 0) / requests : 0,
  };
}

/**
 * One autocannon run, closed-loop: `connections` keep-alive connections, each sending its next
 * request as soon as the previous answer arrived. Latencies are recorded per answer at autocannon's
 * full resolution (its own histogram rounds to whole milliseconds).
 */
export function runGenerator(options: LoadOptions): Promise<GeneratorRun> {
  const verifyBody = BODY_CHECKS[options.check];
  const latencies: number[] = [];
  let cacheHits = 0;
  const onResponse = (_status: number, _body: string, _context: object, headers: Record<string, unknown> | undefined) => {
    if (headers?.['x-cache'] === 'hit') cacheHits++;
  };
  const requests: autocannon.Request[] = options.bodies.map((body) => ({
    method: 'POST',
    path: '/graphql',
    headers: options.headers,
    body,
    ...(options.countCacheHits && { onResponse }),
  }));
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        requests,
        verifyBody: (body) => verifyBody(String(body)),
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const answers = result.requests.total;
        resolve({
          latencies,
          result: {
            requests: answers,
            perSecond: answers / result.duration,
            seconds: result.duration,
            errors: result.errors,
            timeouts: result.timeouts,
            non2xx: result.non2xx,
            mismatches: result.mismatches,
            cacheHits: options.countCacheHits ? cacheHits : undefined,
            bytesPerAnswer: answers ? result.throughput.total / answers : 0,
          },
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
