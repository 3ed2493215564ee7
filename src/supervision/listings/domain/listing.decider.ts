import { wrongUnitLevel } from '../../../organization/domain/refusals';
import { deadlineBeforeToday } from '../../../common/refusals';
import { bilingual } from '../../../common/bilingual';
import { Day } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { UnitFacts } from '../../common/domain/organization-facts';
import { Evidence } from '../../evidence/domain/evidence';
import { ListingEvent, ListingPlaced } from '../events/listing.events';
import { ExitCondition } from './exit-condition';
import { PeriodCounts, evaluateExit, unmetText } from './exit-evaluation';
import { LISTING_STATUS_LABELS, RecordedListingStatus } from './listing-status';

/** What the organisation read model says of the station named, and the figures cited, frozen as gathered. */
export interface PlacingFacts {
  station: UnitFacts & { areaName: string | null };
  evidence: Evidence;
}

export interface PlaceListing extends Pick<ListingPlaced['data'], 'listingId' | 'reason' | 'deadline' | 'exitConditions'> {
  type: 'PlaceListing';
  township: string | null;
  today: Day;
  facts: PlacingFacts;
}

/** `today` comes from the clock; placing brings the station, a review the area's figures for the periods it looks at. */
export type ListingCommand =
  | PlaceListing
  | { type: 'ReviewListing'; listingId: string; asOf: Day; today: Day; facts: { figures: PeriodCounts[] } }
  | { type: 'ExtendListing'; listingId: string; deadline: Day; reason: string; today: Day }
  | { type: 'EscalateListing'; listingId: string; reason: string; interviewId: string | null; today: Day }
  | { type: 'DelistListing'; listingId: string; note: string | null; today: Day };

interface LastReview {
  number: number;
  asOf: Day;
  met: boolean;
  unmet: string[];
}

export interface ListingState {
  status: RecordedListingStatus | null;
  listedOn: Day;
  deadline: Day;
  conditions: ExitCondition[];
  lastReview: LastReview | null;
}

