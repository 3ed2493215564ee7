import { Day, addDays } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { Evidence } from '../../evidence/domain/evidence';
import {
  AppealEvent, AppealOutcome, AppealTarget, Appellant, CitedCorrection, CitedFact, ContestedFact, OUTCOME_EVENTS,
} from '../events/appeal.events';
import { APPEAL_STATUS_LABELS } from './appeal-status';
import { checkPastDays, checkStanding } from './appeal-target';
import { correctionSummary, factLabel, isCorrection } from '../../../facts/domain/fact-catalogue';

export const DEFAULT_REVIEW_DAYS = 7;

/** The handler looks the appellant, the figures and the log head up; deciding stays pure. */
export interface FileAppeal {
  type: 'FileAppeal';
  appealId: string;
  appellant: Appellant & { inOffice: boolean };
  target: AppealTarget;
  reason: string;
  today: Day;
  reviewWithinDays: number;
  asOfPosition: string;
  figures: Evidence;
}

/** An event the review cites, as found among the contested figures' events. */
export interface CitedEvent extends CitedFact {
  data: unknown;
}

export interface ReviewAppeal {
  type: 'ReviewAppeal';
  appealId: string;
  outcome: AppealOutcome;
  reasoning: string;
  cited: CitedEvent[];
  figures: Evidence;
}

export interface WithdrawAppeal {
  type: 'WithdrawAppeal';
  appealId: string;
  chiefId: string;
  reason: string | null;
}

export type AppealCommand = FileAppeal | ReviewAppeal | WithdrawAppeal;

export interface AppealState {
  filed: { appellantId: string; fact: ContestedFact | null; asOfPosition: string } | null;
  outcome: AppealOutcome | null;
  withdrawn: boolean;
}

export const appealDecider: Decider<AppealState, AppealCommand, AppealEvent> = {
  initialState: () => ({ filed: null, outcome: null, withdrawn: false }),

  decide(command, state) {
    if (command.type === 'FileAppeal') return [file(command, state)];
    const { filed } = state;
    if (!filed) throw new DomainRuleError(`appeal ${command.appealId} has not been filed`, 'appealId');
    if (state.withdrawn) throw new DomainRuleError(`appeal ${command.appealId} was withdrawn; nothing is left to review or withdraw`, 'appealId');
    if (state.outcome) {
      throw new DomainRuleError(`appeal ${command.appealId} was already reviewed (${APPEAL_STATUS_LABELS[state.outcome]}); a review is final`, 'appealId');
    }
    if (command.type === 'WithdrawAppeal') {
      if (command.chiefId !== filed.appellantId) {
        throw new DomainRuleError(`only the appellant (${filed.appellantId}) may withdraw appeal ${command.appealId}`, 'chiefId');
      }
      return [{ type: 'AppealWithdrawn', data: { appealId: command.appealId, chiefId: command.chiefId, reason: command.reason } }];
    }
    return [review(command, filed)];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'AppealFiled': {
        const { appellant, target, asOfPosition } = event.data;
        return { ...state, filed: { appellantId: appellant.chiefId, fact: target.fact, asOfPosition } };
      }
      case 'AppealWithdrawn':
        return { ...state, withdrawn: true };
      default:
        return { ...state, outcome: OUTCOME_EVENTS[event.type] };
    }
  },
};

function file(command: FileAppeal, state: AppealState): AppealEvent {
  const { appealId, appellant, target, reason, today, reviewWithinDays, asOfPosition, figures } = command;
  if (state.filed) throw new DomainRuleError(`appeal ${appealId} was already filed`, 'appealId');
  checkPastDays(target.from, target.to, today);
  checkStanding(appellant, target);
  if (!Number.isInteger(reviewWithinDays) || reviewWithinDays < 1) {
    throw new DomainRuleError('the review deadline is at least one day after filing', 'reviewWithinDays');
  }
  const { inOffice: _inOffice, ...who } = appellant;
  return {
    type: 'AppealFiled',
    data: { appealId, appellant: who, target, reason, filedOn: today, deadline: addDays(today, reviewWithinDays), asOfPosition, figures },
  };
}

function review(command: ReviewAppeal, filed: NonNullable<AppealState['filed']>): AppealEvent {
  const { appealId, outcome, reasoning, cited, figures } = command;
  if (outcome !== 'CORRECTED') {
    if (cited.length > 0) throw new DomainRuleError(`only a CORRECTED outcome cites correcting events, not ${outcome}`, 'correctingEventIds');
    return { type: outcome === 'UPHELD' ? 'AppealUpheld' : 'AppealRejected', data: { appealId, reasoning, figures } };
  }
  if (cited.length === 0) {
    throw new DomainRuleError('a CORRECTED outcome cites the correcting events recorded for the contested figures', 'correctingEventIds');
  }
  const corrections = cited.map((event) => correctionOf(event, filed));
  return { type: 'AppealCorrected', data: { appealId, reasoning, corrections, figures } };
}

function correctionOf(event: CitedEvent, filed: NonNullable<AppealState['filed']>): CitedCorrection {
  const { eventId, type, streamId, position, recordedAt, areaId, day, data } = event;
  const refuse = (problem: string) => new DomainRuleError(`event ${eventId} ${problem}`, 'correctingEventIds');
  if (!isCorrection(type)) throw refuse(`is a ${type} (${factLabel(type)}), not a correction`);
  if (filed.fact && streamId !== filed.fact.streamId) throw refuse(`corrects ${streamId}, not the contested fact's ${filed.fact.streamId}`);
  if (BigInt(position) <= BigInt(filed.asOfPosition)) throw refuse('was recorded before the appeal was filed');
  return { eventId, type, streamId, position, recordedAt, areaId, day, summary: correctionSummary(type, data) };
}
