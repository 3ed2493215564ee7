import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChiefRoleEnum } from '../../organization/graphql/organization.inputs';
import { ChiefRole } from '../../organization/events/organization.events';
import { PeriodInfo } from './period.input';
import { ExplainedRateTerm, RuleSetRef } from './scoring.types';

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
