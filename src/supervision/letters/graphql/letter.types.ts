import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../../common/graphql/enum';
import { RecordResult } from '../../../recording/record-result.type';
import { DayScalar } from '../../../common/graphql/scalars';
import { UnitLevelEnum } from '../../../organization/graphql/organization.inputs';
import { EvidenceType } from '../../evidence/graphql/evidence.types';
import {
  LETTER_ACTIONS,
  LETTER_ACTION_LABELS,
  LETTER_STATUSES,
  LETTER_STATUS_LABELS,
  LetterAction,
  LetterStatus,
} from '../domain/letter-status';
import { SupervisionActorType } from '../../common/graphql/supervision-actor.type';

export const LetterStatusEnum = graphqlEnum(
  'LetterStatus',
  LETTER_STATUSES,
  LETTER_STATUS_LABELS,
  '工作提示函状态 (逾期 is derived when read)',
);
export const LetterActionEnum = graphqlEnum('LetterAction', LETTER_ACTIONS, LETTER_ACTION_LABELS, '工作提示函办理步骤');

@ObjectType('LetterAddressee', { description: '主送单位, named as when drafted' })
export class LetterAddresseeType {
  @Field(() => ID)
  unitId: string;

  @Field()
  name: string;

  @Field(() => UnitLevelEnum)
  level: 'COUNTY' | 'STATION';

  @Field(() => ID, { description: 'The county itself, or the county of the station' })
  countyId: string;
}

@ObjectType('LetterReturn', { description: '退回: why the answer fell short' })
export class LetterReturnType {
  @Field()
  reason: string;

  @Field(() => DayScalar, { description: 'The deadline for the next answer' })
  deadline: string;

  @Field()
  returnedAt: string;

  @Field(() => SupervisionActorType)
  returnedBy: SupervisionActorType;
}

@ObjectType('LetterAnswer', { description: '回复: the rectification measures the unit reported' })
export class LetterAnswerType {
  @Field({ description: '整改措施' })
  measures: string;

  @Field(() => DayScalar)
  answeredOn: string;

  @Field(() => DayScalar, { description: 'The deadline the answer was due by' })
  deadline: string;

  @Field({ description: '逾期回复: answered after the deadline' })
  late: boolean;

  @Field()
  answeredAt: string;

  @Field(() => SupervisionActorType)
  answeredBy: SupervisionActorType;

  @Field(() => LetterReturnType, { nullable: true, description: 'Set when this answer was returned' })
  returned: LetterReturnType | null;
}

@ObjectType('LetterHistoryEntry', { description: '办理记录: one step, who recorded it and when' })
export class LetterHistoryEntryType {
  @Field(() => ID)
  eventId: string;

  @Field(() => LetterActionEnum)
  action: LetterAction;

  @Field()
  actionLabel: string;

  @Field(() => LetterStatusEnum, { description: 'The status the step left the letter in' })
  status: LetterStatus;

  @Field()
  statusLabel: string;

  @Field({ description: 'When it happened' })
  occurredAt: string;

  @Field({ description: 'When it was recorded' })
  recordedAt: string;

  @Field(() => SupervisionActorType)
  actor: SupervisionActorType;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('Letter', { description: '工作提示函: addressed to a county bureau or a station, citing the figures it rests on' })
export class LetterType {
  @Field(() => ID)
  letterId: string;

  @Field(() => LetterStatusEnum, { description: 'As of today: OVERDUE once the deadline passed without an answer' })
  status: LetterStatus;

  @Field({ description: '状态, e.g. 已下发, 逾期' })
  statusLabel: string;

  @Field({ description: 'Past the deadline with the answer still owed' })
  overdue: boolean;

  @Field(() => LetterAddresseeType)
  addressee: LetterAddresseeType;

  @Field()
  title: string;

  @Field({ description: '发现的问题' })
  findings: string;

  @Field(() => [String], { description: '工作要求, in order' })
  requirements: string[];

  @Field(() => DayScalar, { description: '回复期限' })
  deadline: string;

  @Field(() => EvidenceType, { description: '依据, frozen when drafted or last revised' })
  evidence: EvidenceType;

  @Field(() => String, { nullable: true, description: '文号, e.g. "明公基管提〔2026〕26号"; null before issue' })
  number: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of issue' })
  year: number | null;

  @Field(() => Int, { nullable: true, description: 'N of 〔YYYY〕N号' })
  sequence: number | null;

  @Field(() => String, { nullable: true, description: '发文单位' })
  issuer: string | null;

  @Field(() => DayScalar, { nullable: true, description: '发文日期' })
  issuedOn: string | null;

  @Field(() => String, { nullable: true, description: '签收人' })
  signedBy: string | null;

  @Field(() => String, { nullable: true, description: '撤回原因' })
  withdrawnReason: string | null;

  @Field(() => String, { nullable: true, description: '办结意见' })
  closingRemark: string | null;

  @Field(() => [LetterAnswerType], { description: 'Every answer, the returned ones too, oldest first' })
  answers: LetterAnswerType[];

  @Field(() => [LetterHistoryEntryType], { description: '办理记录, oldest first' })
  history: LetterHistoryEntryType[];

  @Field({ description: 'The printable letter (A4 HTML)' })
  htmlUrl: string;

  @Field({ description: 'The letter as a PDF download' })
  pdfUrl: string;
}

@ObjectType('LetterRecordResult', { description: 'The outcome of a letter step, and the letter as it now reads' })
export class LetterRecordResult extends RecordResult {
  @Field(() => ID)
  letterId: string;

  @Field(() => LetterType, { nullable: true, description: 'null only when the read models have not caught up (projected: false)' })
  letter: LetterType | null;
}
