import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { eventIdFor } from '../../../common/ids';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { CommandContext } from '../../../recording/command-context';
import { requireChief, requireUnit } from '../../common/commands/organization-facts';
import { RecordVisit } from '../domain/visit.decider';
import { VisitRequest } from './record-visit.command';

/** Looks up the chief, the county, the chief's links and the stations the points name, for the decider to judge. */
@Injectable()
export class VisitGatherer {
  constructor(
    private readonly organization: OrganizationReader,
    private readonly clock: Clock,
  ) {}

  async gather({ chiefId, countyId, day, points }: VisitRequest, context: CommandContext): Promise<RecordVisit> {
    const chief = await requireChief(this.organization, chiefId, 'chiefId');
    const county = await requireUnit(this.organization, countyId, 'countyId');
    const links = (await this.organization.scopes()).filter((s) => s.chiefId === chiefId);
    const stationIds = points.flatMap((p) => (p.stationId ? [p.stationId] : []));
    const stations = (await Promise.all(stationIds.map((id) => this.organization.unit(id)))).filter((unit) => unit !== undefined);
    // A visit is known by the id of the event that records it: the same for a resend.
    const visitId = eventIdFor(context.idempotencyKey);
    return { type: 'RecordVisit', visitId, day, today: this.clock.today(), points, facts: { chief, county, links, stations } };
  }
}
