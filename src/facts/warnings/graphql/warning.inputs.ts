import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString } from 'class-validator';
import { graphqlEnum } from '../../../common/graphql/enum';
import { FactEnvelopeInput } from '../../../recording/fact-envelope.input';
import { DateTimeScalar } from '../../../common/graphql/scalars';
import { CorrectedEventId, CorrectionReason } from '../../correction-fields';
import {
  CHECK_RESULTS,
  CHECK_RESULT_LABELS,
  CheckResult,
  CONTACT_METHODS,
  CONTACT_METHOD_LABELS,
  ContactMethod,
  PROTECTIVE_MEASURES,
  PROTECTIVE_MEASURE_LABELS,
  ProtectiveMeasure,
  WARNING_KINDS,
  WARNING_KIND_LABELS,
  WarningKind,
} from '../events/warning-instruction.events';

const WarningKindEnum = graphqlEnum('WarningKind', WARNING_KINDS, WARNING_KIND_LABELS, '预警指令类型');
const ContactMethodEnum = graphqlEnum('ContactMethod', CONTACT_METHODS, CONTACT_METHOD_LABELS, '联系方式');
const ProtectiveMeasureEnum = graphqlEnum('ProtectiveMeasure', PROTECTIVE_MEASURES, PROTECTIVE_MEASURE_LABELS, '临时性保护措施');
const CheckResultEnum = graphqlEnum('CheckResult', CHECK_RESULTS, CHECK_RESULT_LABELS, '落地核查结果');

@InputType({ isAbstract: true })
abstract class WarningFactInput extends FactEnvelopeInput {
  @ExternalId("The warning platform's instruction number")
  instructionId: string;
}

@InputType({ description: '接收预警指令' })
export class ReceiveWarningInput extends WarningFactInput {
  @Field(() => WarningKindEnum)
  @IsIn(WARNING_KINDS)
  kind: WarningKind;

  @Field(() => DateTimeScalar, { description: 'When the person must have been reached' })
  @IsString()
  deadline: string;
}

@InputType({ description: '见面/电话联系' })
export class RecordWarningContactInput extends WarningFactInput {
  @Field(() => ContactMethodEnum)
  @IsIn(CONTACT_METHODS)
  method: ContactMethod;
}

@InputType({ description: '劝阻成功' })
export class RecordWarningDissuadedInput extends WarningFactInput {}

@InputType({ description: '预警后被骗' })
export class RecordVictimisedAfterWarningInput extends WarningFactInput {
  @ExternalId('The case filed for the fraud, when known', { optional: true })
  caseId?: string;
}

@InputType({ description: '采取临时性保护措施' })
export class ApplyProtectiveMeasureInput extends WarningFactInput {
  @Field(() => ProtectiveMeasureEnum)
  @IsIn(PROTECTIVE_MEASURES)
  measure: ProtectiveMeasure;
}

@InputType({ description: '预警指令流转: 转给将处置的民警或单位; 流转用时自接收起计' })
export class ForwardWarningInput extends WarningFactInput {
  @ExternalId('流转至的单位: 指令转出接收单位时填写; 本单位内流转给民警时不填', { optional: true })
  toUnitId?: string;
}

@InputType({ description: '落地核查: 民警到达当事人住址核查; 核查用时自接收起计' })
export class CheckWarningOnSiteInput extends WarningFactInput {
  @Field(() => CheckResultEnum)
  @IsIn(CHECK_RESULTS)
  result: CheckResult;
}

@InputType({ description: '撤回误录的预警处置记录(见面/联系、劝阻成功、预警后被骗、临时性保护措施、流转、落地核查)' })
export class RetractWarningFactInput extends WarningFactInput {
  @CorrectedEventId()
  eventId: string;

  @CorrectionReason()
  reason: string;
}
