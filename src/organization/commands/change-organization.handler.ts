import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { startOfBusinessDay } from '../../common/business-day';
import { CommandContext } from '../../recording/command-context';
import { doesNotExist } from '../../common/graphql/api-errors';
import { FactRecorder } from '../../recording/fact-recorder';
import { chiefDecider } from '../domain/chief.decider';
import { unitDecider } from '../domain/unit.decider';
import { chiefStream, unitStream } from '../events/organization.events';
import { OrganizationReader } from '../queries/organization.reader';
import { ChangeOrganizationCommand } from './change-organization.command';

@CommandHandler(ChangeOrganizationCommand)
export class ChangeOrganizationHandler implements ICommandHandler<ChangeOrganizationCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly organization: OrganizationReader,
  ) {}

  async execute({ request, actor, idempotencyKey, correlation }: ChangeOrganizationCommand) {
    const context = (unitId: string): CommandContext => ({
      occurredAt: startOfBusinessDay(request.effectiveFrom),
      unitId,
      actor,
      source: 'graphql',
      ...correlation,
      idempotencyKey: idempotencyKey ?? randomUUID(),
    });
    switch (request.type) {
      case 'CreateUnit': {
        const parentLevel = request.parentId ? (await this.requireUnit(request.parentId, 'parentId')).level : null;
        return this.recorder.record(unitStream(request.unitId), unitDecider, { ...request, parentLevel }, context(request.unitId), {
          request,
        });
      }
      case 'DefineDefenseArea':
      case 'SetPopulation':
        await this.requireUnit(request.unitId, 'unitId');
        return this.recorder.record(unitStream(request.unitId), unitDecider, request, context(request.unitId), { request });
      case 'AppointChief': {
        const unit = await this.requireUnit(request.unitId, 'unitId');
        return this.recorder.record(
          chiefStream(request.chiefId),
          chiefDecider,
          { ...request, unitLevel: unit.level },
          context(request.unitId),
          { request },
        );
      }
      case 'RemoveChief':
        return this.recorder.record(chiefStream(request.chiefId), chiefDecider, request, context(await this.chiefUnit(request.chiefId)), {
          request,
        });
      case 'AssignDeputy': {
        const stations = await Promise.all(request.stationIds.map((id) => this.requireUnit(id, 'stationIds')));
        const command = {
          ...request,
          stations: stations.map((s) => ({ id: s.unitId, countyId: s.level === 'STATION' ? s.parentId : null })),
        };
        return this.recorder.record(chiefStream(request.chiefId), chiefDecider, command, context(await this.chiefUnit(request.chiefId)), {
          request,
        });
      }
      case 'LinkCityChief': {
        const counties = await Promise.all(request.countyIds.map((id) => this.requireUnit(id, 'countyIds')));
        const command = { ...request, counties: counties.map((c) => ({ id: c.unitId, level: c.level })) };
        return this.recorder.record(chiefStream(request.chiefId), chiefDecider, command, context(await this.chiefUnit(request.chiefId)), {
          request,
        });
      }
    }
  }

  private async requireUnit(unitId: string, field: string) {
    const unit = await this.organization.unit(unitId);
    if (!unit) throw doesNotExist('unit', unitId, field);
    return unit;
  }

  private async chiefUnit(chiefId: string) {
    const chief = await this.organization.chief(chiefId);
    if (!chief) throw doesNotExist('chief', chiefId, 'chiefId');
    return chief.unitId;
  }
}
