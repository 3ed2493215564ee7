import { request } from '../../api/client';
import type { TypedDocumentString } from '../../gql/graphql';
import { ENUM_LABELS } from '../../gql/enum-labels';
import * as M from './recording.graphql';
import * as P from './prevention.graphql';
import * as O from './outflow.graphql';
import * as W from './warning-steps.graphql';
import * as V from './case-visits.graphql';

/** What a field of a fact's form holds, and so how it is entered, checked and sent. */
/** A count is at least 1 (people apprehended); a quantity may be 0 (bank cards seized beside phones); a flag is 是/否. */
export type FieldKind = 'id' | 'enum' | 'amount' | 'count' | 'quantity' | 'flag' | 'time' | 'reason' | 'text';

export interface FieldSpec {
  /** The input's field, as the service names it (and names it in a refusal). */
  name: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  enumName?: keyof typeof ENUM_LABELS;
  placeholder?: string;
}

export interface FactAction {
  key: string;
  label: string;
  /** Takes back or amends a fact recorded before. */
  correction: boolean;
  /** What the fact's time (occurredAt) is called on this form. */
  timeLabel: string;
  fields: FieldSpec[];
  send(input: Record<string, unknown>): Promise<unknown>;
}

export interface FactFamily {
  key: string;
  label: string;
  /** The prefix of its streams' names (warning-YJ-1): a record's family, and the id that follows. */
  streams: Record<string, string>;
  actions: FactAction[];
}

function action<R, I>(
  key: string,
  label: string,
  document: TypedDocumentString<R, { input: I }>,
  timeLabel: string,
  fields: FieldSpec[],
  correction = false,
): FactAction {
  return { key, label, correction, timeLabel, fields, send: (input) => request(document, { input: input as I }) };
}

const id = (name: string, label: string, required = true, placeholder?: string): FieldSpec => ({
  name,
  label,
  kind: 'id',
  required,
  placeholder,
});
const choice = (name: string, label: string, enumName: keyof typeof ENUM_LABELS): FieldSpec => ({
  name,
  label,
  kind: 'enum',
  required: true,
  enumName,
});
const amount = (name: string, label: string): FieldSpec => ({ name, label, kind: 'amount', required: true });
const count = (name: string, label: string): FieldSpec => ({ name, label, kind: 'count', required: true });
const quantity = (name: string, label: string): FieldSpec => ({ name, label, kind: 'quantity', required: true });
const flag = (name: string, label: string): FieldSpec => ({ name, label, kind: 'flag', required: true });
const text = (name: string, label: string): FieldSpec => ({ name, label, kind: 'text', required: true });
const time = (name: string, label: string): FieldSpec => ({ name, label, kind: 'time', required: true });
const REASON: FieldSpec = {
  name: 'reason',
  label: '更正理由',
  kind: 'reason',
  required: true,
  placeholder: '用中文写明为何更正，例如：重复录入',
};
const CORRECTED_EVENT = id('eventId', '被更正记录的事件编号', true, '在“我的录入”中点“更正”可自动填入');

const INSTRUCTION = id('instructionId', '预警指令编号');
const ALERT = id('alertId', '警情编号');
const CASE = id('caseId', '案件编号');
const STRIKE = id('operationId', '专案/行动编号');
const RECOVERY = id('operationId', '止付/冻结/返赃记录编号');
const ACTIVITY = id('activityId', '宣防活动编号', true, '例如：XF2026-0601（台账中的活动编号）');
const PERSON = id('personId', '外流人员编号', true, '例如：WL2026-0101（不填姓名、身份证号）');

