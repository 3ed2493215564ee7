import { DomainEvent } from '../../common/decider';
import { Finding } from '../domain/finding';

/**
 * A finding verified by evaluation staff (核查): confirmed as gaming, or explained (a real
 * turn-around, a clerk's backlog), always with the reason. The finding is frozen into the event as
 * it was seen, statistic and evidence included, whatever later events change.
 */
export const VERIFICATION_OUTCOMES = ['CONFIRMED', 'EXPLAINED'] as const;
export type VerificationOutcome = (typeof VERIFICATION_OUTCOMES)[number];

export const VERIFICATION_OUTCOME_LABELS: Record<VerificationOutcome, string> = { CONFIRMED: '核查属实', EXPLAINED: '已作出合理解释' };

export type FindingVerified = DomainEvent<
  'FindingVerified',
  { findingId: string; finding: Finding; period: { from: string; to: string }; outcome: VerificationOutcome; reason: string }
>;

export type FindingEvent = FindingVerified;

export const findingStream = (findingId: string) => `finding-${findingId}`;
