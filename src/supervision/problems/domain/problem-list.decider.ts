import { Day } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { CHIEF_ROLE_LABELS } from '../../../organization/events/organization.events';
import { Evidence } from '../../evidence/domain/evidence';
import { VisitPoint } from '../../visits/events/visit.events';
import { ProblemEvent, ProblemOrigin, ProblemOwner, ProblemRaised } from '../events/problem.events';
import { ProblemCandidate } from './problem-candidates';
import { checkMonth } from './problem-month';
import { STAGE_AFTER, ProblemStage, stageName } from './problem-status';

/** The owner as the organisation read model has him; `countyId` is his unit's county (null above the counties). */
export interface OwnerFacts extends ProblemOwner {
  countyId: string | null;
  inOffice: boolean;
}

/** What the handler found for each way of raising a problem; the decider checks it against the list. */
export type RaiseSource =
  | { kind: 'CANDIDATE'; candidate: ProblemCandidate; evidence: Evidence }
  | { kind: 'MANUAL'; title: string; description: string; evidence: Evidence | null; evidenceCountyId: string | null }
  | {
    kind: 'VISIT_POINT';
    visit: { visitId: string; countyId: string; day: Day; chiefName: string; points: VisitPoint[] };
    pointNumber: number;
    title: string | null;
    evidence: Evidence | null;
  };

export interface RaiseProblem {
  type: 'RaiseProblem';
  problemId: string;
  countyId: string;
  month: string;
  today: Day;
  deadline: Day;
  owner: OwnerFacts;
  source: RaiseSource;
}

export type ProblemStep =
  | { type: 'StartRectification'; problemId: string; plan: string }
  | { type: 'ReportRectified'; problemId: string; text: string; references: string[] }
  | { type: 'VerifyRectification'; problemId: string; note: string | null }
  | { type: 'RefuseVerification'; problemId: string; reason: string };

export type ProblemListCommand = RaiseProblem | ProblemStep;

export interface ProblemListState {
  problems: ReadonlyMap<string, { number: number; stage: ProblemStage }>;
  /** Candidate keys and visit points (`visitId#n`) already on the list, with the number they got. */
  raisedFrom: ReadonlyMap<string, number>;
}

const originKey = (origin: ProblemOrigin) =>
  origin.kind === 'CANDIDATE' ? origin.candidateKey : origin.kind === 'VISIT_POINT' ? `${origin.visitId}#${origin.pointNumber}` : null;

function required(text: string, field: string, what: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new DomainRuleError(`${what} must not be empty`, field);
  return trimmed;
}

/** Each way of raising gives the unit, origin, texts and evidence of the problem. */
function raisedFrom({ source, countyId }: RaiseProblem): Pick<ProblemRaised['data'], 'unitId' | 'origin' | 'title' | 'description' | 'evidence'> {
  switch (source.kind) {
    case 'CANDIDATE': {
      const { candidate, evidence } = source;
      const origin = { kind: 'CANDIDATE' as const, candidateKey: candidate.key, rule: candidate.rule };
      return { unitId: candidate.unitId, origin, title: candidate.title, description: candidate.description, evidence };
    }
    case 'MANUAL': {
      const { evidence } = source;
      if (evidence && source.evidenceCountyId !== countyId) {
        throw new DomainRuleError(`the evidence is about ${evidence.unitId}, which is neither county ${countyId} nor one of its stations`, 'evidence.unitId');
      }
      const title = required(source.title, 'title', 'the title');
      const description = required(source.description, 'description', 'the description');
      return { unitId: evidence?.unitId ?? countyId, origin: { kind: 'MANUAL' }, title, description, evidence };
    }
    case 'VISIT_POINT': {
      const { visit, pointNumber } = source;
      if (visit.countyId !== countyId) throw new DomainRuleError(`visit ${visit.visitId} was to county ${visit.countyId}, not ${countyId}`, 'visitId');
      const point = visit.points.find((p) => p.number === pointNumber);
      if (!point) throw new DomainRuleError(`visit ${visit.visitId} raised ${visit.points.length} point(s); there is no point ${pointNumber}`, 'pointNumber');
      const origin = { kind: 'VISIT_POINT' as const, visitId: visit.visitId, pointNumber, visitDay: visit.day, chiefName: visit.chiefName };
      const title = source.title === null ? point.text : required(source.title, 'title', 'the title');
      const description = `${visit.day} ${visit.chiefName}督导点题(第${pointNumber}点): ${point.text}`;
      return { unitId: point.stationId ?? countyId, origin, title, description, evidence: source.evidence };
    }
  }
}