export const FAMILIES: FactFamily[] = [
  {
    key: 'warnings',
    label: '预警劝阻',
    streams: { warning: 'instructionId' },
    actions: [
      action('receiveWarning', '接收预警指令', M.RECEIVE_WARNING, '接收时间', [
        INSTRUCTION,
        choice('kind', '预警类型', 'WarningKind'),
        time('deadline', '处置时限'),
      ]),
      action('forwardWarning', '流转预警指令', W.FORWARD_WARNING, '流转时间', [
        INSTRUCTION,
        id('toUnitId', '流转至单位编号', false, '转出本单位时填写；本单位内流转给民警不填'),
      ]),
      action('checkWarningOnSite', '落地核查', W.CHECK_WARNING_ON_SITE, '核查时间', [
        INSTRUCTION,
        choice('result', '核查结果', 'CheckResult'),
      ]),
      action('recordWarningContact', '见面/电话联系', M.RECORD_WARNING_CONTACT, '联系时间', [
        INSTRUCTION,
        choice('method', '联系方式', 'ContactMethod'),
      ]),
      action('recordWarningDissuaded', '劝阻成功', M.RECORD_WARNING_DISSUADED, '劝阻时间', [INSTRUCTION]),
      action('recordVictimisedAfterWarning', '预警后被骗', M.RECORD_VICTIMISED_AFTER_WARNING, '被骗时间', [
        INSTRUCTION,
        id('caseId', '案件编号（已立案时填写）', false),
      ]),
      action('applyProtectiveMeasure', '临时性保护措施', M.APPLY_PROTECTIVE_MEASURE, '采取时间', [
        INSTRUCTION,
        choice('measure', '保护措施', 'ProtectiveMeasure'),
      ]),
      action('retractWarningFact', '撤回误录的处置记录', M.RETRACT_WARNING_FACT, '更正时间', [INSTRUCTION, CORRECTED_EVENT, REASON], true),
    ],
  },
  {
    key: 'losses',
    label: '警情案件',
    streams: { alert: 'alertId', case: 'caseId' },
    actions: [
      action('receiveFraudAlert', '接报警情', M.RECEIVE_FRAUD_ALERT, '接报时间', [ALERT, choice('fraudType', '诈骗类型', 'FraudType')]),
      action('fileCase', '立案（发案）', M.FILE_CASE, '立案时间', [
        CASE,
        choice('fraudType', '诈骗类型', 'FraudType'),
        amount('loss', '财损'),
        { ...choice('method', '作案手段', 'FraudMethod'), required: false },
        { ...choice('victimGroup', '受害群体', 'VictimGroup'), required: false },
      ]),
      action('visitVictim', '受害人回访', V.VISIT_VICTIM, '回访时间', [
        CASE,
        { ...text('visitedBy', '回访民警'), required: false },
        { ...text('notes', '回访情况'), required: false, placeholder: '原因分析、宣防情况等；不填受害人身份证号、电话' },
      ]),
      action('revokeFraudAlert', '撤销误录的警情', M.REVOKE_FRAUD_ALERT, '更正时间', [ALERT, REASON], true),
      action('amendCaseLoss', '更正财损', M.AMEND_CASE_LOSS, '更正时间', [CASE, amount('loss', '更正后财损'), REASON], true),
      action('revokeCase', '撤案', M.REVOKE_CASE, '更正时间', [CASE, { ...REASON, label: '撤案理由', placeholder: '写明撤案理由' }], true),
      action('correctCaseTime', '更正立案时间', M.CORRECT_CASE_TIME, '更正时间', [CASE, time('filedAt', '实际立案时间'), REASON], true),
      action('retractVictimVisit', '撤回误录的回访', V.RETRACT_VICTIM_VISIT, '更正时间', [CASE, CORRECTED_EVENT, REASON], true),
    ],
  },
  {
    key: 'strikes',
    label: '打击',
    streams: { strike: 'operationId' },
    actions: [
      action('solveCase', '破案', M.SOLVE_CASE, '破案时间', [STRIKE, CASE]),
      action('apprehendSuspects', '抓获犯罪嫌疑人', M.APPREHEND_SUSPECTS, '抓获时间', [
        STRIKE,
        choice('charge', '涉嫌罪名', 'Charge'),
        choice('measure', '处理措施', 'Measure'),
        count('count', '抓获人数'),
      ]),
      action('seizeItems', '缴获作案手机、银行卡', M.SEIZE_ITEMS, '缴获时间', [
        STRIKE,
        quantity('phones', '作案手机（部）'),
        quantity('bankCards', '银行卡（张）'),
      ]),
      action('breakDens', '打掉窝点', M.BREAK_DENS, '打掉时间', [STRIKE, count('count', '窝点数（个）'), flag('local', '是否本地窝点')]),
      action('cutOffCards', '断卡', M.CUT_OFF_CARDS, '断卡时间', [
        STRIKE,
        quantity('phoneCards', '涉诈电话卡（张）'),
        quantity('bankCards', '涉诈银行卡（张）'),
      ]),
      action('penaliseCompany', '行政处罚企业', M.PENALISE_COMPANY, '处罚时间', [
        STRIKE,
        text('company', '企业名称'),
        choice('penalty', '处罚种类', 'CompanyPenalty'),
      ]),
      action('retractStrikeFact', '撤回误录的打击记录', M.RETRACT_STRIKE_FACT, '更正时间', [STRIKE, CORRECTED_EVENT, REASON], true),
      action(
        'amendApprehensionCount',
        '更正抓获人数',
        M.AMEND_APPREHENSION_COUNT,
        '更正时间',
        [STRIKE, CORRECTED_EVENT, count('count', '更正后抓获人数'), REASON],
        true,
      ),
    ],
  },
  {
    key: 'recoveries',
    label: '挽损',
    streams: { recovery: 'operationId' },
    actions: [
      action('stopPayment', '止付', M.STOP_PAYMENT, '止付时间', [RECOVERY, count('accounts', '账户数'), amount('amount', '止付金额')]),
      action('freezeFunds', '冻结', M.FREEZE_FUNDS, '冻结时间', [RECOVERY, count('accounts', '账户数'), amount('amount', '冻结金额')]),
      action('returnFunds', '返赃', M.RETURN_FUNDS, '返赃时间', [RECOVERY, amount('amount', '返赃金额')]),
      action('recordLossAverted', '劝阻避免损失', M.RECORD_LOSS_AVERTED, '劝阻时间', [
        RECOVERY,
        amount('amount', '避免损失金额'),
        id('instructionId', '关联预警指令编号（可不填）', false),
      ]),
      action(
        'amendRecoveryAmount',
        '更正金额',
        M.AMEND_RECOVERY_AMOUNT,
        '更正时间',
        [RECOVERY, CORRECTED_EVENT, amount('amount', '更正后金额'), REASON],
        true,
      ),
      action('retractRecoveryFact', '撤回误录的挽损记录', M.RETRACT_RECOVERY_FACT, '更正时间', [RECOVERY, CORRECTED_EVENT, REASON], true),
    ],
  },
  {
    key: 'outflow',
    label: '外流劝返',
    streams: { outflow: 'personId' },
    actions: [
      action('registerOutflow', '登记外流人员', O.REGISTER_OUTFLOW, '查明时间', [
        PERSON,
        text('destination', '外流地（国家或地区）'),
        { ...time('abroadSince', '出境时间（知道时填写）'), required: false },
      ]),
      action('recordOutflowReturn', '回流（劝返、遣返、自行回国）', O.RECORD_OUTFLOW_RETURN, '回流时间', [
        PERSON,
        choice('way', '回流方式', 'ReturnWay'),
      ]),
      action('retractOutflowFact', '撤回误录的登记或回流记录', O.RETRACT_OUTFLOW_FACT, '更正时间', [PERSON, CORRECTED_EVENT, REASON], true),
    ],
  },
  {
    key: 'prevention',
    label: '宣防',
    streams: { prevention: 'activityId' },
    actions: [
      action('holdPreventionActivity', '宣防活动', P.HOLD_PREVENTION_ACTIVITY, '活动时间', [
        ACTIVITY,
        choice('form', '宣防形式', 'PreventionForm'),
        quantity('peopleReached', '覆盖人数（人）'),
        quantity('oneToOne', '其中一对一精准宣传（人）'),
        quantity('materials', '发放宣传资料（份）'),
        quantity('gridGroups', '组建网格群（个）'),
      ]),
      action(
        'amendPreventionTally',
        '更正人数、资料份数、网格群数',
        P.AMEND_PREVENTION_TALLY,
        '更正时间',
        [
          ACTIVITY,
          quantity('peopleReached', '更正后覆盖人数（人）'),
          quantity('oneToOne', '更正后一对一精准宣传（人）'),
          quantity('materials', '更正后宣传资料（份）'),
          quantity('gridGroups', '更正后网格群（个）'),
          REASON,
        ],
        true,
      ),
      action('retractPreventionActivity', '撤回误录的宣防活动', P.RETRACT_PREVENTION_ACTIVITY, '更正时间', [ACTIVITY, REASON], true),
    ],
  },
];

