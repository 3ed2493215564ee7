import autocannon from 'autocannon';
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
  /** Every answer's body must pass this, or it counts as a mismatch. */
  verifyBody(body: string): boolean;
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

/**
 * One autocannon run, closed-loop: `connections` keep-alive connections, each sending its next
 * request as soon as the previous answer arrived. Latencies are recorded per answer at autocannon's
 * full resolution (its own histogram rounds to whole milliseconds).
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
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
        verifyBody: (body) => options.verifyBody(String(body)),
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const samples = new Samples(latencies.length);
        for (const ms of latencies) samples.add(ms * 1e6);
        const [p50, p99, max] = samples.percentiles(50, 99, 100).map((ns) => ns / 1e6);
        const answers = result.requests.total;
        resolve({
          requests: answers,
          perSecond: answers / result.duration,
          seconds: result.duration,
          latency: { p50, p99, max },
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          mismatches: result.mismatches,
          cacheHits: options.countCacheHits ? cacheHits : undefined,
          bytesPerAnswer: answers ? result.throughput.total / answers : 0,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
