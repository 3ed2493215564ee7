import type { RateTermInput, RuleSetDraftInput, RuleSetFieldsFragment } from '../../gql/graphql';

export type RuleSet = RuleSetFieldsFragment;
export type RateTerm = RuleSet['rateTerms'][number];
export type Compare = 'CITY' | 'TARGET' | 'CITY_CHANGE';
export type MappingKind = 'RATIO' | 'DIFFERENCE';

/** The 100-point scale of domain.md: a rate rule set's weights sum to 100. */
export const TOTAL_WEIGHT = 100;

export const COMPARE_LABELS: Record<Compare, string> = { CITY: '全市水平', TARGET: '目标值', CITY_CHANGE: '全市同比' };
export const MAPPING_LABELS: Record<MappingKind, string> = { RATIO: '比值（本单位÷比较对象）', DIFFERENCE: '差值（本单位−比较对象）' };

/**
 * One term of a draft as the form edits it: a proportion's target in per cent, a difference
 * mapping's points in percentage points (officers say 95%, not 0.95); the rest as the API has it.
 */
export interface DraftTerm {
  key: string;
  label: string;
  dimension: string;
  numerator: string[];
  numeratorLabel: string;
  denominator: string[];
  denominatorLabel: string;
  weight: number | null;
  compare: Compare;
  targetPercent: number | null;
  mappingKind: MappingKind;
  zeroAt: number | null;
  fullAt: number | null;
}

export interface Draft {
  name: string;
  priorDays: number;
  terms: DraftTerm[];
}

/** Numbers as a person types them: no float noise (0.95 × 100 = 95, not 94.99999999999999). */
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;
const scaleOf = (kind: MappingKind) => (kind === 'DIFFERENCE' ? 100 : 1);

export function draftTermOf(term: RateTerm): DraftTerm {
  const mappingKind = term.mapping.kind as MappingKind;
  const scale = scaleOf(mappingKind);
  return {
    key: term.key,
    label: term.label,
    dimension: term.dimension,
    numerator: [...term.numerator],
    numeratorLabel: term.numeratorLabel,
    denominator: [...term.denominator],
    denominatorLabel: term.denominatorLabel,
    weight: term.weight,
    compare: term.compare as Compare,
    targetPercent: term.target == null ? null : tidy(term.target * 100),
    mappingKind,
    zeroAt: tidy(term.mapping.zeroAt * scale),
    fullAt: tidy(term.mapping.fullAt * scale),
  };
}

/** A draft begins as a copy of the version in force. */
export const draftOf = (version: RuleSet): Draft => ({
  name: `${version.name}（修订草案）`,
  priorDays: version.priorDays ?? 30,
  terms: version.rateTerms.map(draftTermOf),
});

export const weightTotal = (draft: Draft): number => tidy(draft.terms.reduce((sum, t) => sum + (t.weight ?? 0), 0));

/** Whether a number was typed: the form's inputs give null for an empty box. */
const given = (x: number | null): x is number => x !== null && Number.isFinite(x);

/** What is wrong with a draft, in Chinese, keyed by the field it is shown beside ("terms.3.weight", "total" …). */
export function draftErrors(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.name.trim()) errors.name = '请填写规则名称。';
  if (!draft.terms.length) errors.total = '规则至少须有一项计分项。';
  draft.terms.forEach((t, i) => {
    const at = `terms.${i}`;
    if (!given(t.weight) || t.weight <= 0) errors[`${at}.weight`] = '权重须为大于0的数。';
    if (t.compare === 'TARGET') {
      if (!given(t.targetPercent)) errors[`${at}.target`] = '与目标值比较须填写目标值。';
      else if (t.targetPercent < 0 || t.targetPercent > 100) errors[`${at}.target`] = '目标值须在0%至100%之间。';
    }
    if (t.compare === 'CITY_CHANGE' && t.mappingKind !== 'RATIO') errors[`${at}.mapping`] = '同比项须用比值映射。';
    else if (!given(t.zeroAt) || !given(t.fullAt)) errors[`${at}.mapping`] = '请填写零分点和满分点。';
    else if (t.zeroAt === t.fullAt) errors[`${at}.mapping`] = '零分点与满分点不能相同。';
  });
  const total = weightTotal(draft);
  if (draft.terms.length && total !== TOTAL_WEIGHT) {
    errors.total = `各项权重合计须为${TOTAL_WEIGHT}分（百分制），现为${total}分，${total > TOTAL_WEIGHT ? `多${tidy(total - TOTAL_WEIGHT)}分` : `差${tidy(TOTAL_WEIGHT - total)}分`}。`;
  }
  return errors;
}

