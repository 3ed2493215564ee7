import { bilingual, holdsChinese } from '../common/bilingual';

/**
 * graphql-js's and the framework's refusals of a request in Chinese first: a query that asks for
 * what the schema lacks, a syntax error, a body that is not JSON or too large. The English stays
 * after " / " for the logs; a message already in Chinese (ours) is left as it is.
 */
const REFUSALS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Cannot query field "(\w+)" on type "(\w+)"\./, ([, field, type]) => `类型 ${type} 没有字段 ${field}`],
  [/^Syntax Error: /, () => '查询语法有误'],
  [/^Unknown argument "(\w+)" on field "([\w.]+)"\./, ([, arg, field]) => `字段 ${field} 没有参数 ${arg}`],
  [
    /^Field "([\w.]+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\./,
    ([, field, arg, type]) => `字段 ${field} 缺少必填参数 ${arg}（类型 ${type}）`,
  ],
  [/^Field "(\w+)" of type "([^"]+)" must have a selection of subfields/, ([, field, type]) => `字段 ${field}（类型 ${type}）须选择子字段`],
  [
    /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields/,
    ([, field, type]) => `字段 ${field}（类型 ${type}）没有子字段可选`,
  ],
  [/^Unknown type "(\w+)"\./, ([, type]) => `没有类型 ${type}`],
  [/^Variable "\$(\w+)" is never used/, ([, name]) => `变量 $${name} 定义了但未使用`],
  [/^Variable "\$(\w+)" is not defined/, ([, name]) => `变量 $${name} 未定义`],
  [/^Expected value of type "([^"]+)", found/, ([, type]) => `填写的值不符合类型 ${type}`],
  [/^Unknown operation named "(\w+)"/, ([, name]) => `查询中没有名为 "${name}" 的操作`],
  [/^There can be only one operation named "(\w+)"/, ([, name]) => `名为 "${name}" 的操作重复`],
  [/^GraphQL introspection has been disabled/, () => '生产环境不提供接口结构查询'],
  [/not valid JSON|Unexpected token|Unexpected end of JSON/i, () => '请求体不是有效的 JSON'],
  [/body is too large|Payload Too Large/i, () => '请求体过大'],
  [/Unsupported Media Type|Content-Type/i, () => '不支持的内容类型，请以 application/json 发送'],
];

/** The message in Chinese first; ours, already bilingual, unchanged. */
export function refusalInChinese(message: string): string {
  if (holdsChinese(message)) return message;
  for (const [pattern, zh] of REFUSALS) {
    const match = pattern.exec(message);
    if (match) return bilingual(zh(match), message);
  }
  return bilingual('请求有误', message);
}
