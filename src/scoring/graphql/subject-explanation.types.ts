import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChiefRoleEnum } from '../../organization/graphql/organization.inputs';
import { ChiefRole } from '../../organization/events/organization.events';
import { PeriodInfo } from './period.input';
import { RuleSetRef } from './scoring.types';

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

@ObjectType({ description: '得分说明: why a subject of a ranking scored what it did over a period' })
export class SubjectScoreExplanation {
  @Field(() => ChiefRoleEnum)
  role: ChiefRole;

  @Field(() => ID)
  subjectId: string;

  @Field({ description: "防区, 县局 or the chief's name" })
  name: string;

  @Field(() => PeriodInfo)
  period: PeriodInfo;

  @Field(() => RuleSetRef, { nullable: true, description: 'The rule set in force on the last day, which scores the period' })
  ruleSet: RuleSetRef | null;

  @Field({ description: 'RATES or ADDITIVE (the additive score is the sum of the days and has no rate terms)' })
  ruleKind: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The score the ranking gives; null when the subject answered for nothing in the period',
  })
  total: number | null;

  @Field(() => Int, { description: 'Days of the period the subject answered for areas' })
  daysAccountable: number;

  @Field(() => Int, { description: '常住人口 answered for (averaged over those days)' })
  population: number;

  @Field(() => [ExplainedRateTerm])
  terms: ExplainedRateTerm[];

  @Field(() => [String], { description: 'What a reader should know: a change of rules within the period, nothing to answer for' })
  notes: string[];
}
