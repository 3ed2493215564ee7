import { Inject, Injectable } from '@nestjs/common';
import { bilingual } from '../common/bilingual';
import { unitLevelLabel } from '../common/unit-level';
import { CommandContext } from './command-context';
import { Decider, DomainEvent } from '../common/decider';
import { Clock } from '../common/clock';
import { InvalidInputError, doesNotExist } from '../common/graphql/api-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RecordResult } from './record-result.type';
import { handleCommand } from './command-handler';
import { EventStore } from '../event-store/event-store.port';
import { ProjectionRunner } from '../read-store/projection-runner';
import { judgeFactTime } from './fact-time';
import { UnitDirectory } from './unit-directory';

/** How long a mutation waits for the read models, so a client reads its own write at once. */
const READ_YOUR_WRITES_MS = 2_000;

export interface RecordOptions {
  /**
   * A fact recorded by a unit of this level (a station's warnings and cases): the context's unit
   * must be one, and the fact's time is judged (never ahead of now; long past only with a reason).
   */
  recordedBy?: string;
  /**
   * What the client sent, which a resend must repeat: by default the command and the fact's time.
   * A handler that adds what it gathered (today, read models) or stamps the server's time names
   * the request itself, so a true resend still matches later.
   */
  request?: unknown;
}

/** Runs a command against its stream and waits until the projections have seen the result. */
@Injectable()
export class FactRecorder {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
    @Inject(UnitDirectory) private readonly units: UnitDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async record<S, C, E extends DomainEvent>(
    streamId: string,
    decider: Decider<S, C, E>,
    command: C,
    context: CommandContext,
    options: RecordOptions = {},
  ): Promise<RecordResult> {
    if (options.recordedBy) await this.requireUnit(context.unitId, options.recordedBy);
    const result = await handleCommand(this.store, streamId, decider, command, context, {
      request: options.request ?? { command, occurredAt: context.occurredAt },
      admit: options.recordedBy ? () => this.admitTime(context) : undefined,
    });
    const projected = await this.projections.waitFor(result.lastPosition, READ_YOUR_WRITES_MS);
    return RecordResult.of(streamId, result, projected);
  }

  private async requireUnit(unitId: string, level: string) {
    const actual = await this.units.levelOf(unitId);
    if (!actual) throw doesNotExist('unit', unitId, 'unitId');
    if (actual !== level) {
      throw new InvalidInputError([
        {
          field: 'unitId',
          problem: bilingual(
            `单位 ${unitId} 是${unitLevelLabel(actual)}，该事实须由${unitLevelLabel(level)}记录`,
            `unit "${unitId}" is a ${actual}, this fact is recorded by a ${level}`,
          ),
        },
      ]);
    }
  }

  private admitTime({ occurredAt, lateReason }: CommandContext) {
    const limits = { clockSkewSeconds: this.config.factClockSkewSeconds, lateEntryDays: this.config.lateEntryDays };
    const judged = judgeFactTime(occurredAt, this.clock.now(), limits, lateReason);
    if ('problem' in judged) throw new InvalidInputError([judged]);
    return judged;
  }
}
