import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/graphql/scalars';
import { INDICATORS, INDICATOR_KEYS } from '../domain/indicators';
import { ApiIndicators, apiIndicatorName } from './indicator-names';

/** Every indicator of the catalogue as a field, under its API name: counts as Int, amounts as Money. */
@ObjectType({ description: '考评指标 (counts and amounts for a period)' })
export class Indicators {}

for (const key of INDICATOR_KEYS) {
  const { label, unit } = INDICATORS[key];
  Field(() => (unit === 'fen' ? MoneyScalar : Int), { description: label })(Indicators.prototype, apiIndicatorName(key));
}

export type IndicatorsValue = ApiIndicators;

@ObjectType({ description: 'An exact ratio: numerator / denominator, and the percentage rounded half-up' })
export class RatioValue {
  @Field(() => Float)
  numerator: number;

  @Field(() => Float)
  denominator: number;

  @Field(() => String, { nullable: true, description: 'e.g. "99.7"; null when the denominator is 0' })
  percent: string | null;
}
