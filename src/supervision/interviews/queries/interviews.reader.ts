import { Inject, Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { doesNotExist } from '../../../common/graphql/api-errors';
import { EventStore } from '../../../event-store/event-store.port';
import { ReadStore } from '../../../read-store/read-store.port';
import { InterviewStatus, interviewStatusOn } from '../domain/interview-status';
import { interviewStream } from '../events/interview.events';
import { INTERVIEWS, INTERVIEW_REQUIREMENTS, InterviewRow, RequirementRow } from '../projections/interviews.projection';
import { countByCountyAndStatus } from '../../common/queries/count-by-county';
import { RecordedStep, recordedSteps } from '../../common/queries/recorded-steps';

export interface InterviewFilter {
  countyId?: string;
  unitId?: string;
  status?: InterviewStatus;
}

/** Interviews ordered in a period, counted per county and per status as read today. */
export interface InterviewCount {
  countyId: string;
  status: InterviewStatus;
  count: number;
}

/** Reads of the interviews; statuses are as read on the clock's today (OVERDUE is derived). */
@Injectable()
export class InterviewsReader {
  constructor(
    @Inject(ReadStore) private readonly store: ReadStore,
    @Inject(EventStore) private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  byId(interviewId: string): Promise<InterviewRow | undefined> {
    return this.store.findOne<InterviewRow & Record<string, unknown>>(INTERVIEWS, { interviewId });
  }

  async require(interviewId: string, field = 'interviewId'): Promise<InterviewRow> {
    const row = await this.byId(interviewId);
    if (!row) throw doesNotExist('interview', interviewId, field);
    return row;
  }

  /** Newest first. */
  async list(filter: InterviewFilter = {}, today: Day = this.clock.today()): Promise<InterviewRow[]> {
    const where = Object.fromEntries(
      Object.entries({ countyId: filter.countyId, unitId: filter.unitId }).filter(([, v]) => v !== undefined),
    );
    const rows = await this.store.find<InterviewRow & Record<string, unknown>>(INTERVIEWS, {
      where,
      orderBy: [
        ['orderedOn', 'desc'],
        ['interviewId', 'asc'],
      ],
    });
    return filter.status ? rows.filter((r) => this.statusOf(r, today) === filter.status) : rows;
  }

  statusOf(row: InterviewRow, today: Day = this.clock.today()): InterviewStatus {
    return interviewStatusOn(row.status, row.openDeadline, today);
  }

  requirements(interviewId: string): Promise<RequirementRow[]> {
    return this.store.find<RequirementRow & Record<string, unknown>>(INTERVIEW_REQUIREMENTS, {
      where: { interviewId },
      orderBy: [['number', 'asc']],
    });
  }

  history(interviewId: string): Promise<RecordedStep[]> {
    return recordedSteps(this.events, interviewStream(interviewId));
  }

  /** For the supervision overview: interviews ordered from `from` to `to` (inclusive), by county and status as read today. */
  async countByCountyAndStatus(from: Day, to: Day, today: Day = this.clock.today()): Promise<InterviewCount[]> {
    const rows = await this.store.find<InterviewRow & Record<string, unknown>>(INTERVIEWS, {
      where: { orderedOn: { gte: from, lte: to } },
      columns: ['countyId', 'status', 'openDeadline'],
    });
    return countByCountyAndStatus(rows.map((r) => ({ countyId: r.countyId, status: this.statusOf(r, today) })));
  }
}
