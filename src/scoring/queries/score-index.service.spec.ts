import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PeerHub } from '../../common/peer-hub.spec-helpers';
import { DelegatingEventStore } from '../../event-store/delegating-event-store.spec-helpers';
import { NewEvent, StoredEvent } from '../../event-store/event-store.port';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { organizationProjection } from '../../organization/projections/organization.projection';
import { PeerBatch, ProjectionRunner } from '../../read-store/projection-runner';
import { SqliteReadStore } from '../../read-store/sqlite/sqlite-read-store';
import { ADDITIVE_RULE_SET } from '../domain/default-rule-set';
import { dailyIndicatorsProjection } from '../projections/daily-indicators.projection';
import { ruleSetsProjection } from '../projections/rule-sets.projection';
import { SCORE_SERIES, dayNumber, emptySums } from './score-index';
import { ScoreIndexService } from './score-index.service';
import { ScoringReader } from './scoring.reader';

const PROJECTIONS = [organizationProjection, ruleSetsProjection, dailyIndicatorsProjection];
const AREA = 'station-a';
const DAY = '2026-04-17';
const quiet = { log: () => undefined, error: () => undefined };

/** The real store, whose log reads fail once `forbid` is set (subscriptions keep working). */
class GuardedEventStore extends DelegatingEventStore {
  forbidden = false;
  readonly reads: bigint[] = [];
  readAll(after: bigint, batchSize?: number): AsyncIterable<StoredEvent[]> {
    if (this.forbidden) throw new Error('the score index read the log');
    this.reads.push(after);
    return this.inner.readAll(after, batchSize);
  }
}

let keys = 0;
function fact(type: string, data: unknown, occurredAt = `${DAY}T02:00:00.000Z`): NewEvent {
  const key = `score-index-${++keys}`;
  const actor = { subject: 'tester', role: 'RECORDER' };
  return {
    type,
    data,
    metadata: {
      occurredAt,
      recordedAt: occurredAt,
      unitId: AREA,
      actor,
      source: 'spec',
      correlationId: key,
      causationId: key,
      idempotencyKey: key,
    },
  };
}
const alert = () => fact('FraudAlertReceived', { alertId: `alert-${keys}`, fraudType: 'OTHER' });
const ruleSet = (ruleSetId: string, alertPoints: number, perCapita = false) =>
  fact('RuleSetPublished', {
    ...ADDITIVE_RULE_SET,
    ruleSetId,
    effectiveFrom: '2026-01-01',
    terms: [{ indicator: 'alerts', points: alertPoints, per: 1, capPerCase: null, perCapita }],
  });
const population = (residents: number) =>
  fact('DefenseAreaPopulationSet', { unitId: AREA, population: residents, floatingPopulation: 0, effectiveFrom: '2026-01-01' });

