import { DocumentNode, GraphQLError, GraphQLSchema, getOperationAST, getVariableValues } from 'graphql';
import { ErrorWithProps } from 'mercurius';
import { bilingual, holdsChinese, splitBilingual } from '../common/bilingual';

/**
 * Mercurius skips graphql-js's variable check on the request that compiles a query with the JIT,
 * and the JIT's own check reports only "Expected type Money." without the field or the reason.
 * Checking here keeps every bad-input message naming the field and the problem, in Chinese first
 * and then graphql-js's English: "输入有误：缺少必填字段 input.unitId（类型 ID!） / Variable "$input" …".
 */
export function validateVariables(schema: GraphQLSchema, document: DocumentNode, _context: unknown, variables?: Record<string, unknown>) {
  const operation = getOperationAST(document);
  if (!operation?.variableDefinitions?.length) return;
  const { errors } = getVariableValues(schema, operation.variableDefinitions, variables ?? {});
  if (errors?.length) {
    const described = errors.map(describeVariableError);
    const message = bilingual(`输入有误：${described.map((d) => d.zh).join('；')}`, described.map((d) => d.en).join('; '));
    throw new ErrorWithProps(message, { code: 'BAD_USER_INPUT' }, 400);
  }
}

/** graphql-js's refusals of a variable as a whole. */
const VARIABLE_REFUSALS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Variable "\$(\w+)" of required type "([^"]+)" was not provided\.$/, ([, name, type]) => `缺少必填变量 $${name}（类型 ${type}）`],
  [/^Variable "\$(\w+)" of non-null type "([^"]+)" must not be null\.$/, ([, name, type]) => `变量 $${name} 不能为 null（类型 ${type}）`],
  [/^Variable "\$(\w+)" expected value of type "([^"]+)" which cannot/, ([, name, type]) => `变量 $${name} 的类型 ${type} 不能用作输入`],
  [/^Too many errors processing variables/, () => '变量错误过多，已停止检查'],
];

/** graphql-js's reasons a value of a variable is invalid, `where` being the path of the value (input.loss). */
const VALUE_REFUSALS: Array<[RegExp, (m: RegExpExecArray, where: string) => string]> = [
  [/^Expected non-nullable type "[^"]+" not to be null\./, (_, where) => `${where} 不能为 null`],
  [/^Expected type "([^"]+)" to be an object\./, ([, type], where) => `${where} 须为对象（类型 ${type}）`],
  [
    /^Field "(\w+)" of required type "([^"]+)" was not provided\./,
    ([, field, type], where) => `缺少必填字段 ${where}.${field}（类型 ${type}）`,
  ],
  [
    /^Field "(\w+)" is not defined by type "([^"]+)"\./,
    ([, field, type], where) => `${where} 中不能填写字段 ${field}（类型 ${type} 没有该字段）`,
  ],
  [/^Field "(\w+)" must be non-null\./, ([, field], where) => `${where}.${field} 不能为 null`],
  [/^Exactly one key must be specified for OneOf type "([^"]+)"\./, ([, type], where) => `${where} 须且只能填写一个字段（类型 ${type}）`],
  [/^Value "([^"]*)" does not exist in "([^"]+)" enum\./, ([, value, type], where) => `${where} 的值 "${value}" 不是 ${type} 的可选值`],
  [/^Enum "([^"]+)" cannot represent/, ([, type], where) => `${where} 须为 ${type} 的可选值之一`],
  [/^Int cannot represent non 32-bit/, (_, where) => `${where} 超出整数范围`],
  [/^Int cannot represent/, (_, where) => `${where} 须为整数`],
  [/^Float cannot represent/, (_, where) => `${where} 须为数字`],
  [/^String cannot represent/, (_, where) => `${where} 须为字符串`],
  [/^Boolean cannot represent/, (_, where) => `${where} 须为 true 或 false`],
  [/^ID cannot represent/, (_, where) => `${where} 须为字符串或整数`],
  [/^Expected type "([^"]+)"\./, ([, type], where) => `${where} 的值不符合类型 ${type}`],
];

const INVALID_VALUE = /^Variable "\$(\w+)" got invalid value /;

/**
 * One of graphql-js's variable errors in Chinese, naming the variable or the field, and in English:
 * graphql-js's message, whose reason, when one of our scalars gave it in both languages, keeps its English only.
 */
export function describeVariableError(error: GraphQLError): { zh: string; en: string } {
  const { message } = error;
  const invalid = INVALID_VALUE.exec(message);
  const reason = error.originalError?.message;
  if (invalid && reason && message.endsWith(`; ${reason}`)) {
    const prefix = message.slice(0, message.length - reason.length - 2);
    // The path of the value as other refusals name fields (input.loss), or the variable's name.
    const where = / at "([^"]+)"$/.exec(prefix)?.[1] ?? invalid[1];
    const own = splitBilingual(reason);
    if (holdsChinese(reason)) return { zh: `${where}：${own.zh}`, en: `${prefix}; ${own.en}` };
    for (const [pattern, chinese] of VALUE_REFUSALS) {
      const m = pattern.exec(reason);
      if (m) return { zh: chinese(m, where), en: message };
    }
    return { zh: `${where} 的值有误`, en: message };
  }
  for (const [pattern, chinese] of VARIABLE_REFUSALS) {
    const m = pattern.exec(message);
    if (m) return { zh: chinese(m), en: message };
  }
  return { zh: invalid ? `变量 $${invalid[1]} 的值有误` : '变量有误', en: message };
}
