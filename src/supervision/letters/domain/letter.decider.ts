import { bilingual } from '../../../common/bilingual';
import { Day } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { deadlineBeforeToday, filledIn } from '../../../common/refusals';
import { countyOf } from '../../../organization/domain/county-of';
import { UNIT_LEVEL_LABELS } from '../../../common/unit-level';
import { UnitFacts } from '../../common/domain/organization-facts';
import { Evidence } from '../../evidence/domain/evidence';
import { LetterAddressee, LetterContent, LetterEvent } from '../events/letter.events';
import { LETTER_STATUS_LABELS, RecordedLetterStatus, statusText } from './letter-status';

/** The figures a letter cites, frozen as gathered, with the county of their unit (null above the counties). */
export interface CitedEvidence {
  evidence: Evidence;
  evidenceCountyId: string | null;
}

export interface DraftLetter {
  type: 'DraftLetter';
  letterId: string;
  content: LetterContent;
  today: Day;
  /** The addressee as the organisation read model has it, and the figures cited. */
  facts: { addressee: UnitFacts; cited: CitedEvidence };
}
/** Only the parts given change; new evidence is cited only when given. */
export interface ReviseLetterDraft {
  type: 'ReviseLetterDraft';
  letterId: string;
  changes: Partial<LetterContent>;
  today: Day;
  facts: { cited: CitedEvidence | null };
}
export interface WithdrawLetterDraft {
  type: 'WithdrawLetterDraft';
  letterId: string;
  reason: string;
}
export interface IssueLetter {
  type: 'IssueLetter';
  letterId: string;
  /** Allocated by the handler from the year's numbering stream. */
  number: { year: number; sequence: number; text: string };
  issuer: string;
  today: Day;
}
export interface DeliverLetter {
  type: 'DeliverLetter';
  letterId: string;
}
export interface AcknowledgeLetter {
  type: 'AcknowledgeLetter';
  letterId: string;
  signedBy: string;
}
export interface AnswerLetter {
  type: 'AnswerLetter';
  letterId: string;
  measures: string;
  today: Day;
}
export interface ReturnLetterAnswer {
  type: 'ReturnLetterAnswer';
  letterId: string;
  reason: string;
  deadline: Day | null;
  today: Day;
}
export interface CloseLetter {
  type: 'CloseLetter';
  letterId: string;
  remark: string | null;
}

export type LetterCommandData =
  | DraftLetter
  | ReviseLetterDraft
  | WithdrawLetterDraft
  | IssueLetter
  | DeliverLetter
  | AcknowledgeLetter
  | AnswerLetter
  | ReturnLetterAnswer
  | CloseLetter;

export interface LetterState {
  status: RecordedLetterStatus | null;
  addressee: LetterAddressee | null;
  content: LetterContent | null;
  evidence: Evidence | null;
}

