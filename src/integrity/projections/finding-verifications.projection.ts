import { Actor } from '../../event-store/event-store.port';
import { Projection } from '../../read-store/projection';
import { FindingVerified, VerificationOutcome } from '../events/finding.events';

export const FINDING_VERIFICATIONS = 'finding_verifications';

export interface FindingVerificationRow {
  findingId: string;
  unitId: string;
  outcome: VerificationOutcome;
  reason: string;
  verifiedAt: string;
  verifiedBy: Actor;
}

/** Each finding's verdict (核查), as staff gave it. */
export const findingVerificationsProjection: Projection = {
  name: 'finding-verifications',
  version: 1,
  tables: [
    {
      name: FINDING_VERIFICATIONS,
      columns: { findingId: 'text', unitId: 'text', outcome: 'text', reason: 'text', verifiedAt: 'text', verifiedBy: 'json' },
      key: ['findingId'],
      indexes: [['unitId']],
    },
  ],
  eventTypes: ['FindingVerified'],
  project(event) {
    if (event.type !== 'FindingVerified') return [];
    const { findingId, finding, outcome, reason } = (event as unknown as FindingVerified).data;
    const row: FindingVerificationRow = {
      findingId,
      unitId: finding.unitId,
      outcome,
      reason,
      verifiedAt: event.metadata.recordedAt,
      verifiedBy: event.metadata.actor,
    };
    return [{ op: 'insert', table: FINDING_VERIFICATIONS, row: { ...row } }];
  },
};
