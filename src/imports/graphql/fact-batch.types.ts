import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FACT_MUTATIONS } from '../../facts/fact-mutations';
import { RecordResult } from '../../recording/record-result.type';

/**
 * One fact of a batch: exactly one field set, named after the mutation that would record the fact
 * alone and taking that mutation's input. Built from the facts' table, so a new fact mutation is
 * batchable the day it exists.
 */
@InputType('FactInput', { description: '批量中的一条事实: 恰填一项, 字段名即单条录入的操作名, 内容即其 input' })
export class FactInput {
  [mutation: string]: Record<string, unknown> | undefined;
}
for (const [mutation, fact] of Object.entries(FACT_MUTATIONS)) {
  Field(() => fact.input, { nullable: true, description: fact.description })(FactInput.prototype, mutation);
}

export enum FactStatus {
  RECORDED = 'RECORDED',
  DUPLICATE = 'DUPLICATE',
  REFUSED = 'REFUSED',
}
registerEnumType(FactStatus, {
  name: 'FactStatus',
  description: '一条事实的结果',
  valuesMap: {
    RECORDED: { description: '已记录' },
    DUPLICATE: { description: '重复发送: 此前已记录, 本次未新增' },
    REFUSED: { description: '未记录, 原因见 refusal' },
  },
});

@ObjectType('FieldProblem', { description: '输入中的一处问题' })
export class FieldProblemType {
  @Field({ description: '字段路径, 如 input.loss' })
  field: string;

  @Field({ description: '问题, 中文在前' })
  problem: string;
}

@ObjectType('FactRefusal', { description: '一条事实未被记录的原因' })
export class FactRefusalType {
  @Field({ description: '与单条录入时的错误代码相同, 如 BAD_USER_INPUT、FORBIDDEN、CONFLICT' })
  code: string;

  @Field({ description: '原因, 中文在前' })
  message: string;

  @Field(() => [FieldProblemType], { description: '逐个字段的问题 (输入有误时)' })
  problems: FieldProblemType[];
}

@ObjectType('FactOutcome', { description: '批量中一条事实的结果' })
export class FactOutcomeType {
  @Field(() => Int, { description: '在批量中的序号, 从 0 起' })
  index: number;

  @Field(() => FactStatus)
  status: FactStatus;

  @Field(() => RecordResult, { nullable: true, description: '已记录或重复发送时的记录结果' })
  result: RecordResult | null;

  @Field(() => FactRefusalType, { nullable: true })
  refusal: FactRefusalType | null;
}

@ObjectType('RecordFactsResult', { description: '批量录入的结果: 逐条作答' })
export class RecordFactsResultType {
  @Field(() => Int)
  recorded: number;

  @Field(() => Int)
  duplicates: number;

  @Field(() => Int)
  refused: number;

  @Field(() => [FactOutcomeType], { description: '与提交顺序相同' })
  facts: FactOutcomeType[];
}