/** 工作提示函: drafted, revised or withdrawn, issued with its number, delivered, signed for, answered, closed or returned. */
export const letterDecider: Decider<LetterState, LetterCommandData, LetterEvent> = {
  initialState: () => ({ status: null, addressee: null, content: null, evidence: null }),

  decide(command, state) {
    const { letterId } = command;
    switch (command.type) {
      case 'DraftLetter': {
        if (state.status !== null) {
          throw new DomainRuleError(
            bilingual(
              `工作提示函 ${letterId} 已存在（${LETTER_STATUS_LABELS[state.status]}）`,
              `letter ${letterId} already exists (${statusText(state.status)})`,
            ),
            'letterId',
          );
        }
        const { facts, today } = command;
        const to = addresseeOf(facts.addressee);
        return [
          {
            type: 'LetterDrafted',
            data: { letterId, addressee: to, ...checkedContent(command.content, today), evidence: cited(facts.cited, to) },
          },
        ];
      }
      case 'ReviseLetterDraft': {
        const current = inStatus(state, letterId, ['DRAFT'], 'revised');
        const defined = Object.fromEntries(
          Object.entries(command.changes).filter(([, v]) => v !== undefined && v !== null),
        ) as Partial<LetterContent>;
        const newly = command.facts.cited;
        if (Object.keys(defined).length === 0 && !newly)
          throw new DomainRuleError(
            bilingual(
              '本次修改没有任何改动：请给出新的标题、发现的问题、工作要求、回复期限或数据依据',
              'the revision changes nothing: give a new title, findings, requirements, deadline or evidence',
            ),
            'input',
          );
        const evidence = newly ? cited(newly, current.addressee) : current.evidence;
        return [
          {
            type: 'LetterDraftRevised',
            data: { letterId, ...checkedContent({ ...current.content, ...defined }, command.today), evidence },
          },
        ];
      }
      case 'WithdrawLetterDraft':
        inStatus(state, letterId, ['DRAFT'], 'withdrawn');
        return [{ type: 'LetterWithdrawn', data: { letterId, reason: filledIn(command.reason, 'reason') } }];
      case 'IssueLetter': {
        const { content } = inStatus(state, letterId, ['DRAFT'], 'issued');
        if (content.deadline < command.today) {
          throw new DomainRuleError(
            bilingual(
              `回复期限 ${content.deadline} 已过（今天是 ${command.today}），请先修改草稿再下发`,
              `the answer deadline ${content.deadline} has passed (today is ${command.today}); revise the draft before issuing it`,
            ),
            'deadline',
          );
        }
        const { year, sequence, text } = command.number;
        return [
          { type: 'LetterIssued', data: { letterId, year, sequence, number: text, issuer: command.issuer, issuedOn: command.today } },
        ];
      }
      case 'DeliverLetter':
        inStatus(state, letterId, ['ISSUED'], 'delivered');
        return [{ type: 'LetterDelivered', data: { letterId } }];
      case 'AcknowledgeLetter':
        inStatus(state, letterId, ['DELIVERED'], 'signed for');
        return [{ type: 'LetterAcknowledged', data: { letterId, signedBy: filledIn(command.signedBy, 'signedBy') } }];
      case 'AnswerLetter': {
        const { deadline } = inStatus(state, letterId, ['ACKNOWLEDGED'], 'answered').content;
        const measures = filledIn(command.measures, 'measures');
        return [
          { type: 'LetterAnswered', data: { letterId, measures, answeredOn: command.today, deadline, late: command.today > deadline } },
        ];
      }
      case 'ReturnLetterAnswer': {
        const { content } = inStatus(state, letterId, ['ANSWERED'], 'returned');
        const reason = filledIn(command.reason, 'reason');
        if (command.deadline !== null) notBefore(command.deadline, command.today);
        return [{ type: 'LetterAnswerReturned', data: { letterId, reason, deadline: command.deadline ?? content.deadline } }];
      }
      case 'CloseLetter':
        inStatus(state, letterId, ['ANSWERED'], 'closed');
        return [{ type: 'LetterClosed', data: { letterId, remark: command.remark?.trim() || null } }];
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'LetterDrafted': {
        const { addressee, evidence, title, findings, requirements, deadline } = event.data;
        return { status: 'DRAFT', addressee, evidence, content: { title, findings, requirements, deadline } };
      }
      case 'LetterDraftRevised': {
        const { evidence, title, findings, requirements, deadline } = event.data;
        return { ...state, evidence, content: { title, findings, requirements, deadline } };
      }
      case 'LetterAnswerReturned':
        return { ...state, status: 'ACKNOWLEDGED', content: state.content && { ...state.content, deadline: event.data.deadline } };
      default:
        return { ...state, status: STATUS_AFTER[event.type] };
    }
  },
};

const STATUS_AFTER: Record<
  Exclude<LetterEvent['type'], 'LetterDrafted' | 'LetterDraftRevised' | 'LetterAnswerReturned'>,
  RecordedLetterStatus
