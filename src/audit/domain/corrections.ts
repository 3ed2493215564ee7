import type { CaseEvent } from '../../facts/losses/events/loss.events';
import { isCorrection } from '../../facts/domain/fact-catalogue';

/** Whether an event recorded a fact or corrected one recorded before. */
export const AUDIT_KINDS = ['RECORDED', 'CORRECTED'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export const AUDIT_KIND_LABELS: Record<AuditKind, string> = { RECORDED: '记录', CORRECTED: '更正' };

export const auditKind = (type: string): AuditKind => (isCorrection(type) ? 'CORRECTED' : 'RECORDED');

/**
 * Corrections of a case name it by caseId, not by event: they correct the filing, the first event
 * of their stream (the case decider refuses anything before it).
 */
export const STREAM_FACT_CORRECTIONS: readonly string[] = [
  'CaseLossAmended',
  'CaseRevoked',
  'CaseTimeCorrected',
] satisfies CaseEvent['type'][];
export const correctsStreamFact = (type: string) => STREAM_FACT_CORRECTIONS.includes(type);

/** What a correcting event says about the fact it corrects: the fact's event id (when it names one) and why. */
export function correctionOf(type: string, data: unknown): { eventId: string | null; reason: string | null } | null {
  if (!isCorrection(type)) return null;
  const { eventId, reason } = data as { eventId?: unknown; reason?: unknown };
  return { eventId: typeof eventId === 'string' ? eventId : null, reason: typeof reason === 'string' ? reason : null };
}
