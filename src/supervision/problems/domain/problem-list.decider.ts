import { bilingual } from '../../../common/bilingual';
import { Day } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { deadlineBeforeToday, filledIn } from '../../../common/refusals';
import { chiefNotInOffice } from '../../../organization/domain/refusals';
import { CHIEF_ROLE_LABELS } from '../../../organization/events/organization.events';
import { ChiefInfo } from '../../../scoring/domain/accountability';
import { UnitFacts, checkCounty } from '../../common/domain/organization-facts';
import { Evidence } from '../../evidence/domain/evidence';
import { inOffice } from '../../visits/domain/linked-counties';
import { SupervisionVisitRecorded } from '../../visits/events/visit.events';
import { ProblemEvent, ProblemOrigin, ProblemRaised } from '../events/problem.events';
import { CandidateWithEvidence } from './problem-candidates';
import { checkMonth } from './problem-month';
import { PROBLEM_STATUS_LABELS, STAGE_AFTER, ProblemStage, stageName } from './problem-status';

/** The owner as the organisation read model has him; `countyId` is his unit's county (null above the counties). */
export interface OwnerFacts extends ChiefInfo {
  countyId: string | null;
}

/** What every way of raising is judged on: the unit named as the county, and the owner. */
interface ListFacts {
  county: UnitFacts;
  owner: OwnerFacts;
}

/** A visit as recorded, for raising one of its points. */
export type RaisedVisit = Pick<SupervisionVisitRecorded['data'], 'visitId' | 'countyId' | 'day' | 'chiefName' | 'points'>;

/** Each way of raising, as asked, with what the read models hold of what it refers to. */
export type RaiseWay =
  | { kind: 'CANDIDATE'; candidateKey: string; facts: ListFacts & { candidates: CandidateWithEvidence[] } }
  | {
      kind: 'MANUAL';
      title: string;
      description: string;
      facts: ListFacts & { evidence: Evidence | null; evidenceCountyId: string | null };
    }
  | {
      kind: 'VISIT_POINT';
      pointNumber: number;
      title: string | null;
      facts: ListFacts & { visit: RaisedVisit; evidence: Evidence | null };
    };

export type RaiseProblem = {
  type: 'RaiseProblem';
  problemId: string;
  countyId: string;
  month: string;
  today: Day;
  deadline: Day;
} & RaiseWay;

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

/** Each way of raising gives the unit, origin, texts and evidence of the problem. */
function raisedFrom(command: RaiseProblem): Pick<ProblemRaised['data'], 'unitId' | 'origin' | 'title' | 'description' | 'evidence'> {
  const { countyId, month } = command;
  switch (command.kind) {
    case 'CANDIDATE': {
      const { candidateKey } = command;
      const found = command.facts.candidates.find((c) => c.key === candidateKey);
      if (!found)
        throw new DomainRuleError(
          bilingual(
            `候选问题 "${candidateKey}" 不在县局 ${countyId} ${month} 的当前候选问题之列`,
            `"${candidateKey}" is not among the current candidates of county ${countyId} for ${month}`,
          ),
          'candidateKey',
        );
      const { evidence, ...candidate } = found;
      const origin = { kind: 'CANDIDATE' as const, candidateKey, rule: candidate.rule };
      return { unitId: candidate.unitId, origin, title: candidate.title, description: candidate.description, evidence };
    }
    case 'MANUAL': {
      const { evidence, evidenceCountyId } = command.facts;
      if (evidence && evidenceCountyId !== countyId) {
        throw new DomainRuleError(
          bilingual(
            `数据依据是 ${evidence.unitId} 的，既不是县局 ${countyId}，也不是其下属派出所`,
            `the evidence is about ${evidence.unitId}, which is neither county ${countyId} nor one of its stations`,
          ),
          'evidence.unitId',
        );
      }
      const title = filledIn(command.title, 'title');
      const description = filledIn(command.description, 'description');
      return { unitId: evidence?.unitId ?? countyId, origin: { kind: 'MANUAL' }, title, description, evidence };
    }
    case 'VISIT_POINT': {
      const { pointNumber } = command;
      const { visit, evidence } = command.facts;
      if (visit.countyId !== countyId) {
        throw new DomainRuleError(
          bilingual(
            `旬督导记录 ${visit.visitId} 督导的是县局 ${visit.countyId}，不是 ${countyId}`,
            `visit ${visit.visitId} was to county ${visit.countyId}, not ${countyId}`,
          ),
          'visitId',
        );
      }
      const point = visit.points.find((p) => p.number === pointNumber);
      if (!point) {
        throw new DomainRuleError(
          bilingual(
            `旬督导记录 ${visit.visitId} 共点题 ${visit.points.length} 项，没有第 ${pointNumber} 项`,
            `visit ${visit.visitId} raised ${visit.points.length} point(s); there is no point ${pointNumber}`,
          ),
          'pointNumber',
        );
      }
      const origin = { kind: 'VISIT_POINT' as const, visitId: visit.visitId, pointNumber, visitDay: visit.day, chiefName: visit.chiefName };
      const title = command.title === null ? point.text : filledIn(command.title, 'title');
      const description = `${visit.day} ${visit.chiefName}督导点题（第${pointNumber}点）：${point.text}`;
      return { unitId: point.stationId ?? countyId, origin, title, description, evidence };
    }
  }
}