> = {
  LetterWithdrawn: 'WITHDRAWN',
  LetterIssued: 'ISSUED',
  LetterDelivered: 'DELIVERED',
  LetterAcknowledged: 'ACKNOWLEDGED',
  LetterAnswered: 'ANSWERED',
  LetterClosed: 'CLOSED',
};

type DraftedState = { status: RecordedLetterStatus; addressee: LetterAddressee; content: LetterContent; evidence: Evidence };

/** The steps taken on a letter, as a refusal names them: only a 草稿 can be 下发. */
const STEPS = {
  revised: '修改',
  withdrawn: '撤回',
  issued: '下发',
  delivered: '送达',
  'signed for': '签收',
  answered: '回复',
  returned: '退回',
  closed: '办结',
} as const;

/** The state of a drafted letter in one of the `allowed` statuses; refuses any other, naming the status it is in. */
function inStatus(state: LetterState, letterId: string, allowed: RecordedLetterStatus[], action: keyof typeof STEPS): DraftedState {
  if (state.status === null || !state.addressee || !state.content || !state.evidence) {
    throw new DomainRuleError(bilingual(`工作提示函 ${letterId} 尚未起草`, `letter ${letterId} has not been drafted`), 'letterId');
  }
  if (!allowed.includes(state.status)) {
    const expected = allowed.map((s) => `${LETTER_STATUS_LABELS[s]} (${s})`).join(' or ');
    throw new DomainRuleError(
      bilingual(
        `工作提示函 ${letterId} 当前状态为${LETTER_STATUS_LABELS[state.status]}，只有${allowed.map((s) => LETTER_STATUS_LABELS[s]).join('或')}状态的提示函才能${STEPS[action]}`,
        `letter ${letterId} is ${statusText(state.status)}; only a letter that is ${expected} can be ${action}`,
      ),
      'letterId',
    );
  }
  return state as DraftedState;
}

function checkedContent(content: LetterContent, today: Day): LetterContent {
  if (content.requirements.length === 0) {
    throw new DomainRuleError(bilingual('工作提示函至少须提出一项工作要求', 'a letter states at least one requirement'), 'requirements');
  }
  notBefore(content.deadline, today);
  return {
    title: filledIn(content.title, 'title'),
    findings: filledIn(content.findings, 'findings'),
    requirements: content.requirements.map((r, i) => filledIn(r, `requirements.${i}`)),
    deadline: content.deadline,
  };
}

/** A letter is addressed to a county bureau or a police station, and listed under its county. */
function addresseeOf(unit: UnitFacts): LetterAddressee {
  const { unitId, name, level } = unit;
  if (level !== 'COUNTY' && level !== 'STATION') {
    throw new DomainRuleError(
      bilingual(
        `单位 ${unitId} 是${UNIT_LEVEL_LABELS[level]}，工作提示函只能发给县局或派出所`,
        `unit ${unitId} is a ${level}; a letter is addressed to a county bureau or a police station`,
      ),
      'unitId',
    );
  }
  return { unitId, name, level, countyId: countyOf(unit) ?? unitId };
}

/** The figures must be the addressee's own or one of its stations'. */
function cited({ evidence, evidenceCountyId }: CitedEvidence, addressee: LetterAddressee): Evidence {
  if (evidence.unitId !== addressee.unitId && evidenceCountyId !== addressee.unitId) {
    throw new DomainRuleError(
      bilingual(
        `数据依据是 ${evidence.unitName}（${evidence.unitId}）的，既不是主送单位 ${addressee.name}（${addressee.unitId}），也不是其下属派出所`,
        `the evidence is about ${evidence.unitName} (${evidence.unitId}), which is neither the addressee ${addressee.name} (${addressee.unitId}) nor one of its stations`,
      ),
      'evidence.unitId',
    );
  }
  return evidence;
}

function notBefore(deadline: Day, today: Day) {
  if (deadline < today) throw deadlineBeforeToday(deadline, today, 'deadline', { zh: '回复期限', en: 'answer deadline' });
}
