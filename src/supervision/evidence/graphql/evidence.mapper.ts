import { Evidence, evidenceSummary } from '../domain/evidence';
import { EvidenceType } from './evidence.types';
import { apiIndicators } from '../../../scoring/graphql/indicator-names';

export const toEvidenceType = (e: Evidence): EvidenceType => ({
  ...e,
  asOf: e.asOf ?? null,
  indicators: apiIndicators(e.indicators),
  lastYear: apiIndicators(e.lastYear),
  summary: evidenceSummary(e),
});
