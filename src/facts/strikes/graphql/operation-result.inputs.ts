import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Max, Min, MaxLength } from 'class-validator';
import { bilingual } from '../../../common/bilingual';
import { graphqlEnum } from '../../../common/graphql/enum';
import { COMPANY_PENALTIES, CompanyPenalty } from '../events/strike.events';
import { StrikeFactInput } from './strike.inputs';

const CompanyPenaltyEnum = graphqlEnum(
  'CompanyPenalty',
  COMPANY_PENALTIES,
  { WARNING: '警告', FINE: '罚款', SUSPENSION: '责令停产停业', LICENCE_REVOKED: '吊销许可证件' },
  '对企业的行政处罚种类',
);

/** A count of things in one record: whole, not negative, and within what one operation takes. */
const ItemCount = (zh: string, unit: string, atLeast = 0) =>
  applyDecorators(
    Field(() => Int, { description: zh }),
    IsInt({ message: bilingual(`$property（${zh}）须为整数`, '$property must be a whole number') }),
    Min(atLeast, {
      message:
        atLeast === 0
          ? bilingual(`$property（${zh}）不能为负数`, '$property must not be negative')
          : bilingual(`$property（${zh}）至少为 ${atLeast} ${unit}`, `$property must be at least ${atLeast}`),
    }),
    Max(100_000, {
      message: bilingual(`$property（${zh}）一条记录最多为 100000${unit}`, '$property must be at most 100000 in one record'),
    }),
  );

@InputType({ description: '缴获作案手机、银行卡' })
export class SeizeItemsInput extends StrikeFactInput {
  @ItemCount('缴获作案手机数', '部')
  phones: number;

  @ItemCount('缴获银行卡数', '张')
  bankCards: number;
}

@InputType({ description: '打掉窝点' })
export class BreakDensInput extends StrikeFactInput {
  @ItemCount('打掉窝点数', '个', 1)
  count: number;

  @Field(() => Boolean, { description: '是否本地窝点(三个大幅减少之一)' })
  @IsBoolean()
  local: boolean;
}

@InputType({ description: '断卡: 查处涉诈电话卡、银行卡' })
export class CutOffCardsInput extends StrikeFactInput {
  @ItemCount('断卡电话卡数', '张')
  phoneCards: number;

  @ItemCount('断卡银行卡数', '张')
  bankCards: number;
}

@InputType({ description: '对涉事企业给予行政处罚' })
export class PenaliseCompanyInput extends StrikeFactInput {
  @Field({ description: '企业名称' })
  @IsString()
  @IsNotEmpty({ message: bilingual('须写明受处罚企业的名称', 'company must name the company penalised') })
  @MaxLength(200)
  company: string;

  @Field(() => CompanyPenaltyEnum)
  @IsIn(COMPANY_PENALTIES)
  penalty: CompanyPenalty;
}
