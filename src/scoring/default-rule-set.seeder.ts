import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '../common/clock';
import { EventStore, StoredEvent } from '../event-store/event-store.port';
import { ProjectionRunner } from '../read-store/projection-runner';
import { DEFAULT_RULE_SET } from './domain/default-rule-set';
import { RuleSetPublished, ruleSetStream } from './events/rule-set.events';

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
    const result = await this.store.append(
      streamId,
      [
        {
          type: 'RuleSetPublished',
          data: { ...DEFAULT_RULE_SET, effectiveFrom },
          metadata: {
            occurredAt: `${effectiveFrom}T00:00:00+08:00`,
            recordedAt: this.clock.now().toISOString(),
            unitId: 'system',
            actor: { subject: 'system', role: 'SYSTEM' },
            source: 'service-start',
            correlationId: 'default-rule-set',
            causationId: 'default-rule-set',
            idempotencyKey: `${streamId}:${latest ? 'rates' : 'initial'}`,
          },
        },
      ],
      latest ? latest.streamVersion : 'no_stream',
    );
    await this.projections.waitFor(result.lastPosition, 5_000);
    this.logger.log(latest ? `默认考评规则改为比率制，自 ${today} 起生效` : 'Published the default rule set (默认考评规则)');
  }
}
