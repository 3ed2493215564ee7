import { bilingual } from '../../../common/bilingual';
import { DomainRuleError } from '../../../common/decider';
import { InvalidMoneyError, formatYuan, parseYuan } from '../../../common/money';
import { INDICATORS, INDICATOR_KEYS, IndicatorKey, RATES, RateKey } from '../../../scoring/domain/indicators';

export type ExitIndicator = IndicatorKey | RateKey;
export const EXIT_INDICATORS: readonly ExitIndicator[] = [...INDICATOR_KEYS, ...(Object.keys(RATES) as RateKey[])];

export const COMPARATORS = ['AT_MOST', 'LESS_THAN', 'AT_LEAST'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const COMPARATOR_SYMBOLS: Record<Comparator, string> = { AT_MOST: '≤', LESS_THAN: '<', AT_LEAST: '≥' };

export const EXIT_PERIODS = ['DEKAD', 'MONTH'] as const;
export type ExitPeriod = (typeof EXIT_PERIODS)[number];
export const EXIT_PERIOD_LABELS: Record<ExitPeriod, string> = { DEKAD: '旬', MONTH: '月' };

export const MAX_CONSECUTIVE = 12;

/**
 * 摘牌条件: the indicator must compare with the threshold in each of `consecutive` completed periods
 * in a row, e.g. cases ≤ 2 in each of 2 consecutive dekads. Thresholds are exact integers: counts,
 * fen for amounts, permille for rates (95.5% is 955).
 */
export interface ExitCondition {
  indicator: ExitIndicator;
  comparator: Comparator;
  threshold: number;
  per: ExitPeriod;
  consecutive: number;
}

export type ThresholdUnit = 'count' | 'fen' | 'permille';

const isRate = (indicator: ExitIndicator): indicator is RateKey => indicator in RATES;

export const thresholdUnit = (indicator: ExitIndicator): ThresholdUnit =>
  isRate(indicator) ? 'permille' : INDICATORS[indicator].unit === 'fen' ? 'fen' : 'count';

export const indicatorLabel = (indicator: ExitIndicator): string =>
  isRate(indicator) ? RATES[indicator].label : INDICATORS[indicator].label;

/** The condition as asked for: the threshold as written (a count, yuan, or a percentage). */
export interface ExitConditionRequest {
  indicator: string;
  comparator: Comparator;
  threshold: string;
  per: ExitPeriod;
  consecutive: number;
}

/** Checks a requested condition; `field` names where it came from, e.g. "input.exitConditions.0". */
export function exitConditionOf(request: ExitConditionRequest, field: string): ExitCondition {
  const indicator = request.indicator as ExitIndicator;
  if (!EXIT_INDICATORS.includes(indicator)) {
    throw new DomainRuleError(
      bilingual(
        `指标 "${request.indicator}" 不存在，须为以下之一：${EXIT_INDICATORS.join('、')}`,
        `"${request.indicator}" is not an indicator; use one of ${EXIT_INDICATORS.join(', ')}`,
      ),
      `${field}.indicator`,
    );
  }
  const { consecutive } = request;
  if (!Number.isInteger(consecutive) || consecutive < 1 || consecutive > MAX_CONSECUTIVE) {
    throw new DomainRuleError(
      bilingual(
        `连续期数须为 1 至 ${MAX_CONSECUTIVE} 的整数，实际为 ${consecutive}`,
        `consecutive must be a whole number of periods from 1 to ${MAX_CONSECUTIVE}, got ${consecutive}`,
      ),
      `${field}.consecutive`,
    );
  }
  const threshold = parseThreshold(indicator, request.threshold, `${field}.threshold`);
  return { indicator, comparator: request.comparator, threshold, per: request.per, consecutive };
}

const COUNT = /^(0|[1-9]\d{0,8})$/;
const PERCENT = /^(0|[1-9]\d{0,2})(?:\.(\d))?$/;

function parseThreshold(indicator: ExitIndicator, text: string, field: string): number {
  switch (thresholdUnit(indicator)) {
    case 'count':
      if (!COUNT.test(text)) {
        throw new DomainRuleError(
          bilingual(`数量 "${text}" 有误：须为整数，例如 "2"`, `"${text}" is not a count: use a whole number, e.g. "2"`),
          field,
        );
      }
      return Number(text);
    case 'fen':
      try {
        return parseYuan(text);
      } catch (error) {
        if (error instanceof InvalidMoneyError) throw new DomainRuleError(error.message, field);
        throw error;
      }
    case 'permille': {
      const m = PERCENT.exec(text);
      const permille = m ? Number(m[1]) * 10 + Number(m[2] ?? 0) : NaN;
      if (!(permille <= 1000)) {
        throw new DomainRuleError(
          bilingual(
            `百分比 "${text}" 有误：须为 0 至 100，最多一位小数，例如 "95.5"`,
            `"${text}" is not a percentage from 0 to 100 with at most one decimal, e.g. "95.5"`,
          ),
          field,
        );
      }
      return permille;
    }
  }
}

/** The threshold as written: "2", "5000.00", "95.5". */
export function thresholdText(indicator: ExitIndicator, threshold: number): string {
  switch (thresholdUnit(indicator)) {
    case 'count':
      return String(threshold);
    case 'fen':
      return formatYuan(threshold);
    case 'permille':
      return `${Math.trunc(threshold / 10)}.${threshold % 10}`;
  }
}

const SUFFIX: Record<ThresholdUnit, string> = { count: '', fen: '元', permille: '%' };
const RUN: Record<ExitPeriod, string> = { DEKAD: '旬', MONTH: '个月' };

/** e.g. "发案数每旬≤2，连续2旬", "见面率每月≥95.0%，连续1个月". */
export function conditionText(c: ExitCondition): string {
  const threshold = `${thresholdText(c.indicator, c.threshold)}${SUFFIX[thresholdUnit(c.indicator)]}`;
  return `${indicatorLabel(c.indicator)}每${EXIT_PERIOD_LABELS[c.per]}${COMPARATOR_SYMBOLS[c.comparator]}${threshold}，连续${c.consecutive}${RUN[c.per]}`;
}

export const periodsText = (per: ExitPeriod, n: number) => `${n}${RUN[per]}`;
