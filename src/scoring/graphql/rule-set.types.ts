import { bilingual } from '../../common/bilingual';
import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ID_CHARACTERS, ID_PATTERN, NOT_EMPTY, idFormat } from '../../common/graphql/input-messages';
import { DayScalar } from '../../common/graphql/scalars';
import { API_INDICATOR_NAMES } from './indicator-names';
import { RESIDENTS } from '../events/rule-set.events';

@ObjectType({ description: '考评规则的一项' })
@InputType('RuleTermInput')
export class RuleTermType {
  @Field({ description: `One of: ${API_INDICATOR_NAMES.join(', ')}` })
  @IsIn(API_INDICATOR_NAMES, {
    message: bilingual(
      `考评指标须为以下之一：${API_INDICATOR_NAMES.join('、')}`,
      `indicator must be one of ${API_INDICATOR_NAMES.join(', ')}`,
    ),
  })
  indicator: string;

  @Field(() => Float, { description: 'Points for every `per` units (negative for penalties)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  points: number;

  @Field(() => Float, { description: '1 for counts; yuan for amounts (10000 for ¥10,000)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  per: number;

  @Field(() => Float, { nullable: true, description: 'Largest points a single case can contribute (loss only)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  capPerCase: number | null;

  @Field({ description: "Divide by the area's residents / 10,000" })
  @IsBoolean()
  perCapita: boolean;
}

@ObjectType({ description: '比率得分映射: points from a comparison, nothing at zeroAt, the full weight at fullAt, linear between' })
export class RateMappingType {
  @Field({ description: 'RATIO (rate ÷ reference) or DIFFERENCE (rate − reference)' })
  kind: string;

  @Field(() => Float)
  zeroAt: number;

  @Field(() => Float)
  fullAt: number;
}

@ObjectType({ description: '比率制考评规则的一项: a rate over the period, compared, mapped to points' })
export class RateTermType {
  @Field()
  key: string;

  @Field({ description: '计分项名称' })
  label: string;

  @Field({ description: '考评维度 (降警情, 控发案 …)' })
  dimension: string;

  @Field(() => Float, { description: 'Most points the term can give, of 100' })
  weight: number;

  @Field(() => [String])
  numerator: string[];

  @Field({ description: '分子 in Chinese: the indicators’ names joined by “＋”, e.g. 警情数' })
  numeratorLabel: string;

  @Field(() => [String], { description: 'Indicators summed, or ["RESIDENTS"] for a rate per 10,000 residents' })
  denominator: string[];

  @Field({ description: '分母 in Chinese: 常住人口 (per 10,000 residents) or the indicators’ names joined by “＋”' })
  denominatorLabel: string;

  @Field({ description: 'CITY (the city’s rate), TARGET, or CITY_CHANGE (own change on last year against the city’s)' })
  compare: string;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => RateMappingType)
  mapping: RateMappingType;
}

@ObjectType({ description: '考评规则 (one published version)' })
export class RuleSetType {
  @Field(() => ID)
  versionId: string;

  @Field(() => ID)
  ruleSetId: string;

  @Field()
  name: string;

  @Field(() => DayScalar)
  effectiveFrom: string;

  @Field({ description: 'ADDITIVE (points per event, summed per day) or RATES (rates over the period on a 100-point scale)' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'ADDITIVE only' })
  aggregation: string | null;

  @Field(() => [RuleTermType], { description: 'ADDITIVE only; empty for RATES' })
  terms: RuleTermType[];

  @Field(() => [RateTermType], { description: 'RATES only; empty for ADDITIVE' })
  rateTerms: RateTermType[];

  @Field(() => Float, { nullable: true, description: 'RATES only: days of an average area’s data the city’s rate weighs as' })
  priorDays: number | null;

  @Field()
  publishedAt: string;

  @Field(() => String, { nullable: true, description: '发布人: the officer’s name, else the subject of the token that published it' })
  publishedBy: string | null;

  @Field(() => String, { nullable: true, description: 'The publishing officer’s access role, e.g. EVALUATION_STAFF' })
  publishedByRole: string | null;
}

@InputType({ description: '比率得分映射' })
export class RateMappingInput {
  @Field({ description: 'RATIO (rate ÷ reference) or DIFFERENCE (rate − reference)' })
  @IsIn(['RATIO', 'DIFFERENCE'], { message: bilingual('映射方式须为 RATIO 或 DIFFERENCE', 'kind must be RATIO or DIFFERENCE') })
  kind: 'RATIO' | 'DIFFERENCE';

  @Field(() => Float, { description: 'Where the term earns nothing' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  zeroAt: number;

  @Field(() => Float, { description: 'Where the term earns its full weight' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  fullAt: number;
}

const DENOMINATORS = [...API_INDICATOR_NAMES, RESIDENTS];

@InputType({ description: '比率制考评规则的一项' })
export class RateTermInput {
  @Field()
  @Matches(ID_PATTERN, idFormat(ID_CHARACTERS))
  key: string;

  @Field({ description: '计分项名称' })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(50)
  label: string;

  @Field({ description: '考评维度' })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(20)
  dimension: string;

  @Field(() => Float, { description: 'Most points the term can give' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  weight: number;

  @Field(() => [String], { description: `Indicators summed: ${API_INDICATOR_NAMES.join(', ')}` })
  @ArrayMaxSize(5)
  @IsIn(API_INDICATOR_NAMES, { each: true, message: bilingual('分子须为考评指标', 'numerator must list indicators of the catalogue') })
  numerator: string[];

  @Field(() => [String], { description: 'Indicators summed, or ["RESIDENTS"] for a rate per 10,000 residents' })
  @ArrayMaxSize(5)
  @IsIn(DENOMINATORS, { each: true, message: bilingual('分母须为考评指标或 RESIDENTS', 'denominator must list indicators or RESIDENTS') })
  denominator: string[];

  @Field({ description: 'CITY, TARGET or CITY_CHANGE' })
  @IsIn(['CITY', 'TARGET', 'CITY_CHANGE'], {
    message: bilingual('比较对象须为 CITY、TARGET 或 CITY_CHANGE', 'compare must be CITY, TARGET or CITY_CHANGE'),
  })
  compare: 'CITY' | 'TARGET' | 'CITY_CHANGE';

  @Field(() => Float, { nullable: true, description: 'For TARGET: the proportion aimed at (0.95 for 95%)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target?: number | null;

  @Field(() => RateMappingInput)
  @ValidateNested()
  @Type(() => RateMappingInput)
  mapping: RateMappingInput;
}

@InputType({ isAbstract: true })
abstract class RuleTermsInput {
  @Field(() => String, { nullable: true, description: 'ADDITIVE (the default: terms, aggregation) or RATES (rateTerms, priorDays)' })
  @IsOptional()
  @IsIn(['ADDITIVE', 'RATES'], { message: bilingual('规则类型须为 ADDITIVE 或 RATES', 'kind must be ADDITIVE or RATES') })
  kind?: 'ADDITIVE' | 'RATES';

  // Optional rather than defaulted: graphql-jit loses defaults of input-object fields.
  @Field(() => String, { nullable: true, description: "ADDITIVE: MEAN (the default) or SUM over a chief's areas" })
  @IsOptional()
  @IsIn(['MEAN', 'SUM'])
  aggregation?: 'MEAN' | 'SUM';

  @Field(() => [RuleTermType], { nullable: true, description: 'ADDITIVE: points per event' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Type(() => RuleTermType)
  terms?: RuleTermType[];

  @Field(() => [RateTermInput], { nullable: true, description: 'RATES: rates over the period on a 100-point scale' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Type(() => RateTermInput)
  rateTerms?: RateTermInput[];

  @Field(() => Float, { nullable: true, description: 'RATES: days of an average area’s data the city’s rate weighs as (default 30)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  priorDays?: number;
}

@InputType({ description: '发布考评规则' })
export class PublishRuleSetInput extends RuleTermsInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, idFormat(ID_CHARACTERS))
  ruleSetId: string;

  @Field()
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  name: string;

  @Field(() => DayScalar, { description: 'Days from this one on are scored with this version (today or later)' })
  @IsString()
  effectiveFrom: string;
}

@InputType({ description: '规则草案: scored in a what-if, never published' })
export class RuleSetDraftInput extends RuleTermsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;
}
