import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { dekadOf } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { InvalidInputError, NotFoundError } from '../../../common/graphql/api-errors';
import { eventIdFor } from '../../../common/ids';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { FactRecorder } from '../../../recording/fact-recorder';
import { countiesLinkedDuring, inOffice } from '../domain/linked-counties';
import { visitDecider } from '../domain/visit.decider';
import { visitStream } from '../events/visit.events';
import { RecordVisitCommand } from './record-visit.command';

@CommandHandler(RecordVisitCommand)
export class RecordVisitHandler implements ICommandHandler<RecordVisitCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly organization: OrganizationReader,
    private readonly clock: Clock,
  ) {}

  async execute({ request: { chiefId, countyId, day, points }, context }: RecordVisitCommand) {
    const chief = await this.organization.chief(chiefId);
    if (!chief) throw new NotFoundError(`chief "${chiefId}" does not exist`, 'chiefId');
    const county = await this.organization.unit(countyId);
    if (!county) throw new NotFoundError(`unit "${countyId}" does not exist`, 'countyId');
    if (county.level !== 'COUNTY') throw new InvalidInputError([{ field: 'countyId', problem: `unit "${countyId}" is a ${county.level}, not a county` }]);
    const links = (await this.organization.scopes()).filter((s) => s.chiefId === chiefId);
    const stationCounties = await Promise.all(points.map(async (p) => {
      const station = p.stationId ? await this.organization.unit(p.stationId) : undefined;
      return station?.level === 'STATION' ? station.parentId : null;
    }));
    const command = {
      type: 'RecordVisit' as const,
      // A visit is known by the id of the event that records it: the same for a resend.
      visitId: eventIdFor(context.idempotencyKey),
      chief: { chiefId, name: chief.name, role: chief.role, inOffice: inOffice(chief, day) },
      county: { countyId, name: county.name },
      linkedCounties: countiesLinkedDuring(chief, links, day, day),
      day,
      today: this.clock.today(),
      points: points.map((p, i) => ({ text: p.text, stationId: p.stationId, stationCountyId: stationCounties[i] })),
    };
    return this.recorder.record(visitStream(chiefId, dekadOf(day).from), visitDecider, command, context);
  }
}