function raise(command: RaiseProblem, state: ProblemListState): ProblemRaised[] {
  const { problemId, countyId, month, today, deadline, owner } = command;
  checkMonth(month, today);
  if (deadline < today) throw new DomainRuleError(`the deadline ${deadline} is before today (${today})`, 'deadline');
  if (!owner.inOffice) throw new DomainRuleError(`chief ${owner.chiefId} is not in office`, 'ownerChiefId');
  if (owner.countyId !== countyId) {
    throw new DomainRuleError(`chief ${owner.chiefId} (${CHIEF_ROLE_LABELS[owner.role]}, ${owner.unitId}) is not a chief of county ${countyId} or of its stations`, 'ownerChiefId');
  }
  const raised = raisedFrom(command);
  const key = originKey(raised.origin);
  const earlier = key === null ? undefined : state.raisedFrom.get(key);
  if (earlier !== undefined) {
    const field = raised.origin.kind === 'CANDIDATE' ? 'candidateKey' : 'pointNumber';
    throw new DomainRuleError(`this is already on the ${month} list of county ${countyId} as 第${earlier}项`, field);
  }
  const { chiefId, name, role, unitId } = owner;
  const data = { problemId, countyId, month, number: state.problems.size + 1, ...raised, owner: { chiefId, name, role, unitId }, deadline };
  return [{ type: 'ProblemRaised', data }];
}

/** The stage a step needs, what it is called in a refusal, and the event it records. */
function advance(step: ProblemStep, { number, stage }: { number: number; stage: ProblemStage }): ProblemEvent {
  const needs = (wanted: ProblemStage, action: string) => {
    if (stage !== wanted) {
      throw new DomainRuleError(`problem 第${number}项 (${step.problemId}) is ${stageName(stage)}; ${action} needs ${stageName(wanted)}`, 'problemId');
    }
  };
  const { problemId } = step;
  switch (step.type) {
    case 'StartRectification':
      needs('RAISED', 'a rectification plan (整改方案)');
      return { type: 'ProblemRectificationStarted', data: { problemId, plan: required(step.plan, 'plan', 'the plan') } };
    case 'ReportRectified': {
      needs('RECTIFYING', 'reporting it rectified (整改完成)');
      const references = step.references.map((r, i) => required(r, `references.${i}`, `reference ${i + 1}`));
      return { type: 'ProblemRectified', data: { problemId, text: required(step.text, 'text', 'the rectification evidence'), references } };
    }
    case 'VerifyRectification':
      needs('RECTIFIED', 'verification (核验销号)');
      return { type: 'ProblemVerified', data: { problemId, note: step.note?.trim() || null } };
    case 'RefuseVerification':
      needs('RECTIFIED', 'refusing verification (核验不通过)');
      return { type: 'ProblemVerificationRefused', data: { problemId, reason: required(step.reason, 'reason', 'the reason') } };
  }
}

/**
 * A county's problem list of one month (问题清单): problems numbered as raised, a candidate or a
 * visit point at most once, each problem RAISED → RECTIFYING → RECTIFIED → VERIFIED, a refused
 * verification sending it back to RECTIFYING. Overdue is not a stage: it is read off the deadline.
 */
export const problemListDecider: Decider<ProblemListState, ProblemListCommand, ProblemEvent> = {
  initialState: () => ({ problems: new Map(), raisedFrom: new Map() }),

  decide(command, state) {
    if (command.type === 'RaiseProblem') return raise(command, state);
    const problem = state.problems.get(command.problemId);
    if (!problem) throw new DomainRuleError(`problem ${command.problemId} is not on this list`, 'problemId');
    return [advance(command, problem)];
  },

  evolve(state, event) {
    const problems = new Map(state.problems);
    if (event.type !== 'ProblemRaised') {
      const problem = problems.get(event.data.problemId)!;
      return { ...state, problems: problems.set(event.data.problemId, { ...problem, stage: STAGE_AFTER[event.type] }) };
    }
    const { problemId, number, origin } = event.data;
    const key = originKey(origin);
    return {
      problems: problems.set(problemId, { number, stage: 'RAISED' }),
      raisedFrom: key === null ? state.raisedFrom : new Map(state.raisedFrom).set(key, number),
    };
  },
};
