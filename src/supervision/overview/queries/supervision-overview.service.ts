import { Injectable } from '@nestjs/common';
import { Day, businessDayOf } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { targetLabel } from '../../interviews/graphql/interview.mapper';
import { INTERVIEW_STATUS_LABELS } from '../../interviews/domain/interview-status';
import { InterviewsReader } from '../../interviews/queries/interviews.reader';
import { LETTER_STATUS_LABELS, displayStatus, isOverdue } from '../../letters/domain/letter-status';
import { LettersReader } from '../../letters/queries/letters.reader';
import { LISTING_STATUS_LABELS, listingOverdue } from '../../listings/domain/listing-status';
import { ListingsReader } from '../../listings/queries/listings.reader';
import { ActionItem, SupervisionOverview, supervisionOverview } from '../domain/supervision-overview';

/** Letters, interviews and listings read together, so leadership sees "6 listed, 9 interviews, 26 letters" from events. */
@Injectable()
export class SupervisionOverviewService {
  constructor(
    private readonly letters: LettersReader,
    private readonly interviews: InterviewsReader,
    private readonly listings: ListingsReader,
    private readonly clock: Clock,
  ) {}

  async overview(from: Day, to: Day, countyId?: string): Promise<SupervisionOverview> {
    return supervisionOverview(await this.items(countyId), from, to);
  }

  /** Every letter, interview and listing (of one county when given), its status read today. */
  async items(countyId?: string): Promise<ActionItem[]> {
    const today = this.clock.today();
    return (
      await Promise.all([this.letterItems(today, countyId), this.interviewItems(today, countyId), this.listingItems(today, countyId)])
    ).flat();
  }

  private async letterItems(today: Day, countyId?: string): Promise<ActionItem[]> {
    return (await this.letters.list({ countyId })).map((row) => {
      const status = displayStatus(row.status, row.deadline, today);
      return {
        kind: 'LETTER',
        id: row.letterId,
        countyId: row.countyId,
        title: `${row.number ?? '（草稿）'} ${row.title}`,
        status,
        statusLabel: LETTER_STATUS_LABELS[status],
        open: !['DRAFT', 'WITHDRAWN', 'CLOSED'].includes(row.status),
        overdue: isOverdue(row.status, row.deadline, today),
        deadline: row.deadline,
        countedOn: row.issuedOn,
        township: false,
      };
    });
  }

  private async interviewItems(today: Day, countyId?: string): Promise<ActionItem[]> {
    return (await this.interviews.list({ countyId }, today)).map((row) => {
      const status = this.interviews.statusOf(row, today);
      return {
        kind: 'INTERVIEW',
        id: row.interviewId,
        countyId: row.countyId,
        title: `约谈${targetLabel(row.target)}`,
        status,
        statusLabel: INTERVIEW_STATUS_LABELS[status],
        open: !['CANCELLED', 'CLOSED'].includes(row.status),
        overdue: status === 'OVERDUE',
        deadline: row.openDeadline,
        countedOn: row.heldAt ? businessDayOf(row.heldAt) : null,
        township: false,
      };
    });
  }

  private async listingItems(today: Day, countyId?: string): Promise<ActionItem[]> {
    return (await this.listings.list({ countyId }, today)).map((row) => {
      const status = this.listings.statusOf(row, today);
      const place = row.target.township ?? row.target.areaName ?? row.target.stationName;
      return {
        kind: 'LISTING',
        id: row.listingId,
        countyId: row.countyId,
        title: `挂牌整治${place}`,
        status,
        statusLabel: LISTING_STATUS_LABELS[status],
        open: row.status !== 'DELISTED',
        overdue: listingOverdue(row.status, row.deadline, today),
        deadline: row.deadline,
        countedOn: row.listedOn,
        township: row.target.township !== null,
      };
    });
  }
}
