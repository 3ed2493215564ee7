import { AdditiveRuleSetData, RESIDENTS, RateRuleSetData, RateTerm, RuleTerm } from '../events/rule-set.events';

const TEN_THOUSAND_YUAN_IN_FEN = 1_000_000;

/**
 * Rates against the city's: half the weight at the city's rate, and one sixth of the weight for
 * every step of the city's rate away from it (loss, heavy-tailed, one twelfth; recovery one eighth).
 * Gentle slopes, chosen on the demo city (`npm run validate`): a month of a station holds one or two
 * alerts, and steeper slopes let that noise outweigh the warning work, which is measured far better.
 */
const againstCity = (better: 'LOWER' | 'HIGHER', stepsToZero: number) =>
  better === 'LOWER'
    ? ({ kind: 'RATIO', zeroAt: 1 + stepsToZero / 2, fullAt: 1 - stepsToZero / 2 } as const)
    : ({ kind: 'RATIO', zeroAt: 1 - stepsToZero / 2, fullAt: 1 + stepsToZero / 2 } as const);
/** Warning proportions against their targets: full at the target, nothing 25 points below it. */
const TOWARD_TARGET = { kind: 'DIFFERENCE', zeroAt: -0.25, fullAt: 0 } as const;

const rate = (
  dimension: string,
  key: string,
  label: string,
  weight: number,
  numerator: RateTerm['numerator'],
  denominator: RateTerm['denominator'],
  rest: Pick<RateTerm, 'compare' | 'mapping'> & { target?: number },
): RateTerm => ({
  key,
  label,
  dimension,
  weight,
  numerator,
  denominator,
  compare: rest.compare,
  target: rest.target ?? null,
  mapping: rest.mapping,
});

/**
 * The default of domain.md ("Scores: measure performance, not size"): rates over the period's
 * totals on a 100-point scale, weighted by its table. Year-on-year terms compare a subject's change
 * with the city's, so a city-wide fall lifts nobody above the rest; warning proportions go against
 * the targets.
 */
export const DEFAULT_RULE_SET: RateRuleSetData = {
  ruleSetId: 'default',
  name: '默认考评规则(比率制)',
  kind: 'RATES',
  effectiveFrom: '2000-01-01',
  priorDays: 30,
  rateTerms: [
    rate('降警情', 'alertsPer10k', '每万人警情', 20, ['alerts'], RESIDENTS, { compare: 'CITY', mapping: againstCity('LOWER', 6) }),
    rate('降警情', 'alertsYoY', '警情同比', 5, ['alerts'], RESIDENTS, { compare: 'CITY_CHANGE', mapping: againstCity('LOWER', 6) }),
    rate('控发案', 'casesPer10k', '每万人发案', 15, ['cases'], RESIDENTS, { compare: 'CITY', mapping: againstCity('LOWER', 6) }),
    rate('控发案', 'casesYoY', '发案同比', 5, ['cases'], RESIDENTS, { compare: 'CITY_CHANGE', mapping: againstCity('LOWER', 6) }),
    rate('财损', 'lossPer10k', '每万人财损', 10, ['lossFen'], RESIDENTS, { compare: 'CITY', mapping: againstCity('LOWER', 12) }),
    rate('预警劝阻', 'timelyRate', '及时见面/联系率', 6, ['contactedInTime'], ['warningsReceived'], {
      compare: 'TARGET',
      target: 0.95,
      mapping: TOWARD_TARGET,
    }),
    rate('预警劝阻', 'faceToFaceRate', '见面率', 5, ['faceToFace'], ['contacted'], {
      compare: 'TARGET',
      target: 0.9,
      mapping: TOWARD_TARGET,
    }),
    rate('预警劝阻', 'dissuasionRate', '劝阻成功率', 4, ['dissuaded'], ['contacted'], {
      compare: 'TARGET',
      target: 0.95,
      mapping: TOWARD_TARGET,
    }),
    // 熟警预警 (seed 004): warnings a familiar officer answers, few, so shrunk hard toward the city's until a station has many.
    rate('预警劝阻', 'familiarDissuasionRate', '熟警预警劝阻成功率', 1, ['familiarDissuaded'], ['familiarWarnings'], {
      compare: 'TARGET',
      target: 0.95,
      mapping: TOWARD_TARGET,
    }),
    rate('预警劝阻', 'victimisedRate', '预警后被骗率', 4, ['victimisedAfterWarning'], ['warningsReceived'], {
      compare: 'TARGET',
      target: 0,
      mapping: { kind: 'DIFFERENCE', zeroAt: 0.05, fullAt: 0 },
    }),
    rate('打击', 'solveRate', '破案数与发案数之比', 9, ['casesSolved'], ['cases'], { compare: 'CITY', mapping: againstCity('HIGHER', 6) }),
    rate('打击', 'criminalPer10k', '每万人刑事处理', 5, ['suspectsCriminal'], RESIDENTS, {
      compare: 'CITY',
      mapping: againstCity('HIGHER', 6),
    }),
    // 劝返 (seed 004, one of Sanming's three reductions): people persuaded back for each found abroad, against the city's.
    rate('打击', 'persuadedBack', '劝返与外流人员之比', 1, ['outflowPersuaded'], ['outflowIdentified'], {
      compare: 'CITY',
      mapping: againstCity('HIGHER', 6),
    }),
    rate('挽损', 'recoveryRate', '挽损金额与财损之比', 7, ['recoveredFen'], ['lossFen'], {
      compare: 'CITY',
      mapping: againstCity('HIGHER', 8),
    }),
    // 止付效率 (seed 003): minutes from report to stop, per stop that has a report time.
    rate('挽损', 'stopMinutes', '止付平均用时', 3, ['stopMinutes'], ['stopsTimed'], { compare: 'CITY', mapping: againstCity('LOWER', 6) }),
  ],
};

const term = (indicator: RuleTerm['indicator'], points: number, extra: Partial<RuleTerm> = {}): RuleTerm => ({
  indicator,
  points,
  per: 1,
  capPerCase: null,
  perCapita: false,
  ...extra,
});

/**
 * The first default: points per event, summed per day. It ranks size (domain.md), so it is no longer
 * the default, but it stays expressible for what-if, for a bureau that wants it, and it keeps
 * explaining the days it governed in stores that published it. A criminal measure earns +2 per
 * suspect in all: +1 as apprehended and +1 more as handled criminally.
 */
export const ADDITIVE_RULE_SET: AdditiveRuleSetData = {
  ruleSetId: 'default',
  name: '默认考评规则',
  effectiveFrom: '2000-01-01',
  aggregation: 'MEAN',
  terms: [
    term('contactedInTime', 1),
    term('faceToFace', 0.5),
    term('missedDeadline', -2),
    term('dissuaded', 2),
    term('victimisedAfterWarning', -3),
    term('alerts', -1),
    term('cases', -2),
    term('lossFen', -1, { per: TEN_THOUSAND_YUAN_IN_FEN, capPerCase: 20 }),
    term('casesSolved', 3),
    term('suspectsApprehended', 1),
    term('suspectsCriminal', 1),
    term('recoveredFen', 1, { per: TEN_THOUSAND_YUAN_IN_FEN }),
  ],
};
