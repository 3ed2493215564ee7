import { bilingual } from '../../../common/bilingual';
import { applyDecorators } from '@nestjs/common';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { graphqlEnum } from '../../../common/graphql/enum';
import { FactEnvelopeInput } from '../../../recording/fact-envelope.input';
import { CorrectedEventId, CorrectionReason } from '../../correction-fields';
import { CHARGES, Charge, MEASURES, Measure } from '../events/strike.events';

const ChargeEnum = graphqlEnum(
  'Charge',
  CHARGES,
  { FRAUD: '诈骗', ASSISTING: '帮助信息网络犯罪活动(帮信)', CONCEALING: '掩饰隐瞒犯罪所得(掩隐)' },
  '涉嫌罪名',
);
const MeasureEnum = graphqlEnum('Measure', MEASURES, { CRIMINAL: '刑事强制措施', ADMINISTRATIVE: '行政处罚' }, '处理措施');

@InputType({ isAbstract: true })
export abstract class StrikeFactInput extends FactEnvelopeInput {
  @ExternalId('The strike operation (专案/行动) this belongs to')
  operationId: string;
}

@InputType({ description: '破案' })
export class SolveCaseInput extends StrikeFactInput {
  @ExternalId()
  caseId: string;
}

const SuspectCount = () =>
  applyDecorators(
    Field(() => Int),
    IsInt(),
    Min(1, { message: bilingual('抓获人数至少为 1 人', 'count must be at least 1') }),
    Max(10_000, { message: bilingual('一条记录的抓获人数最多为 10000 人', 'count must be at most 10000 in one record') }),
  );

@InputType({ description: '抓获犯罪嫌疑人' })
export class ApprehendSuspectsInput extends StrikeFactInput {
  @Field(() => ChargeEnum)
  @IsIn(CHARGES)
  charge: Charge;

  @Field(() => MeasureEnum)
  @IsIn(MEASURES)
  measure: Measure;

  @SuspectCount()
  count: number;
}

@InputType({ isAbstract: true })
abstract class StrikeCorrectionInput extends StrikeFactInput {
  @CorrectedEventId()
  eventId: string;

  @CorrectionReason()
  reason: string;
}

@InputType({ description: '撤回误录的打击记录(破案、抓获、缴获、窝点、断卡、处罚企业)' })
export class RetractStrikeFactInput extends StrikeCorrectionInput {}

@InputType({ description: '更正抓获人数' })
export class AmendApprehensionCountInput extends StrikeCorrectionInput {
  @SuspectCount()
  count: number;
}
