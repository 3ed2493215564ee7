import { Command } from '@nestjs/cqrs';
import { Day } from '../../common/business-day';
import { CommandContext } from '../../recording/command-context';
import { RecordResult } from '../../recording/record-result.type';
import { Actor } from '../../event-store/event-store.port';
import { ChiefRole, UnitLevel } from '../events/organization.events';

/** Organisation changes as requested; the handler resolves the units they refer to. */
export type OrganizationRequest =
  | { type: 'CreateUnit'; unitId: string; level: UnitLevel; name: string; parentId: string | null; effectiveFrom: Day }
  | { type: 'DefineDefenseArea'; unitId: string; areaName: string; population: number; floatingPopulation: number; effectiveFrom: Day }
  | { type: 'SetPopulation'; unitId: string; population: number; floatingPopulation: number; effectiveFrom: Day }
  | { type: 'AppointChief'; chiefId: string; name: string; role: ChiefRole; unitId: string; effectiveFrom: Day }
  | { type: 'RemoveChief'; chiefId: string; effectiveFrom: Day }
  | { type: 'AssignDeputy'; chiefId: string; stationIds: string[]; effectiveFrom: Day }
  | { type: 'LinkCityChief'; chiefId: string; countyIds: string[]; effectiveFrom: Day };

export class ChangeOrganizationCommand extends Command<RecordResult> {
  constructor(
    readonly request: OrganizationRequest,
    readonly actor: Actor,
    readonly idempotencyKey: string | undefined,
    /** The request's correlation and causation ids (correlationOf in src/recording/request-context.ts). */
    readonly correlation: Pick<CommandContext, 'correlationId' | 'causationId'>,
  ) {
    super();
  }
}
