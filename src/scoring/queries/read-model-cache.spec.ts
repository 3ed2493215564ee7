import { AppliedBatch, ProjectionRunner } from '../../read-store/projection-runner';
import { ReadModelCache } from './read-model-cache';

/** A runner that only delivers applied batches: all the cache listens to. */
function runner() {
  let listener: (applied: AppliedBatch) => void = () => undefined;
  const fake = { onApplied: (l: typeof listener) => ((listener = l), () => undefined) } as unknown as ProjectionRunner;
  return { fake, apply: (tables: string[]) => listener({ position: 1n, tables, daysOf: () => null }) };
}

describe('ReadModelCache', () => {
  it('keeps an entry until a batch changes one of the tables it names', async () => {
    const { fake, apply } = runner();
    const cache = new ReadModelCache(fake);
    let computed = 0;
    const units = () => cache.memo('units', async () => ++computed, ['units']);
    expect(await units()).toBe(1);
    apply(['daily_indicators']);
    expect(await units()).toBe(1);
    apply(['daily_indicators', 'units']);
    expect(await units()).toBe(2);
  });

  it('drops an entry that names no tables with every batch', async () => {
    const { fake, apply } = runner();
    const cache = new ReadModelCache(fake);
    let computed = 0;
    const ranking = () => cache.memo('ranking', async () => ++computed);
    expect(await ranking()).toBe(1);
    expect(await ranking()).toBe(1);
    apply(['chief_scopes']);
    expect(await ranking()).toBe(2);
  });

  it('forgets a failed computation', async () => {
    const { fake } = runner();
    const cache = new ReadModelCache(fake);
    await expect(cache.memo('x', () => Promise.reject(new Error('read failed')))).rejects.toThrow('read failed');
    expect(await cache.memo('x', async () => 'ok')).toBe('ok');
  });
});
