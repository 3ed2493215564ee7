import { auditTrailProjection } from '../audit/projections/audit-trail.projection';
import { findingVerificationsProjection } from '../integrity/projections/finding-verifications.projection';
import { factRecordsProjection } from '../facts/projections/fact-records.projection';
import { bulletinsProjection } from '../bulletins/projections/bulletins.projection';
import { organizationProjection } from '../organization/projections/organization.projection';
import { notificationsProjection } from '../notifications/projections/notifications.projection';
import { openWarningsProjection } from '../facts/warnings/projections/open-warnings.projection';
import { Projection } from '../read-store/projection';
import { dailyIndicatorsProjection } from '../scoring/projections/daily-indicators.projection';
import { ruleSetsProjection } from '../scoring/projections/rule-sets.projection';
import { appealsProjection } from '../supervision/appeals/projections/appeals.projection';
import { instructionsProjection } from '../supervision/instructions/projections/instructions.projection';
import { interviewsProjection } from '../supervision/interviews/projections/interviews.projection';
import { lettersProjection } from '../supervision/letters/projections/letters.projection';
import { listingsProjection } from '../supervision/listings/projections/listings.projection';
import { problemsProjection } from '../supervision/problems/projections/problems.projection';
import { suggestionDecisionsProjection } from '../supervision/suggestions/projections/suggestion-decisions.projection';
import { visitsProjection } from '../supervision/visits/projections/visits.projection';

export const ALL_PROJECTIONS: Projection[] = [
  organizationProjection,
  ruleSetsProjection,
  dailyIndicatorsProjection,
  bulletinsProjection,
  visitsProjection,
  problemsProjection,
  lettersProjection,
  interviewsProjection,
  listingsProjection,
  appealsProjection,
  suggestionDecisionsProjection,
  instructionsProjection,
  factRecordsProjection,
  findingVerificationsProjection,
  notificationsProjection,
  openWarningsProjection,
  auditTrailProjection,
];

/** Every event type some projection maps, or undefined when one of them takes all. */
export function projectedEventTypes(projections = ALL_PROJECTIONS): string[] | undefined {
  if (projections.some((p) => !p.eventTypes)) return undefined;
  return [...new Set(projections.flatMap((p) => p.eventTypes ?? []))].sort();
}
