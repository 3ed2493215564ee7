import { refusalInChinese } from './graphql-refusals';

describe("graphql-js's and the framework's refusals in Chinese", () => {
  it.each([
    ['Cannot query field "rankin" on type "Query".', '类型 Query 没有字段 rankin'],
    ['Syntax Error: Expected Name, found "}".', '查询语法有误'],
    ['Unknown argument "dayy" on field "Query.ranking".', '字段 Query.ranking 没有参数 dayy'],
    [
      'Field "ranking" argument "role" of type "ChiefRole!" is required, but it was not provided.',
      '字段 ranking 缺少必填参数 role（类型 ChiefRole!）',
    ],
    [
      'Field "ranking" of type "Ranking!" must have a selection of subfields. Did you mean "ranking { ... }"?',
      '字段 ranking（类型 Ranking!）须选择子字段',
    ],
    ["Body is not valid JSON but content-type is set to 'application/json'", '请求体不是有效的 JSON'],
    ['Something nobody foresaw', '请求有误'],
  ])('%s', (english, chinese) => {
    expect(refusalInChinese(english)).toBe(`${chinese} / ${english}`);
  });

  it('leaves a message already in Chinese as it is', () => {
    expect(refusalInChinese('输入有误：day：… / Invalid input: day: …')).toBe('输入有误：day：… / Invalid input: day: …');
  });
});
