import { Actor } from '../../event-store/event-store.port';
import { Projection } from '../../read-store/projection';
import { DetectorKey } from '../domain/finding';
import { FindingVerified, VerificationOutcome } from '../events/finding.events';

export const FINDING_VERIFICATIONS = 'finding_verifications';

export interface FindingVerificationRow {
  findingId: string;
  unitId: string;
  /** The finding as verified: what the unit concerned reads once it is decided. */
  detector: DetectorKey;
  about: string;
  summary: string;
  periodFrom: string;
  periodTo: string;
  outcome: VerificationOutcome;
  reason: string;
  verifiedAt: string;
  verifiedBy: Actor;
}

/** Each finding's verdict (核查), as staff gave it. */
export const findingVerificationsProjection: Projection = {
  name: 'finding-verifications',
  version: 2,
  tables: [
    {
      name: FINDING_VERIFICATIONS,
      columns: {
        findingId: 'text',
        unitId: 'text',
        detector: 'text',
        about: 'text',
        summary: 'text',
        periodFrom: 'text',
        periodTo: 'text',
        outcome: 'text',
        reason: 'text',
        verifiedAt: 'text',
        verifiedBy: 'json',
      },
      key: ['findingId'],
      indexes: [['unitId']],
    },
  ],
  eventTypes: ['FindingVerified'],
  project(event) {
    if (event.type !== 'FindingVerified') return [];
    const { findingId, finding, period, outcome, reason } = (event as unknown as FindingVerified).data;
    const row: FindingVerificationRow = {
      findingId,
      unitId: finding.unitId,
      detector: finding.detector,
      about: finding.about,
      summary: finding.summary,
      periodFrom: period.from,
      periodTo: period.to,
      outcome,
      reason,
      verifiedAt: event.metadata.recordedAt,
      verifiedBy: event.metadata.actor,
    };
    return [{ op: 'insert', table: FINDING_VERIFICATIONS, row: { ...row } }];
  },
};
