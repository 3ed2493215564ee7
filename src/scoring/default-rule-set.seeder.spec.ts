import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clock } from '../common/clock';
import { StoredEvent } from '../event-store/event-store.port';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { ProjectionRunner } from '../read-store/projection-runner';
import { DefaultRuleSetSeeder, defaultRuleSetPublication } from './default-rule-set.seeder';
import { ADDITIVE_RULE_SET, DEFAULT_RULE_SET } from './domain/default-rule-set';
import { RuleSetPublished, ruleSetStream } from './events/rule-set.events';

const STREAM = ruleSetStream('default');
const additive = defaultRuleSetPublication(ADDITIVE_RULE_SET, '2026-01-01T00:00:00.000Z', 'initial');

describe('DefaultRuleSetSeeder', () => {
  let dir: string;
  let store: SqliteEventStore;
  let seeder: DefaultRuleSetSeeder;
  const published = async () => (await store.readStream(STREAM)) as Array<StoredEvent<RuleSetPublished['data']>>;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'seeder-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    const clock = new Clock();
    jest.spyOn(clock, 'today').mockReturnValue('2026-12-06');
    // The seeder waits for the projections to take the new rules in; nothing projects in this spec.
    const runner = { waitFor: () => Promise.resolve() } as unknown as ProjectionRunner;
    seeder = new DefaultRuleSetSeeder(store, runner, clock);
  });

  afterEach(async () => {
    await store.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a fresh store, publishes the rate default in force from its first day', async () => {
    await seeder.onApplicationBootstrap();
    const events = await published();
    expect(events.map((e) => e.data)).toEqual([DEFAULT_RULE_SET]);
    expect(events[0].data.effectiveFrom).toBe('2000-01-01');
  });

  it('given the first, additive default, adds the rate default as a new version from today, leaving the past as published', async () => {
    await store.append(STREAM, [additive], 'no_stream');
    await seeder.onApplicationBootstrap();
    const events = await published();
    expect(events.map((e) => [e.data.kind ?? 'ADDITIVE', e.data.effectiveFrom])).toEqual([
      ['ADDITIVE', '2000-01-01'],
      ['RATES', '2026-12-06'],
    ]);
  });

  it('publishes nothing more on later starts', async () => {
    await seeder.onApplicationBootstrap();
    await seeder.onApplicationBootstrap();
    expect(await published()).toHaveLength(1);
  });

  it('leaves a default a bureau republished itself as it is', async () => {
    await store.append(STREAM, [additive], 'no_stream');
    const spring = { ...ADDITIVE_RULE_SET, effectiveFrom: '2026-04-11' };
    await store.append(STREAM, [{ ...additive, data: spring, metadata: { ...additive.metadata, idempotencyKey: 'spring' } }], 0n);
    await seeder.onApplicationBootstrap();
    expect(await published()).toHaveLength(2);
  });
});
