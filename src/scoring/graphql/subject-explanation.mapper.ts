import { formatYuan } from '../../common/money';
import { INDICATORS } from '../domain/indicators';
import { RateTermScore } from '../domain/rate-score';
import { isRateRuleSet } from '../domain/rule-set';
import { chineseDate } from '../../common/chinese-date';
import { RESIDENTS, RateTerm } from '../events/rule-set.events';
import { SubjectExplanation } from '../queries/subject-explanation.service';
import { ExplainedRateTerm } from './scoring.types';
import { SubjectScoreExplanation } from './subject-explanation.types';

const COMPARED_WITH: Record<RateTerm['compare'], string> = { CITY: '全市', TARGET: '目标', CITY_CHANGE: '全市同比' };
const isMoney = (keys: RateTerm['numerator']) => keys.some((k) => INDICATORS[k].unit === 'fen');
/** Suspects and people gone abroad are counted in people (人), alerts and cases in 起. */
const PEOPLE = new Set<string>(['suspectsApprehended', 'suspectsCriminal', 'outflowIdentified', 'outflowReturned', 'outflowPersuaded']);
/** What officers count a figure in: 预警指令 in 条, 警情 and 发案 in 起, people in 人, money in 元. */
const COUNTED_IN: Record<string, string> = {
  warning: '条',
  contact: '条',
  'contact-time': '条',
  'contact-method': '条',
  dissuasion: '条',
  victimisation: '人',
  alert: '起',
  strike: '起',
};
/** Times are summed in minutes over the records that have them (止付效率: minutes over timed stops, 笔). */
const KEY_COUNTED_IN: Record<string, string> = { stopMinutes: '分钟', stopsTimed: '笔' };
const unitOf = (keys: RateTerm['numerator']): string => {
  if (isMoney(keys)) return '元';
  if (KEY_COUNTED_IN[keys[0]]) return KEY_COUNTED_IN[keys[0]];
  if (keys.every((k) => PEOPLE.has(k))) return '人';
  return COUNTED_IN[INDICATORS[keys[0]].draws] ?? '次';
};
/** Counts and residents as whole numbers, money as yuan: one convention for every amount in the API. */
const amount = (value: number, money: boolean) => (money ? formatYuan(Math.round(value)) : String(Math.round(value * 100) / 100));
const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

/** A rate term's figures as officers read them: counts whole, money in yuan, with the rates' unit. */
export function explainedTerm({ term, numerator, denominator, rate, shrunk, reference, change, points }: RateTermScore): ExplainedRateTerm {
  const perCapita = term.denominator === RESIDENTS;
  const moneyRate = perCapita && isMoney(term.numerator);
  const counted = term.numerator.every((k) => PEOPLE.has(k)) ? '人' : '起';
  const minutes = unitOf(term.numerator) === '分钟';
  const unit = perCapita ? (moneyRate ? '元/万人' : `${counted}/万人`) : minutes ? '分钟/笔' : '比例';
  const scaled = (x: number | null) => (moneyRate ? yuan(x) : x);
  return {
    key: term.key,
    label: term.label,
    dimension: term.dimension,
    weight: term.weight,
    numerator: amount(numerator, isMoney(term.numerator)),
    denominator: amount(denominator, !perCapita && isMoney(term.denominator as RateTerm['numerator'])),
    numeratorUnit: unitOf(term.numerator),
    denominatorUnit: perCapita ? '人' : unitOf(term.denominator as RateTerm['numerator']),
    unit,
    rate: scaled(rate),
    shrunk: scaled(shrunk)!,
    comparedWith: COMPARED_WITH[term.compare],
    reference: term.compare === 'CITY' ? scaled(reference)! : reference,
    change,
    points,
  };
}

export function toSubjectExplanationType(e: SubjectExplanation): SubjectScoreExplanation {
  const notes: string[] = [];
  if (e.total === null) notes.push('本期内未负责任何防区，不计分。');
  if (e.earlierRules.length && e.rules) {
    notes.push(`本期跨越考评规则变更，按期末生效的“${e.rules.name}”（自${chineseDate(e.rules.effectiveFrom)}起施行）计分。`);
  }
  return {
    role: e.role,
    subjectId: e.subject.subjectId,
    name: e.subject.name,
    period: e.period,
    ruleSet: e.rules ? { versionId: e.rules.versionId, name: e.rules.name, effectiveFrom: e.rules.effectiveFrom } : null,
    ruleKind: isRateRuleSet(e.rules) ? 'RATES' : 'ADDITIVE',
    total: e.total,
    daysAccountable: e.days,
    population: e.population,
    terms: e.rateTerms.map(explainedTerm),
    notes,
  };
}
