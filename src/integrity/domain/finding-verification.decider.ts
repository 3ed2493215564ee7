import { bilingual } from '../../common/bilingual';
import { Decider, DomainRuleError } from '../../common/decider';
import { FindingEvent, VERIFICATION_OUTCOME_LABELS, VerificationOutcome } from '../events/finding.events';
import { Finding } from './finding';
import { findingIdOf } from './finding-id';

/** 核查: staff verify a finding as the detectors give it now, for the period it was found in. */
export interface VerifyFinding {
  type: 'VerifyFinding';
  findingId: string;
  /** The finding as computed when staff verified it; null when the detectors no longer give it. */
  finding: Finding | null;
  period: { from: string; to: string };
  outcome: VerificationOutcome;
  reason: string;
}

export interface FindingState {
  verified: { outcome: VerificationOutcome } | null;
}

/** A finding is verified once, with its reason; a second verdict would leave the first unexplained. */
export const findingVerificationDecider: Decider<FindingState, VerifyFinding, FindingEvent> = {
  initialState: () => ({ verified: null }),

  decide(command, state) {
    const { findingId, finding, period, outcome } = command;
    if (!finding || findingIdOf(finding, period) !== findingId) {
      throw new DomainRuleError(
        bilingual(`线索 ${findingId} 在该期间不存在或已不再成立`, `finding ${findingId} is not among the period's findings`),
        'findingId',
      );
    }
    if (state.verified) {
      throw new DomainRuleError(
        bilingual(
          `线索 ${findingId} 已核查（${VERIFICATION_OUTCOME_LABELS[state.verified.outcome]}）`,
          `finding ${findingId} was already verified (${state.verified.outcome})`,
        ),
        'findingId',
      );
    }
    const reason = command.reason.trim();
    if (!reason) {
      throw new DomainRuleError(bilingual('须写明核查结论的理由', 'reason must say what the verification found'), 'reason');
    }
    return [{ type: 'FindingVerified', data: { findingId, finding, period, outcome, reason } }];
  },

  evolve: (_state, event) => ({ verified: { outcome: event.data.outcome } }),
};
