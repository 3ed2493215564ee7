import { FACT_EVENT_TYPES, FACT_LABELS, correctionSummary, isCorrection } from './fact-catalogue';

const AT = '2026-04-17T01:00:00Z';
const where = { eventId: 'evt-1', areaId: 'st-a', factOccurredAt: AT };
const warning = (data: object) => ({ instructionId: 'YJ-1', warningReceivedAt: AT, ...data });

/** An ASCII , : ; ( or ) beside a Chinese character: officers read full-width punctuation. */
const ASCII_BESIDE_CHINESE = /\p{Script=Han}[,:;()]|[,:;()] ?\p{Script=Han}/u;

describe('the fact catalogue', () => {
  it('knows the corrections of every family', () => {
    expect(FACT_EVENT_TYPES.filter(isCorrection).sort()).toEqual([
      'ApprehensionCountAmended',
      'CaseLossAmended',
      'CaseRevoked',
      'CaseTimeCorrected',
      'FraudAlertRevoked',
      'OutflowFactRetracted',
      'PreventionActivityRetracted',
      'PreventionTallyAmended',
      'RecoveryAmountAmended',
      'RecoveryFactRetracted',
      'StrikeFactRetracted',
      'VictimVisitRetracted',
      'WarningFactRetracted',
    ]);
  });

  it('says what a loss amendment changed', () => {
    const summary = correctionSummary('CaseLossAmended', {
      caseId: 'AJ-1',
      lossFen: 5_000,
      previousLossFen: 10_000,
      caseFiledAt: 'x',
      reason: '部分为借款',
    });
    expect(summary).toBe('更正财损：案件AJ-1财损由100.00元更正为50.00元（部分为借款）');
    expect(() => correctionSummary('CaseFiled', {})).toThrow('not a correcting event');
  });

  it.each([
    [
      'CaseTimeCorrected',
      {
        caseId: 'AJ-1',
        occurredAt: '2026-04-10T01:00:00.000Z',
        previousOccurredAt: '2026-04-16T16:30:00.000Z',
        lossFen: 1,
        reason: '立案时间录入错误',
      },
      '更正立案时间：案件AJ-1由2026-04-17 00:30更正为2026-04-10 09:00（立案时间录入错误）',
    ],
    [
      'FraudAlertRevoked',
      { alertId: 'JQ-1', eventId: 'e', areaId: 'st-a', alertReceivedAt: AT, reason: '非涉诈' },
      '撤销警情：警情JQ-1，核减警情1起（非涉诈）',
    ],
    [
      'WarningFactRetracted',
      {
        instructionId: 'YJ-1',
        eventId: 'e',
        areaId: 'st-a',
        reason: '系电话联系',
        retracted: { type: 'WarningContactMade', data: warning({ method: 'FACE_TO_FACE', withinDeadline: true, firstContact: true }) },
        nextContact: { eventId: 'f', areaId: 'st-a', data: warning({ method: 'PHONE', withinDeadline: true, firstContact: true }) },
      },
      '撤回预警见面/联系：预警指令YJ-1的见面联系记录，改计其后的电话联系（系电话联系）',
    ],
    [
      'WarningFactRetracted',
      {
        instructionId: 'YJ-1',
        eventId: 'e',
        areaId: 'st-a',
        reason: '误录',
        nextContact: null,
        retracted: { type: 'WarningContactMade', data: warning({ method: 'PHONE', withinDeadline: false, firstContact: false }) },
      },
      '撤回预警见面/联系：预警指令YJ-1的电话联系记录（该次联系未计入指标）（误录）',
    ],
    [
      'WarningFactRetracted',
      {
        instructionId: 'YJ-1',
        eventId: 'e',
        areaId: 'st-a',
        reason: '未实际采取',
        nextContact: null,
        retracted: { type: 'ProtectiveMeasureApplied', data: warning({ measure: 'RESTRICT_CALLS' }) },
      },
      '撤回临时保护措施：预警指令YJ-1的限制呼叫记录（未实际采取）',
    ],
    [
      'WarningFactRetracted',
      {
        instructionId: 'YJ-1',
        eventId: 'e',
        areaId: 'st-a',
        reason: '当事人仍已转账',
        nextContact: null,
        retracted: { type: 'WarningDissuaded', data: warning({}) },
      },
      '撤回劝阻成功：预警指令YJ-1的劝阻成功记录（当事人仍已转账）',
    ],
    [
      'StrikeFactRetracted',
      {
        ...where,
        operationId: 'OP-1',
        reason: '非本所破获',
        retracted: { type: 'CaseSolved', data: { operationId: 'OP-1', caseId: 'AJ-9' } },
      },
      '撤回破案：行动OP-1的案件AJ-9，核减破案1起（非本所破获）',
    ],
    [
      'StrikeFactRetracted',
      {
        ...where,
        operationId: 'OP-1',
        reason: '重复录入',
        retracted: { type: 'SuspectsApprehended', data: { operationId: 'OP-1', charge: 'FRAUD', measure: 'CRIMINAL', count: 3 } },
      },
      '撤回抓获：行动OP-1，核减抓获3人（重复录入）',
    ],
    ...(
      [
        [{ type: 'ItemsSeized', data: { phones: 5, bankCards: 0 } }, '撤回缴获手机、银行卡：行动OP-1，核减缴获手机5部（重复录入）'],
        [
          { type: 'ItemsSeized', data: { phones: 67, bankCards: 19 } },
          '撤回缴获手机、银行卡：行动OP-1，核减缴获手机67部、银行卡19张（重复录入）',
        ],
        [{ type: 'DensBroken', data: { count: 2, local: true } }, '撤回打掉窝点：行动OP-1，核减打掉本地窝点2个（重复录入）'],
        [{ type: 'CardsCutOff', data: { phoneCards: 0, bankCards: 12 } }, '撤回断卡：行动OP-1，核减断卡银行卡12张（重复录入）'],
        [
          { type: 'CompanyPenalised', data: { company: '厦门乙信息咨询有限公司', penalty: 'FINE' } },
          '撤回行政处罚企业：行动OP-1对厦门乙信息咨询有限公司的行政处罚，核减处罚企业1家（重复录入）',
        ],
      ] as const
    ).map(([retracted, summary]): [string, object, string] => [
      'StrikeFactRetracted',
      { ...where, operationId: 'OP-1', reason: '重复录入', retracted: { ...retracted, data: { operationId: 'OP-1', ...retracted.data } } },
      summary,
    ]),
    [
      'ApprehensionCountAmended',
      { ...where, operationId: 'OP-1', charge: 'FRAUD', measure: 'CRIMINAL', count: 2, previousCount: 3, reason: '一人重复' },
      '更正抓获人数：行动OP-1抓获人数由3人更正为2人（一人重复）',
    ],
    [
      'RecoveryAmountAmended',
      { ...where, operationId: 'ZF-1', amendedType: 'PaymentStopped', amountFen: 8_000, previousAmountFen: 10_000, reason: '部分失败' },
      '更正止付金额：ZF-1由100.00元更正为80.00元（部分失败）',
    ],
    [
      'RecoveryFactRetracted',
      {
        ...where,
        operationId: 'DJ-1',
        reason: '重复录入',
        retracted: { type: 'FundsFrozen', data: { operationId: 'DJ-1', accounts: 1, amountFen: 12_345 } },
      },
      '撤回冻结：DJ-1，核减冻结金额123.45元（重复录入）',
    ],
  ])('says what %s changed', (type, data, summary) => {
    expect(correctionSummary(type, data)).toBe(summary);
    expect(correctionSummary(type, data)).not.toMatch(ASCII_BESIDE_CHINESE);
  });

  it('names the facts in full-width punctuation', () => {
    expect(FACT_LABELS.CaseFiled).toBe('立案（发案）');
    expect(Object.values(FACT_LABELS).filter((label) => ASCII_BESIDE_CHINESE.test(label))).toEqual([]);
  });
});
