import { countyOf } from '../../../organization/domain/county-of';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { InvalidInputError, NotFoundError } from '../../../common/graphql/api-errors';
import { ChiefRow, OrganizationReader } from '../../../organization/queries/organization.reader';
import { FactRecorder } from '../../../recording/fact-recorder';
import { EvidenceService } from '../../evidence/queries/evidence.service';
import { InterviewCommand, interviewDecider } from '../domain/interview.decider';
import { ChiefRef, InterviewTarget, interviewStream } from '../events/interview.events';
import { InterviewRequest, OrderInterviewRequest, RecordInterviewCommand } from './record-interview.command';

@CommandHandler(RecordInterviewCommand)
export class RecordInterviewHandler implements ICommandHandler<RecordInterviewCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly organization: OrganizationReader,
    private readonly evidence: EvidenceService,
    private readonly clock: Clock,
  ) {}

  async execute({ request, context }: RecordInterviewCommand) {
    const today = this.clock.today();
    const command: InterviewCommand = request.type === 'OrderInterview' ? await this.order(request, today) : withToday(request, today);
    return this.recorder.record(interviewStream(request.interviewId), interviewDecider, command, context);
  }

  /** Freezes the evidence and the names of the day; an industry interview belongs to the county of its evidence. */
  private async order(request: OrderInterviewRequest, today: Day): Promise<InterviewCommand> {
    const target = request.target.kind === 'UNIT' ? await this.unitTarget(request.target, today) : request.target;
    const orderedBy = chiefRef(await this.chiefInOffice(request.orderedBy, today, 'input.orderedBy'));
    if (orderedBy.role === 'STATION_CHIEF') {
      throw new InvalidInputError([{ field: 'input.orderedBy', problem: `${orderedBy.name} is a station chief; interviews are ordered by county or city leaders` }]);
    }
    const evidence = await this.evidence.gather(request.evidence, 'input.evidence', today);
    const unitId = target.kind === 'UNIT' ? target.unitId : evidence.unitId;
    const unit = await this.organization.unit(unitId);
    const countyId = (unit && countyOf(unit)) ?? unitId;
    const { type: _type, orderedBy: _id, ...rest } = request;
    return { ...rest, type: 'OrderInterview', target, unitId, countyId, orderedBy, evidence, today };
  }

  private async unitTarget({ unitId, chiefId }: { unitId: string; chiefId: string | null }, today: Day): Promise<InterviewTarget> {
    const unit = await this.organization.unit(unitId);
    if (!unit) throw new NotFoundError(`unit "${unitId}" does not exist`, 'input.unit.unitId');
    if (unit.level !== 'COUNTY' && unit.level !== 'STATION') {
      throw new InvalidInputError([{ field: 'input.unit.unitId', problem: `unit "${unitId}" is a ${unit.level}; interviews are held with a county or a station` }]);
    }
    const chief = chiefId ? await this.chiefInOffice(chiefId, today, 'input.unit.chiefId') : null;
    if (chief && chief.unitId !== unitId) {
      throw new InvalidInputError([{ field: 'input.unit.chiefId', problem: `${chief.name} is not a chief of ${unit.name}` }]);
    }
    return { kind: 'UNIT', unitId, unitName: unit.name, chief: chief && chiefRef(chief) };
  }

  private async chiefInOffice(chiefId: string, today: Day, field: string): Promise<ChiefRow> {
    const chief = (await this.organization.chiefsInOffice(today)).find((c) => c.chiefId === chiefId);
    if (!chief) throw new NotFoundError(`no chief "${chiefId}" is in office on ${today}`, field);
    return chief;
  }
}

const chiefRef = ({ chiefId, name, role }: ChiefRow): ChiefRef => ({ chiefId, name, role });

const withToday = (request: Exclude<InterviewRequest, OrderInterviewRequest>, today: Day): InterviewCommand => ({ ...request, today }) as InterviewCommand;