function raise(command: RaiseProblem, state: ProblemListState): ProblemRaised[] {
  const {
    problemId,
    countyId,
    month,
    today,
    deadline,
    facts: { county, owner },
  } = command;
  checkCounty(county);
  checkMonth(month, today);
  if (deadline < today) throw deadlineBeforeToday(deadline, today, 'deadline');
  if (!inOffice(owner, today)) throw chiefNotInOffice(owner.chiefId, 'ownerChiefId');
  if (owner.countyId !== countyId) {
    throw new DomainRuleError(
      bilingual(
        `六长 ${owner.chiefId}（${CHIEF_ROLE_LABELS[owner.role]}，${owner.unitId}）不属于县局 ${countyId} 或其下属派出所`,
        `chief ${owner.chiefId} (${CHIEF_ROLE_LABELS[owner.role]}, ${owner.unitId}) is not a chief of county ${countyId} or of its stations`,
      ),
      'ownerChiefId',
    );
  }
  const raised = raisedFrom(command);
  const key = originKey(raised.origin);
  const earlier = key === null ? undefined : state.raisedFrom.get(key);
  if (earlier !== undefined) {
    const field = raised.origin.kind === 'CANDIDATE' ? 'candidateKey' : 'pointNumber';
    throw new DomainRuleError(
      bilingual(
        `该问题已列入县局 ${countyId} ${month} 问题清单第${earlier}项`,
        `this is already on the ${month} list of county ${countyId} as 第${earlier}项`,
      ),
      field,
    );
  }
  const { chiefId, name, role, unitId } = owner;
  const data = { problemId, countyId, month, number: state.problems.size + 1, ...raised, owner: { chiefId, name, role, unitId }, deadline };
  return [{ type: 'ProblemRaised', data }];
}

/** The stage a step needs, what it is called in a refusal, and the event it records. */
function advance(step: ProblemStep, { number, stage }: { number: number; stage: ProblemStage }): ProblemEvent {
  const needs = (wanted: ProblemStage, action: { zh: string; en: string }) => {
    if (stage !== wanted) {
      throw new DomainRuleError(
        bilingual(
          `问题清单第${number}项（${step.problemId}）当前为${PROBLEM_STATUS_LABELS[stage]}，只有${PROBLEM_STATUS_LABELS[wanted]}的问题才能${action.zh}`,
          `problem 第${number}项 (${step.problemId}) is ${stageName(stage)}; ${action.en} needs ${stageName(wanted)}`,
        ),
        'problemId',
      );
    }
  };
  const { problemId } = step;
  switch (step.type) {
    case 'StartRectification':
      needs('RAISED', { zh: '提交整改方案', en: 'a rectification plan (整改方案)' });
      return { type: 'ProblemRectificationStarted', data: { problemId, plan: filledIn(step.plan, 'plan') } };
    case 'ReportRectified': {
      needs('RECTIFYING', { zh: '报告整改完成', en: 'reporting it rectified (整改完成)' });
      const references = step.references.map((r, i) => filledIn(r, `references.${i}`));
      return { type: 'ProblemRectified', data: { problemId, text: filledIn(step.text, 'text'), references } };
    }
    case 'VerifyRectification':
      needs('RECTIFIED', { zh: '核验销号', en: 'verification (核验销号)' });
      return { type: 'ProblemVerified', data: { problemId, note: step.note?.trim() || null } };
    case 'RefuseVerification':
      needs('RECTIFIED', { zh: '作核验不通过处理', en: 'refusing verification (核验不通过)' });
      return { type: 'ProblemVerificationRefused', data: { problemId, reason: filledIn(step.reason, 'reason') } };
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
    if (!problem) {
      throw new DomainRuleError(
        bilingual(`问题 ${command.problemId} 不在本问题清单中`, `problem ${command.problemId} is not on this list`),
        'problemId',
      );
    }
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