/** The late-entry reason every recorded fact may carry (not a correction): asked for only when the service wants it. */
export const LATE_REASON: FieldSpec = {
  name: 'lateReason',
  label: '补录原因',
  kind: 'text',
  required: false,
  placeholder: '事实发生超过30天才录入时填写',
};

/** A follow-up or correction to open on a family's form: the action and the ids it already knows. */
export interface FollowUp {
  family: string;
  action: string;
  values: Record<string, string>;
  unitId?: string;
}

/** The correction offered first for a fact of each stream. */
const FIRST_CORRECTION: Record<string, (type: string) => string> = {
  warning: (type) => (type === 'WarningInstructionReceived' ? 'recordWarningContact' : 'retractWarningFact'),
  alert: () => 'revokeFraudAlert',
  case: (type) => (type === 'VictimVisited' ? 'retractVictimVisit' : 'amendCaseLoss'),
  strike: (type) => (type === 'SuspectsApprehended' ? 'amendApprehensionCount' : 'retractStrikeFact'),
  recovery: () => 'amendRecoveryAmount',
  prevention: () => 'amendPreventionTally',
  outflow: (type) => (type === 'OutflowRegistered' ? 'recordOutflowReturn' : 'retractOutflowFact'),
};

/**
 * Where a record of 我的录入 is followed up: a warning received gets its contact, any other fact
 * its correction, with the fact's number (warning-YJ-1 → YJ-1) and, where the correction names the
 * event, its id filled in.
 */
export function followUpOf(record: { streamId: string; eventId: string; type: string; unitId: string }): FollowUp | null {
  const dash = record.streamId.indexOf('-');
  const prefix = record.streamId.slice(0, dash);
  const family = FAMILIES.find((f) => prefix in f.streams);
  if (!family) return null;
  const action = FIRST_CORRECTION[prefix](record.type);
  const values: Record<string, string> = { [family.streams[prefix]]: record.streamId.slice(dash + 1) };
  if (family.actions.find((a) => a.key === action)?.fields.some((f) => f.name === 'eventId')) values.eventId = record.eventId;
  return { family: family.key, action, values, unitId: record.unitId };
}
