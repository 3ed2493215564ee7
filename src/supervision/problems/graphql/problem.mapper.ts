import { Day } from '../../../common/business-day';
import { percentOf } from '../../../common/ratio';
import { CHIEF_ROLE_LABELS } from '../../../organization/events/organization.events';
import { toEvidenceType } from '../../evidence/graphql/evidence.mapper';
import { CANDIDATE_RULE_LABELS, CandidateWithEvidence } from '../domain/problem-candidates';
import { PROBLEM_STATUS_LABELS, STEP_LABELS, problemStatus } from '../domain/problem-status';
import { ProblemOrigin } from '../events/problem.events';
import { ProblemRow } from '../projections/problems.projection';
import { ProblemList } from '../queries/problem-list.service';
import { ORIGIN_LABELS, ProblemCandidateType, ProblemListType, ProblemOriginType, ProblemType } from './problem.types';

export const toCandidateType = (c: CandidateWithEvidence): ProblemCandidateType => ({
  ...c,
  ruleLabel: CANDIDATE_RULE_LABELS[c.rule],
  ratio: c.ratio && { ...c.ratio, percent: percentOf(c.ratio.numerator, c.ratio.denominator) },
  evidence: toEvidenceType(c.evidence),
});

function toOriginType(origin: ProblemOrigin): ProblemOriginType {
  return {
    kind: origin.kind,
    kindLabel: ORIGIN_LABELS[origin.kind],
    candidateKey: origin.kind === 'CANDIDATE' ? origin.candidateKey : null,
    rule: origin.kind === 'CANDIDATE' ? origin.rule : null,
    visitId: origin.kind === 'VISIT_POINT' ? origin.visitId : null,
    pointNumber: origin.kind === 'VISIT_POINT' ? origin.pointNumber : null,
    visitDay: origin.kind === 'VISIT_POINT' ? origin.visitDay : null,
  };
}

/** Status and overdue are read off the deadline against `today`. */
export function toProblemType(p: ProblemRow, today: Day, unitNames: ReadonlyMap<string, string>): ProblemType {
  return {
    ...p,
    ...problemStatus(p.stage, p.deadline, today),
    unitName: unitNames.get(p.unitId) ?? p.unitId,
    origin: toOriginType(p.origin),
    evidence: p.evidence && toEvidenceType(p.evidence),
    owner: { ...p.owner, roleLabel: CHIEF_ROLE_LABELS[p.owner.role] },
    history: p.history.map((h) => ({ ...h, stepLabel: STEP_LABELS[h.step], stageLabel: PROBLEM_STATUS_LABELS[h.stage] })),
  };
}

export const toProblemListType = (list: ProblemList, today: Day, unitNames: ReadonlyMap<string, string>): ProblemListType => ({
  ...list,
  problems: list.problems.map((p) => toProblemType(p, today, unitNames)),
  candidates: list.candidates.map(toCandidateType),
});
