import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '../common/clock';
import { EventStore, NewEvent, StoredEvent } from '../event-store/event-store.port';
import { ProjectionRunner } from '../read-store/projection-runner';
import { DEFAULT_RULE_SET } from './domain/default-rule-set';
import { RuleSetPublished, ruleSetStream } from './events/rule-set.events';

/**
 * The default's publication as the service appends it at start: `version` names it in the
 * idempotency key, so a second start never publishes it twice.
 */
export function defaultRuleSetPublication(data: RuleSetPublished['data'], recordedAt: string, version: 'initial' | 'rates'): NewEvent {
  const streamId = ruleSetStream(data.ruleSetId);
  return {
    type: 'RuleSetPublished',
    data,
    metadata: {
      occurredAt: `${data.effectiveFrom}T00:00:00+08:00`,
      recordedAt,
      unitId: 'system',
      actor: { subject: 'system', role: 'SYSTEM' },
      source: 'service-start',
      correlationId: 'default-rule-set',
      causationId: 'default-rule-set',
      idempotencyKey: `${streamId}:${version}`,
    },
  };
}

/**
 * Scores need rules: a store without any gets the default of domain.md, as an event like any other,
 * in force from its first day. A store whose default is still the first, additive table gets the
 * rate default as a new version from today: rules never reach back, so past rankings stay as published.
 */
@Injectable()
export class DefaultRuleSetSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Scoring');

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap() {
    const streamId = ruleSetStream(DEFAULT_RULE_SET.ruleSetId);
    const published = await this.store.readStream(streamId);
    const latest = published.at(-1) as StoredEvent<RuleSetPublished['data']> | undefined;
    if (latest && (latest.data.kind === 'RATES' || published.length > 1)) return;
    const today = this.clock.today();
    const effectiveFrom = latest ? today : DEFAULT_RULE_SET.effectiveFrom;
    const publication = defaultRuleSetPublication(
      { ...DEFAULT_RULE_SET, effectiveFrom },
      this.clock.now().toISOString(),
      latest ? 'rates' : 'initial',
    );
    const result = await this.store.append(streamId, [publication], latest ? latest.streamVersion : 'no_stream');
    await this.projections.waitFor(result.lastPosition, 5_000);
    this.logger.log(latest ? `默认考评规则改为比率制，自 ${today} 起生效` : 'Published the default rule set (默认考评规则)');
  }
}
