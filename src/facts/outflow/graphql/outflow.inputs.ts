import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { bilingual } from '../../../common/bilingual';
import { graphqlEnum } from '../../../common/graphql/enum';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { DateTimeScalar } from '../../../common/graphql/scalars';
import { FactEnvelopeInput } from '../../../recording/fact-envelope.input';
import { CorrectedEventId, CorrectionReason } from '../../correction-fields';
import { RETURN_WAYS, RETURN_WAY_LABELS, ReturnWay } from '../events/outflow.events';

const ReturnWayEnum = graphqlEnum('ReturnWay', RETURN_WAYS, RETURN_WAY_LABELS, '外流人员回流的方式');

@InputType({ isAbstract: true })
abstract class OutflowPersonInput extends FactEnvelopeInput {
  @ExternalId('外流人员编号 (如 WL-2026-001): the station’s own number for the person, never a name or identity-card number')
  personId: string;
}

@InputType({ description: '登记外流人员 (occurredAt: 查明外流的时间)' })
export class RegisterOutflowInput extends OutflowPersonInput {
  @Field({ description: '外流地: 国家或地区, 如 缅甸、柬埔寨' })
  @IsString()
  @IsNotEmpty({ message: bilingual('须写明外流地（国家或地区）', 'destination must name the country or region') })
  @MaxLength(50, { message: bilingual('外流地最多 50 个字', 'destination must be at most 50 characters') })
  destination: string;

  @Field(() => DateTimeScalar, { nullable: true, description: '出境时间 (知道时填); 不晚于查明外流的时间' })
  @IsOptional()
  @IsString()
  abroadSince?: string;
}

@InputType({ description: '外流人员回流 (occurredAt: 回流入境的时间)' })
export class RecordOutflowReturnInput extends OutflowPersonInput {
  @Field(() => ReturnWayEnum)
  @IsIn(RETURN_WAYS)
  way: ReturnWay;
}

@InputType({ description: '撤回误录的外流人员登记或回流记录' })
export class RetractOutflowFactInput extends OutflowPersonInput {
  @CorrectedEventId()
  eventId: string;

  @CorrectionReason()
  reason: string;
}
