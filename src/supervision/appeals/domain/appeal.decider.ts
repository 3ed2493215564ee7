import { bilingual } from '../../../common/bilingual';
import { Day, addDays } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { ChiefInfo } from '../../../scoring/domain/accountability';
import { UnitFacts } from '../../common/domain/organization-facts';
import { Evidence } from '../../evidence/domain/evidence';
import { AppealEvent, AppealOutcome, CitedCorrection, CitedFact, ContestedFact, OUTCOME_EVENTS } from '../events/appeal.events';
import { APPEAL_STATUS_LABELS } from './appeal-status';
import { appealTarget, checkStanding } from './appeal-target';
import { correctionSummary, factLabel, isCorrection } from '../../../facts/domain/fact-catalogue';

export const DEFAULT_REVIEW_DAYS = 7;

/** What the read models and the log hold of an appeal as it is filed. */
export interface FilingFacts {
  appellant: ChiefInfo;
  /** The unit whose figures are contested. */
  unit: UnitFacts;
  /** Whether that unit is the appellant's own or one below it. */
  unitUnderAppellant: boolean;
  /** The fact contested, as found among those counted in the unit's figures; null when the score is contested. */
  fact: ContestedFact | null;
  /** The log head, read before the figures: a correction must come after it. */
  asOfPosition: string;
  /** The contested unit's figures for the contested days. */
  figures: Evidence;
}

export interface FileAppeal {
  type: 'FileAppeal';
  appealId: string;
  from: Day;
  to: Day;
  reason: string;
  today: Day;
  reviewWithinDays: number;
  facts: FilingFacts;
}

/** An event the review cites, as found among the contested figures' events. */
export interface CitedEvent extends CitedFact {
  data: unknown;
}

/** The events a review cites, as found among the contested figures' events, and those figures now. */
export interface ReviewFacts {
  cited: CitedEvent[];
  figures: Evidence;
}

export interface ReviewAppeal {
  type: 'ReviewAppeal';
  appealId: string;
  outcome: AppealOutcome;
  reasoning: string;
  facts: ReviewFacts;
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
    const { appealId } = command;
    if (!filed) throw new DomainRuleError(bilingual(`申诉 ${appealId} 尚未提出`, `appeal ${appealId} has not been filed`), 'appealId');
    if (state.withdrawn) {
      throw new DomainRuleError(
        bilingual(`申诉 ${appealId} 已撤回，不能再复核或撤回`, `appeal ${appealId} was withdrawn; nothing is left to review or withdraw`),
        'appealId',
      );
    }
    if (state.outcome) {
      const outcome = APPEAL_STATUS_LABELS[state.outcome];
      throw new DomainRuleError(
        bilingual(
          `申诉 ${appealId} 已复核（${outcome}），复核结论为最终结论`,
          `appeal ${appealId} was already reviewed (${outcome}); a review is final`,
        ),
        'appealId',
      );
    }
    if (command.type === 'WithdrawAppeal') {
      if (command.chiefId !== filed.appellantId) {
        throw new DomainRuleError(
          bilingual(
            `只有申诉人（${filed.appellantId}）才能撤回申诉 ${appealId}`,
            `only the appellant (${filed.appellantId}) may withdraw appeal ${appealId}`,
          ),
          'chiefId',
        );
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
  const { appealId, from, to, reason, today, reviewWithinDays, facts } = command;
  const { appellant, unit, asOfPosition, figures } = facts;
  if (state.filed) throw new DomainRuleError(bilingual(`申诉 ${appealId} 已提出过`, `appeal ${appealId} was already filed`), 'appealId');
  if (!facts.unitUnderAppellant) {
    throw new DomainRuleError(
      bilingual(
        `六长 ${appellant.chiefId} 负责 ${appellant.unitId}，只能对本单位或下属单位的数据提出申诉，不能对 ${unit.unitId} 提出`,
        `chief ${appellant.chiefId} answers for ${appellant.unitId}; he may appeal only its figures or those of units below it, not ${unit.unitId}`,
      ),
      'unitId',
    );
  }
  const target = appealTarget(unit, from, to, today, facts.fact);
  checkStanding(appellant, target, today);
  if (!Number.isInteger(reviewWithinDays) || reviewWithinDays < 1) {
    throw new DomainRuleError(
      bilingual('复核期限至少为提出申诉后 1 天', 'the review deadline is at least one day after filing'),
      'reviewWithinDays',
    );
  }
  const { chiefId, name, role, unitId } = appellant;
  return {
    type: 'AppealFiled',
    data: {
      appealId,
      appellant: { chiefId, name, role, unitId },
      target,
      reason,
      filedOn: today,
      deadline: addDays(today, reviewWithinDays),
      asOfPosition,
      figures,
    },
  };
}

function review(command: ReviewAppeal, filed: NonNullable<AppealState['filed']>): AppealEvent {
  const {
    appealId,
    outcome,
    reasoning,
    facts: { cited, figures },
  } = command;
  if (outcome !== 'CORRECTED') {
    if (cited.length > 0) {
      throw new DomainRuleError(
        bilingual(
          `只有“予以更正”（CORRECTED）的复核结论才引用更正事件，${APPEAL_STATUS_LABELS[outcome]}（${outcome}）不引用`,
          `only a CORRECTED outcome cites correcting events, not ${outcome}`,
        ),
        'correctingEventIds',
      );
    }
    return { type: outcome === 'UPHELD' ? 'AppealUpheld' : 'AppealRejected', data: { appealId, reasoning, figures } };
  }
  if (cited.length === 0) {
    throw new DomainRuleError(
      bilingual(
        '复核结论为“予以更正”时，须引用为被申诉数据记录的更正事件',
        'a CORRECTED outcome cites the correcting events recorded for the contested figures',
      ),
      'correctingEventIds',
    );
  }
  const corrections = cited.map((event) => correctionOf(event, filed));
  return { type: 'AppealCorrected', data: { appealId, reasoning, corrections, figures } };
}

function correctionOf(event: CitedEvent, filed: NonNullable<AppealState['filed']>): CitedCorrection {
  const { eventId, type, streamId, position, recordedAt, areaId, day, data } = event;
  const refuse = (zh: string, en: string) =>
    new DomainRuleError(bilingual(`事件 ${eventId} ${zh}`, `event ${eventId} ${en}`), 'correctingEventIds');
  if (!isCorrection(type))
    throw refuse(`是${factLabel(type)}（${type}），不是更正事件`, `is a ${type} (${factLabel(type)}), not a correction`);
  if (filed.fact && streamId !== filed.fact.streamId) {
    throw refuse(
      `更正的是 ${streamId}，不是被申诉的事实 ${filed.fact.streamId}`,
      `corrects ${streamId}, not the contested fact's ${filed.fact.streamId}`,
    );
  }
  if (BigInt(position) <= BigInt(filed.asOfPosition)) throw refuse('记录于申诉提出之前', 'was recorded before the appeal was filed');
  return { eventId, type, streamId, position, recordedAt, areaId, day, summary: correctionSummary(type, data) };
}
