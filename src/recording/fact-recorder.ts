import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { bilingual } from '../common/bilingual';
import { unitLevelLabel } from '../common/unit-level';
import { CommandContext } from './command-context';
import { Decider, DomainEvent } from '../common/decider';
import { Clock } from '../common/clock';
import { InvalidInputError, doesNotExist } from '../common/graphql/api-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RecordResult } from './record-result.type';
import { HandleOptions, handleCommand } from './command-handler';
import { BatchedCommand, handleCommands } from './command-batch';
import { WriteBatch } from './write-batch';
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

/** The batch a fact is recorded in, and its place there. */
interface BatchSlot {
  batch: WriteBatch;
  slot: number;
  projected(): boolean;
}

/** Runs a command against its stream and waits until the projections have seen the result. */
@Injectable()
export class FactRecorder {
  private readonly batches = new AsyncLocalStorage<BatchSlot>();

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
    const handling: HandleOptions = {
      request: options.request ?? { command, occurredAt: context.occurredAt },
      admit: options.recordedBy ? () => this.admitTime(context) : undefined,
    };
    const inBatch = this.batches.getStore();
    if (inBatch) {
      const batched = { streamId, decider, command, context, options: handling } as BatchedCommand;
      const outcome = await inBatch.batch.add(inBatch.slot, batched);
      if ('error' in outcome) throw outcome.error;
      return RecordResult.of(streamId, outcome.result, inBatch.projected());
    }
    const result = await handleCommand(this.store, streamId, decider, command, context, handling);
    const projected = await this.projections.waitFor(result.lastPosition, READ_YOUR_WRITES_MS);
    return RecordResult.of(streamId, result, projected);
  }

  /**
   * Records `size` facts together: `start(slot)` records one by its usual path (input, command bus,
   * handler, this recorder), and the commands that reach here are decided and appended as one batch
   * (see handleCommands), with one wait for the read models. Each fact settles as alone it would have.
   * A dry run goes the same way and appends nothing: each fact answers as if recorded, or refused.
   */
  async recordBatch<T>(
    size: number,
    start: (slot: number) => Promise<T>,
    { dryRun = false }: { dryRun?: boolean } = {},
  ): Promise<PromiseSettledResult<T>[]> {
    let projected = false;
    const batch = new WriteBatch(size, async (commands) => {
      const outcomes = await handleCommands(this.store, commands, { dryRun });
      let last = 0n;
      for (const outcome of outcomes) if ('result' in outcome && outcome.result.lastPosition > last) last = outcome.result.lastPosition;
      projected = await this.projections.waitFor(last, READ_YOUR_WRITES_MS);
      return outcomes;
    });
    const slots = Array.from({ length: size }, (_, slot) =>
      this.batches.run({ batch, slot, projected: () => projected }, async () => start(slot)).finally(() => batch.finished(slot)),
    );
    return Promise.allSettled(slots);
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
