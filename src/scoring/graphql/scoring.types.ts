import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, DayScalar } from '../../common/graphql/scalars';
import { Indicators, IndicatorsValue, RatioValue } from './indicators.type';
import { WarningStepTime } from './warning-step-time.types';

@ObjectType()
export class ChiefRef {
  @Field(() => ID)
  chiefId: string;

  @Field()
  name: string;
}

@ObjectType({ description: '一项得分: 指标 × 分值' })
export class ScoreTerm {
  @Field()
  indicator: string;

  @Field({ description: '指标名称' })
  label: string;

  @Field({ description: "The indicator's value: a count, or yuan as a decimal string for amounts" })
  value: string;

  @Field(() => Float, { description: 'Points for every `per` units' })
  points: number;

  @Field(() => Float, { description: 'A count, or yuan for amounts' })
  per: number;

  @Field(() => Float, { nullable: true, description: 'Largest points one case can contribute' })
  capPerCase: number | null;

  @Field()
  perCapita: boolean;

  @Field(() => Float, { description: '得分' })
  score: number;

  @Field(() => [ID], { description: 'The events behind the value' })
  eventIds: string[];
}

@ObjectType({ description: '一项得分的来由: the rate over the period, shrunk toward the city, compared, mapped to points' })
export class ExplainedRateTerm {
  @Field()
  key: string;

  @Field({ description: '计分项名称' })
  label: string;

  @Field({ description: '考评维度' })
  dimension: string;

  @Field(() => Float, { description: 'Most points the term can give, of 100' })
  weight: number;

  @Field({ description: 'The numerator over the period: a count, or yuan as a decimal string for amounts' })
  numerator: string;

  @Field({ description: 'The denominator: residents (averaged over the period) for per-capita rates, else a count or yuan' })
  denominator: string;

  @Field({ description: '分子的单位: 元 for amounts, 人 for people, 条 for warnings, 起 for alerts and cases, 次 otherwise' })
  numeratorUnit: string;

  @Field({ description: '分母的单位: 人 for residents, else as numeratorUnit' })
  denominatorUnit: string;

  @Field({ description: '单位 of the rates: 起/万人, 人/万人, 元/万人, or 比例 for proportions and ratios' })
  unit: string;

  @Field(() => Float, { nullable: true, description: 'The rate as counted; null when the denominator is 0' })
  rate: number | null;

  @Field(() => Float, { description: "The rate shrunk toward the city's by how little it rests on" })
  shrunk: number;

  @Field({ description: '比较对象: 全市 (the city’s rate), 目标 (a target), or 全市同比 (the city’s change on last year)' })
  comparedWith: string;

  @Field(() => Float, { description: "The city's rate, the target, or the city's ratio of this year to last" })
  reference: number;

  @Field(() => Float, { nullable: true, description: 'Year on year: own shrunk ratio of this year to last' })
  change: number | null;

  @Field(() => Float, { description: '得分' })
  points: number;
}

@ObjectType()
export class RuleSetRef {
  @Field(() => ID)
  versionId: string;

  @Field()
  name: string;

  @Field(() => DayScalar)
  effectiveFrom: string;
}

@ObjectType({ description: '得分说明: each indicator, its weight, its points, and the events behind it' })
export class ScoreExplanation {
  @Field(() => ID)
  areaId: string;

  @Field(() => DayScalar)
  day: string;

  @Field(() => RuleSetRef)
  ruleSet: RuleSetRef;

  @Field(() => Float)
  total: number;

  @Field({ description: 'ADDITIVE (terms: points per event that day) or RATES (rateTerms: the day’s rates on a 100-point scale)' })
  kind: string;

  @Field(() => [ScoreTerm], { description: 'ADDITIVE only' })
  terms: ScoreTerm[];

  @Field(() => [ExplainedRateTerm], { description: 'RATES only' })
  rateTerms: ExplainedRateTerm[];
}

@ObjectType({ description: '指标同比/环比' })
export class IndicatorComparison {
  @Field()
  indicator: string;

  @Field()
  label: string;

  @Field({ description: 'The part of the work it measures: 预警劝阻, 警情发案, 打击, 挽损, 宣防 or 外流劝返' })
  section: string;

  @Field({ description: 'Count, or yuan for amounts' })
  current: string;

  @Field()
  lastYear: string;

  @Field()
  previous: string;

