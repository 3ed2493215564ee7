import { Day } from '../../../common/business-day';
import { toEvidenceType } from '../../evidence/graphql/evidence.mapper';
import { LETTER_ACTION_LABELS, LETTER_STATUS_LABELS, displayStatus } from '../domain/letter-status';
import { LetterRow } from '../projections/letters.projection';
import { LetterType } from './letter.types';

/** Where the letter is served as a document (see LetterDocumentsController). */
export const letterDocumentUrl = (letterId: string, format: 'html' | 'pdf') => `/letters/${encodeURIComponent(letterId)}.${format}`;

/** The letter as read on `today`: OVERDUE is worked out here, never stored. */
export function toLetterType(row: LetterRow, today: Day): LetterType {
  const status = displayStatus(row.status, row.deadline, today);
  return {
    letterId: row.letterId,
    status,
    statusLabel: LETTER_STATUS_LABELS[status],
    overdue: status === 'OVERDUE',
    addressee: row.addressee,
    title: row.title,
    findings: row.findings,
    requirements: row.requirements,
    deadline: row.deadline,
    evidence: toEvidenceType(row.evidence),
    number: row.number,
    year: row.year,
    sequence: row.sequence,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    signedBy: row.signedBy,
    withdrawnReason: row.withdrawnReason,
    closingRemark: row.closingRemark,
    answers: row.answers.map((a, i) => {
      const returned = row.returns[i];
      return {
        measures: a.measures,
        answeredOn: a.answeredOn,
        deadline: a.deadline,
        late: a.late,
        answeredAt: a.occurredAt,
        answeredBy: a.actor,
        returned: returned
          ? { reason: returned.reason, deadline: returned.deadline, returnedAt: returned.occurredAt, returnedBy: returned.actor }
          : null,
      };
    }),
    history: row.history.map((h) => ({
      ...h,
      actionLabel: LETTER_ACTION_LABELS[h.action],
      statusLabel: LETTER_STATUS_LABELS[h.status],
    })),
    htmlUrl: letterDocumentUrl(row.letterId, 'html'),
    pdfUrl: letterDocumentUrl(row.letterId, 'pdf'),
  };
}
