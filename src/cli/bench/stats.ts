/**
 * Timing and memory helpers shared by the measurements. Latencies are kept as nanoseconds in a
 * Float64Array (exact below 2^53 ns, about 104 days) so recording a sample allocates nothing.
 */

export const now = (): bigint => process.hrtime.bigint();

/** Nanoseconds since `start`, as a number. */
export const sinceNs = (start: bigint): number => Number(process.hrtime.bigint() - start);

export class Samples {
  private readonly values: Float64Array;
  private count = 0;
  /** Sum of the samples: the time spent inside the measured calls, without the loop around them. */
  totalNs = 0;

  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
  }

  add(ns: number): void {
    this.values[this.count++] = ns;
    this.totalNs += ns;
  }

  get size(): number {
    return this.count;
  }

  /** Nearest-rank percentile (p in 0..100) in nanoseconds, from a sorted copy. */
  percentiles(...ps: number[]): number[] {
    const sorted = this.values.slice(0, this.count).sort();
    return ps.map((p) => sorted[Math.min(this.count - 1, Math.max(0, Math.ceil((p / 100) * this.count) - 1))]);
  }

  /** Calls per second over the time spent inside the calls. */
  perSecond(units = this.count): number {
    return units / (this.totalNs / 1e9);
  }
}

/** Times `count` calls of `call(i)` after `warmup` untimed ones, so JIT and caches are settled first. */
export async function timeCalls(count: number, call: (i: number) => Promise<unknown>, warmup = 0): Promise<Samples> {
  for (let i = 0; i < warmup; i++) await call(i);
  const samples = new Samples(count);
  for (let i = 0; i < count; i++) {
    const start = now();
    await call(i);
    samples.add(sinceNs(start));
  }
  return samples;
}

/** Collects garbage between phases (node --expose-gc) so one phase's garbage is not billed to the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export const rssMb = (): number => process.memoryUsage().rss / 2 ** 20;

/** Peak resident set size of the whole run so far (maxRSS is in kilobytes). */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

const benchStart = Date.now();

/** One progress line, stamped with the time since the run started. */
export function progress(message: string): void {
  console.log(`[${((Date.now() - benchStart) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

/** Runs `create` with these environment variables (the service reads its configuration while created), then restores them. */
export async function withEnv<T>(vars: Record<string, string>, create: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await create();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