  @Field(() => String, { nullable: true, description: '同比, e.g. "+378.4" (percent); null when last year was 0' })
  yearOnYearPercent: string | null;

  @Field(() => String, { nullable: true, description: '环比 against the same number of days before' })
  periodOnPeriodPercent: string | null;
}

@ObjectType({ description: '比率, current, last year and the period before' })
export class RateComparison {
  @Field()
  rate: string;

  @Field()
  label: string;

  @Field(() => RatioValue)
  current: RatioValue;

  @Field(() => RatioValue)
  lastYear: RatioValue;

  @Field(() => RatioValue, { description: '上期: the period of the same length just before' })
  previous: RatioValue;

  @Field(() => String, {
    nullable: true,
    description: '同比, in percentage points (百分点), e.g. "+5.0"; null when either period has no denominator',
  })
  yearOnYearPoints: string | null;

  @Field(() => String, { nullable: true, description: '环比, in percentage points (百分点)' })
  periodOnPeriodPoints: string | null;
}

@ObjectType({ description: '指标分类: one warning kind, fraud type, method or victim group of a 指标报表, with 同比/环比' })
export class IndicatorBreakdownRow {
  @Field({
    description: 'The WarningKind, FraudType, FraudMethod or VictimGroup value; UNKNOWN for facts recorded without it',
  })
  key: string;

  @Field({ description: 'e.g. 熟警预警, 虚假投资理财' })
  label: string;

  @Field(() => [IndicatorComparison])
  comparisons: IndicatorComparison[];

  @Field(() => [RateComparison], {
    description:
      'The rates of the figures the split keeps: for a warning kind 见面率, 及时率, 劝阻成功率, 预警后被骗率; for a method or victim group 回访率; for a fraud type none',
  })
  rates: RateComparison[];
}

@ObjectType('StopEfficiency', { description: '止付效率: 从报案到止付的平均用时, 及其环比、同比' })
export class StopEfficiency {
  @Field(() => String, { nullable: true, description: '本期平均用时 (分钟, 1 位小数); 无计时止付时为空' })
  averageMinutes: string | null;

  @Field(() => String, { nullable: true })
  previousAverageMinutes: string | null;

  @Field(() => String, { nullable: true })
  lastYearAverageMinutes: string | null;

  @Field(() => String, {
    nullable: true,
    description: '止付效率环比 (效率 = 单位用时的止付笔数; 用时缩短为提升, 2 位小数, 如 +70.08)',
  })
  periodOnPeriodPercent: string | null;
}

@ObjectType({ description: '指标报表 for a unit and period' })
export class IndicatorReportType {
  @Field(() => ID)
  unitId: string;

  @Field(() => DateTimeScalar, { nullable: true, description: '截至时刻: the report as known at this instant; null: as known now' })
  asOf: string | null;

  @Field()
  unitName: string;

  @Field(() => Int)
  areaCount: number;

  @Field(() => Int)
  population: number;

  @Field(() => DayScalar)
  from: string;

  @Field(() => DayScalar)
  to: string;

  @Field(() => Indicators)
  current: IndicatorsValue;

  @Field(() => Indicators)
  lastYear: IndicatorsValue;

  @Field(() => Indicators)
  previous: IndicatorsValue;

  @Field(() => [IndicatorComparison])
  comparisons: IndicatorComparison[];

  @Field(() => [RateComparison])
  rates: RateComparison[];

  @Field(() => String, { nullable: true, description: '每万人发案 (2 decimals)' })
  casesPer10k: string | null;

  @Field(() => String, {
    nullable: true,
    description: '警情转案率 (警情→发案): 由警情立案数 / 警情数, 1 位小数; 无警情时为空',
  })
  alertConversionPercent: string | null;

  @Field(() => StopEfficiency, { description: '止付效率: 从报案到止付的平均用时 (有报案时间的止付)' })
  stopEfficiency: StopEfficiency;

  @Field(() => WarningStepTime, { description: '流转用时: 从接收预警指令到流转的平均用时' })
  forwardTime: WarningStepTime;

  @Field(() => WarningStepTime, { description: '核查用时: 从接收预警指令到落地核查的平均用时' })
  checkTime: WarningStepTime;

  @Field(() => IndicatorComparison, { description: '期末在外外流人员数: 截至期末登记的外流人员减已回流的, 及其同比、环比' })
  outflowAbroad: IndicatorComparison;
}
