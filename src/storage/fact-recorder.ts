import { Inject, Injectable } from '@nestjs/common';
import { CommandContext } from '../common/command-context';
import { Decider, DomainEvent } from '../common/decider';
import { NotFoundError, InvalidInputError } from '../common/graphql/api-errors';
import { RecordResult } from '../common/graphql/record-result.type';
import { handleCommand } from '../event-store/command-handler';
import { EventStore } from '../event-store/event-store.port';
import { UnitLevel } from '../organization/events/organization.events';
import { OrganizationReader } from '../organization/queries/organization.reader';
import { ProjectionRunner } from '../read-store/projection-runner';

/** How long a mutation waits for the read models, so a client reads its own write at once. */
const READ_YOUR_WRITES_MS = 2_000;

/** Runs a command against its stream and waits until the projections have seen the result. */
@Injectable()
export class FactRecorder {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
    private readonly organization: OrganizationReader,
  ) {}

  async record<S, C, E extends DomainEvent>(
    streamId: string,
    decider: Decider<S, C, E>,
    command: C,
    context: CommandContext,
    unitLevel: UnitLevel | null = 'STATION',
  ): Promise<RecordResult> {
    if (unitLevel) await this.requireUnit(context.unitId, unitLevel);
    const result = await handleCommand(this.store, streamId, decider, command, context);
    const projected = await this.projections.waitFor(result.lastPosition, READ_YOUR_WRITES_MS);
    return RecordResult.of(streamId, result, projected);
  }

  private async requireUnit(unitId: string, level: UnitLevel) {
    const unit = await this.organization.unit(unitId);
    if (!unit) throw new NotFoundError(`unit "${unitId}" does not exist`, 'unitId');
    if (unit.level !== level) {
      throw new InvalidInputError([{ field: 'unitId', problem: `unit "${unitId}" is a ${unit.level}, this fact is recorded by a ${level}` }]);
    }
  }
}
