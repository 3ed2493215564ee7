import { Evidence, evidenceSummary } from '../domain/evidence';
import { EvidenceType } from './evidence.types';

export const toEvidenceType = (e: Evidence): EvidenceType => ({ ...e, summary: evidenceSummary(e) });