/** 挂牌整治: listed with a deadline and an exit condition, reviewed on the figures, extended or escalated, delisted. */
export const listingDecider: Decider<ListingState, ListingCommand, ListingEvent> = {
  initialState: () => ({ status: null, listedOn: '', deadline: '', conditions: [], lastReview: null }),

  decide(command, state) {
    const { listingId, today } = command;
    if (command.type === 'PlaceListing') return [place(command, state)];
    const status = requireListed(state, listingId);
    switch (command.type) {
      case 'ReviewListing': {
        const { asOf } = command;
        if (asOf > today) {
          throw new DomainRuleError(
            bilingual(
              `复核只看已结束的日期：${asOf} 晚于今天（${today}）`,
              `a review looks at days that are over; ${asOf} is after today (${today})`,
            ),
            'asOf',
          );
        }
        if (asOf < state.listedOn) {
          throw new DomainRuleError(
            bilingual(`复核截止日 ${asOf} 早于挂牌日（${state.listedOn}）`, `${asOf} is before the listing (${state.listedOn})`),
            'asOf',
          );
        }
        const { conditions, met } = evaluateExit(state.conditions, state.listedOn, asOf, command.facts.figures);
        return [{ type: 'ListingReviewed', data: { listingId, number: (state.lastReview?.number ?? 0) + 1, asOf, conditions, met } }];
      }
      case 'ExtendListing': {
        overdueUnmet(state, listingId, today, 'extended');
        const { deadline, reason } = command;
        if (deadline <= state.deadline || deadline < today) {
          throw new DomainRuleError(
            bilingual(
              `新的整改期限须晚于当前期限（${state.deadline}），且不早于今天（${today}）`,
              `the new deadline must be after the current one (${state.deadline}) and not before today (${today})`,
            ),
            'deadline',
          );
        }
        return [{ type: 'ListingExtended', data: { listingId, deadline, previousDeadline: state.deadline, reason } }];
      }
      case 'EscalateListing':
        if (status === 'ESCALATED') {
          throw new DomainRuleError(
            bilingual(
              `挂牌整治 ${listingId} 已升级约谈，须先延期才能再次升级`,
              `listing ${listingId} was already escalated; extend it before escalating again`,
            ),
            'listingId',
          );
        }
        overdueUnmet(state, listingId, today, 'escalated');
        return [
          { type: 'ListingEscalated', data: { listingId, escalatedOn: today, reason: command.reason, interviewId: command.interviewId } },
        ];
      case 'DelistListing': {
        const review = state.lastReview;
        if (!review) {
          throw new DomainRuleError(
            bilingual(
              '不能摘牌：尚未复核，请先复核，确认满足摘牌条件',
              'cannot delist: the listing has not been reviewed; review it to confirm the exit condition is met',
            ),
            'listingId',
          );
        }
        if (!review.met) {
          throw new DomainRuleError(
            bilingual(
              `不能摘牌：最近一次复核（截至 ${review.asOf}）${review.unmet.join('；')}`,
              `cannot delist: the latest review (as of ${review.asOf}) found ${review.unmet.length} exit condition(s) unmet`,
            ),
            'listingId',
          );
        }
        return [
          {
            type: 'ListingDelisted',
            data: { listingId, delistedOn: today, note: command.note, review: { number: review.number, asOf: review.asOf } },
          },
        ];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ListingPlaced':
        return {
          ...state,
          status: 'LISTED',
          listedOn: event.data.listedOn,
          deadline: event.data.deadline,
          conditions: event.data.exitConditions,
        };
      case 'ListingReviewed': {
        const { number, asOf, met, conditions } = event.data;
        return { ...state, lastReview: { number, asOf, met, unmet: conditions.filter((c) => !c.met).map(unmetText) } };
      }
      case 'ListingExtended':
        return { ...state, status: 'EXTENDED', deadline: event.data.deadline };
      case 'ListingEscalated':
        return { ...state, status: 'ESCALATED' };
      case 'ListingDelisted':
        return { ...state, status: 'DELISTED' };
    }
  },
};

/** A listing names a station: its defense area is listed, or contains the township listed. */
function place(command: PlaceListing, state: ListingState): ListingEvent {
  const {
    listingId,
    township,
    reason,
    deadline,
    exitConditions,
    today,
    facts: { station, evidence },
  } = command;
  if (station.level !== 'STATION' || !station.parentId) {
    throw wrongUnitLevel(
      station,
      {
        zh: '挂牌整治须指定防区被挂牌、或辖有被挂牌乡镇街道的派出所',
        en: 'a listing names the station whose defense area is listed or contains the township',
      },
      'input.stationId',
    );
  }
  if (state.status)
    throw new DomainRuleError(bilingual(`挂牌整治 ${listingId} 已挂牌`, `listing ${listingId} was already placed`), 'listingId');
  if (deadline < today) throw deadlineBeforeToday(deadline, today, 'deadline');
  if (exitConditions.length === 0) {
    throw new DomainRuleError(
      bilingual('挂牌整治至少须有一项摘牌条件', 'a listing states at least one exit condition (摘牌条件)'),
      'exitConditions',
    );
  }
  const target = { stationId: station.unitId, stationName: station.name, areaName: station.areaName, township };
  return {
    type: 'ListingPlaced',
    data: { listingId, target, countyId: station.parentId, reason, evidence, deadline, exitConditions, listedOn: today },
  };
}

function requireListed(state: ListingState, listingId: string): RecordedListingStatus {
  if (!state.status)
    throw new DomainRuleError(bilingual(`挂牌整治 ${listingId} 尚未挂牌`, `listing ${listingId} has not been placed`), 'listingId');
  if (state.status === 'DELISTED') {
    const delisted = LISTING_STATUS_LABELS.DELISTED;
    throw new DomainRuleError(
      bilingual(`挂牌整治 ${listingId} ${delisted}`, `listing ${listingId} is ${delisted} (DELISTED)`),
      'listingId',
    );
  }
  return state.status;
}

const STEPS = { extended: '延期', escalated: '升级约谈' } as const;

/** Extension and escalation answer a deadline passed without the exit condition met. */
function overdueUnmet(state: ListingState, listingId: string, today: Day, verb: keyof typeof STEPS) {
  if (state.deadline >= today) {
    throw new DomainRuleError(
      bilingual(
        `挂牌整治 ${listingId} 的整改期限为 ${state.deadline}，期限届满仍未满足摘牌条件时才能${STEPS[verb]}`,
        `listing ${listingId} is due on ${state.deadline}; it can be ${verb} once that day is over without the exit condition met`,
      ),
      'listingId',
    );
  }
  if (state.lastReview?.met) {
    const { asOf } = state.lastReview;
    throw new DomainRuleError(
      bilingual(
        `最近一次复核（截至 ${asOf}）已满足摘牌条件：请对挂牌整治 ${listingId} 摘牌`,
        `the latest review (as of ${asOf}) met the exit condition: delist listing ${listingId} instead`,
      ),
      'listingId',
    );
  }
}
