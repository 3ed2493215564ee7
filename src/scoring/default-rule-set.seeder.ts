import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventStore } from '../event-store/event-store.port';
import { ProjectionRunner } from '../read-store/projection-runner';
import { DEFAULT_RULE_SET } from './domain/default-rule-set';
import { ruleSetStream } from './events/rule-set.events';

/** Scores need rules: a store without any gets the default of domain.md, as an event like any other. */
@Injectable()
export class DefaultRuleSetSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Scoring');

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
  ) {}

  async onApplicationBootstrap() {
    const streamId = ruleSetStream(DEFAULT_RULE_SET.ruleSetId);
    if ((await this.store.readStream(streamId)).length > 0) return;
    const at = new Date().toISOString();
    const result = await this.store.append(
      streamId,
      [
        {
          type: 'RuleSetPublished',
          data: DEFAULT_RULE_SET,
          metadata: {
            occurredAt: `${DEFAULT_RULE_SET.effectiveFrom}T00:00:00+08:00`,
            recordedAt: at,
            unitId: 'system',
            actor: { subject: 'system', role: 'SYSTEM' },
            source: 'service-start',
            correlationId: 'default-rule-set',
            causationId: 'default-rule-set',
            idempotencyKey: `${streamId}:initial`,
          },
        },
      ],
      'no_stream',
    );
    await this.projections.waitFor(result.lastPosition, 5_000);
    this.logger.log('Published the default rule set (默认考评规则)');
  }
}