function rateTermInput(t: DraftTerm): RateTermInput {
  const scale = scaleOf(t.mappingKind);
  return {
    key: t.key,
    label: t.label,
    dimension: t.dimension,
    weight: t.weight ?? 0,
    numerator: t.numerator,
    denominator: t.denominator,
    compare: t.compare,
    target: t.compare === 'TARGET' && given(t.targetPercent) ? tidy(t.targetPercent / 100) : null,
    mapping: { kind: t.mappingKind, zeroAt: tidy((t.zeroAt ?? 0) / scale), fullAt: tidy((t.fullAt ?? 0) / scale) },
  };
}

/** The draft as the API takes it, for a what-if or a publication. */
export const draftInput = (draft: Draft): RuleSetDraftInput => ({
  kind: 'RATES',
  name: draft.name.trim(),
  priorDays: draft.priorDays,
  rateTerms: draft.terms.map(rateTermInput),
});

/** The version in force on a day: the latest effective on or before it, the later publication winning a tie. */
export function versionInForce(versions: RuleSet[], day: string): RuleSet | undefined {
  // The API lists versions in the order they were published.
  let best: RuleSet | undefined;
  for (const v of versions) if (v.effectiveFrom <= day && (!best || v.effectiveFrom >= best.effectiveFrom)) best = v;
  return best;
}

const percent = (x: number) => `${tidy(x * 100)}%`;
/** A difference of proportions in percentage points: −0.25 → 25个百分点. */
const points = (x: number) => `${Math.abs(tidy(x * 100))}个百分点`;

/** What the term compares with, in Chinese: 全市水平, 目标值95%, 全市同比. */
export const comparisonText = (t: { compare: string; target?: number | null }): string =>
  t.compare === 'TARGET' && t.target != null ? `目标值${percent(t.target)}` : (COMPARE_LABELS[t.compare as Compare] ?? t.compare);

/**
 * How a term's comparison becomes points, in Chinese, e.g. "为全市水平的4倍及以上得0分，与全市水平持平得权重的50%，
 * 其间按比例" or "比目标值低25个百分点及以上得0分，与目标值持平得满分，其间按比例". A ratio's end that no rate
 * reaches (a full mark below zero times the city's rate) is not named: it only sets the slope.
 */
export function mappingText(t: Pick<RateTerm, 'compare' | 'mapping'>): string {
  const { kind, zeroAt, fullAt } = t.mapping;
  const against = COMPARE_LABELS[t.compare as Compare] ?? '比较对象';
  const lower = fullAt < zeroAt;
  const [worse, better] = lower ? ['及以上', '及以下'] : ['及以下', '及以上'];
  const clauses: string[] = [];
  if (kind === 'RATIO') {
    if (zeroAt > 0) clauses.push(`为${against}的${tidy(zeroAt)}倍${worse}得0分`);
    const atParity = (1 - zeroAt) / (fullAt - zeroAt);
    if (atParity > 0 && atParity < 1) clauses.push(`与${against}持平得权重的${tidy(atParity * 100)}%`);
    if (fullAt > 0) clauses.push(`为${against}的${tidy(fullAt)}倍${better}得满分`);
  } else {
    // A gap from the reference: "及以上" where a larger gap goes the same way (worse for 0分, better for 满分).
    const gap = (x: number, further: boolean) => `比${against}${x < 0 ? '低' : '高'}${points(x)}${further ? '及以上' : ''}`;
    clauses.push(zeroAt === 0 ? `与${against}持平得0分` : `${gap(zeroAt, lower ? zeroAt > 0 : zeroAt < 0)}得0分`);
    clauses.push(fullAt === 0 ? `${lower ? '不高于' : '达到'}${against}得满分` : `${gap(fullAt, lower ? fullAt < 0 : fullAt > 0)}得满分`);
  }
  return `${clauses.join('，')}，其间按比例`;
}

/** Whether a lower rate earns more: the mapping's full mark lies below its zero. */
export const lowerIsBetter = (t: Pick<RateTerm, 'mapping'>) => t.mapping.fullAt < t.mapping.zeroAt;

/** A version's terms grouped by dimension (降警情, 控发案 …), with each dimension's weight. */
export function byDimension<T extends { dimension: string; weight: number | null }>(terms: T[]) {
  const groups = new Map<string, T[]>();
  for (const t of terms) groups.set(t.dimension, [...(groups.get(t.dimension) ?? []), t]);
  return [...groups].map(([dimension, items]) => ({ dimension, weight: tidy(items.reduce((s, t) => s + (t.weight ?? 0), 0)), items }));
}