describe('ScoreIndexService', () => {
  let dir: string;
  let log: SqliteEventStore;
  let events: GuardedEventStore;
  const runners: ProjectionRunner[] = [];
  const stores: SqliteReadStore[] = [];
  const services: ScoreIndexService[] = [];

  const readStore = () => {
    // Strict: the index reads the scoring read models as the service does, and must find an index for each query.
    const store = new SqliteReadStore({ file: join(dir, 'read.sqlite'), indexCheck: 'strict' });
    stores.push(store);
    return store;
  };
  const runner = async (store: SqliteReadStore, options: { instanceId?: string; peers?: PeerHub<PeerBatch> } = {}) => {
    const started = new ProjectionRunner(events, store, PROJECTIONS, {
      logger: quiet,
      instanceId: options.instanceId,
      peers: options.peers?.member(),
    });
    runners.push(started);
    await started.start();
    return started;
  };
  const service = (store: SqliteReadStore, on: ProjectionRunner) => {
    const made = new ScoreIndexService(new ScoringReader(store), new OrganizationReader(store, on), events, on);
    services.push(made);
    return made;
  };
  const append = async (stream: string, ...facts: NewEvent[]) => (await events.append(stream, facts, 'any')).lastPosition;
  /** The area's alerts and score on DAY, as the service's index holds them now. */
  const figures = async (scores: ScoreIndexService) => {
    const { index } = await scores.current();
    const sums = emptySums();
    index.addSums(AREA, dayNumber(DAY), dayNumber(DAY), sums);
    return { alerts: index.dayFigures(AREA, DAY).counts.alerts, score: sums[SCORE_SERIES] };
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'score-index-'));
    log = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    events = new GuardedEventStore(log);
    await append('unit-a', fact('UnitCreated', { unitId: AREA, level: 'STATION', name: 'A', parentId: null, effectiveFrom: '2026-01-01' }));
    await append(
      'unit-a',
      fact('DefenseAreaDefined', { unitId: AREA, areaName: 'A', population: 20_000, floatingPopulation: 0, effectiveFrom: '2026-01-01' }),
    );
    await append('ruleset-a', ruleSet('a', -1));
    await append('alert-1', alert());
  });

  afterEach(async () => {
    for (const made of services.splice(0)) made.onModuleDestroy();
    for (const started of runners.splice(0)) await started.stop();
    for (const store of stores.splice(0)) await store.dispose();
    await log.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reloads the area-days a batch changed from the read models, without reading the log', async () => {
    const store = readStore();
    const leader = await runner(store);
    const scores = service(store, leader);
    expect(await leader.waitFor(await log.headPosition(), 5_000)).toBe(true);
    expect(await figures(scores)).toEqual({ alerts: 1, score: -10_000 });

    events.forbidden = true;
    expect(await leader.waitFor(await append('alert-2', alert(), alert()), 5_000)).toBe(true);
    expect(await figures(scores)).toEqual({ alerts: 3, score: -30_000 });
  });

  it('rescores when a rule set is published or a population changes, as a fresh build would', async () => {
    const store = readStore();
    const leader = await runner(store);
    const scores = service(store, leader);
    expect(await leader.waitFor(await log.headPosition(), 5_000)).toBe(true);
    expect(await figures(scores)).toEqual({ alerts: 1, score: -10_000 });

    events.forbidden = true;
    expect(await leader.waitFor(await append('ruleset-b', ruleSet('b', -3, true)), 5_000)).toBe(true);
    // −3 per alert per 10,000 residents, 20,000 of them.
    expect(await figures(scores)).toEqual({ alerts: 1, score: -15_000 });
    expect(await leader.waitFor(await append('unit-a', population(60_000)), 5_000)).toBe(true);
    expect(await figures(scores)).toEqual({ alerts: 1, score: -5_000 });
    expect(await figures(service(store, leader))).toEqual(await figures(scores));
  });

  it('follows the leader over the peer channel without reading the log', async () => {
    const hub = new PeerHub<PeerBatch>();
    const leader = await runner(readStore(), { instanceId: 'leader', peers: hub });
    const followerStore = readStore();
    const follower = await runner(followerStore, { instanceId: 'follower', peers: hub });
    const scores = service(followerStore, follower);
    expect(await follower.waitFor(await log.headPosition(), 5_000)).toBe(true);
    expect(await figures(scores)).toEqual({ alerts: 1, score: -10_000 });

    events.forbidden = true;
    const position = await append('alert-2', alert());
    expect(await leader.waitFor(position, 5_000)).toBe(true);
    // Peers tell at once; the follower reads the checkpoints only every two seconds.
    expect(await follower.waitFor(position, 1_000)).toBe(true);
    expect(await figures(scores)).toEqual({ alerts: 2, score: -20_000 });
  });

  it('without peers, a follower re-reads only the events after what its index holds', async () => {
    const leader = await runner(readStore(), { instanceId: 'leader' });
    const followerStore = readStore();
    const follower = await runner(followerStore, { instanceId: 'follower' });
    const scores = service(followerStore, follower);
    const before = await log.headPosition();
    expect(await follower.waitFor(before, 5_000)).toBe(true);
    expect(await figures(scores)).toEqual({ alerts: 1, score: -10_000 });

    const position = await append('alert-2', alert());
    expect(await leader.waitFor(position, 5_000)).toBe(true);
    expect(await follower.waitFor(position, 5_000)).toBe(true);
    expect(await figures(scores)).toEqual({ alerts: 2, score: -20_000 });
    expect(events.reads).toEqual([before]);
  });
});
