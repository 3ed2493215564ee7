import { InvalidMappingError, validateMapping } from './validate-mapping';
import { warningMapping } from './mapping.spec-helpers';

const problemsOf = (json: unknown): string[] => {
  try {
    validateMapping(json);
  } catch (error) {
    if (error instanceof InvalidMappingError) return error.problems.map((p) => p.zh);
    throw error;
  }
  return [];
};

describe('validateMapping', () => {
  it('accepts a sound mapping and returns it', () => {
    const json = JSON.parse(JSON.stringify(warningMapping()));
    expect(validateMapping(json)).toEqual(warningMapping());
  });

  it('lists every problem at once, in Chinese then English', () => {
    const error = (() => {
      try {
        validateMapping({ title: '无名映射', facts: [{ fields: {} }] });
      } catch (e) {
        return e as InvalidMappingError;
      }
    })()!;
    expect(error).toBeInstanceOf(InvalidMappingError);
    expect(error.problems.map((p) => p.zh)).toEqual([
      '缺少名称 name，或不是小写字母、数字和连字符',
      '缺少版本号 version（正整数）',
      '缺少来源系统 source，或不是简短的小写系统名（如 "warning-platform"）',
      '缺少来源编号列 key（列名数组）',
      '第 1 个事实缺少 mutation',
    ]);
    expect(error.message).toMatch(
      /^导入映射“\?”有 5 处错误：1\) 缺少名称 name.* \/ import mapping "\?" has 5 problem\(s\): 1\) name is missing/,
    );
  });

  it('refuses a mapping without facts, or not an object', () => {
    expect(problemsOf({ ...warningMapping(), facts: [] })).toEqual(['缺少事实列表 facts']);
    expect(problemsOf([])).toEqual(['映射须为 JSON 对象']);
  });

  it('refuses unknown mutations and fields, and facts lacking a required field', () => {
    const mapping = warningMapping();
    mapping.facts[0].mutation = 'receiveWarnings';
    mapping.facts[1].fields.instructionID = { column: '指令编号' };
    delete mapping.facts[2].fields.occurredAt;
    expect(problemsOf(mapping)).toEqual([
      '第 1 个事实（receiveWarnings）的 mutation“receiveWarnings”不是可导入的事实',
      expect.stringMatching(
        /^第 2 个事实（recordWarningContact）没有字段 instructionID，可用：instructionId、method、unitId、occurredAt、lateReason$/,
      ),
      '第 3 个事实（recordWarningDissuaded）缺少必填字段 occurredAt',
    ]);
  });

  it('refuses a field with neither column nor value, or both, and an unknown convert', () => {
    const mapping = warningMapping();
    Object.assign(mapping.facts[0].fields, {
      instructionId: { convert: 'text' },
      deadline: { column: '处置时限', value: 'x' },
      occurredAt: { column: '下发时间', convert: 'date' },
      kind: { column: '预警类型', codes: { 资金预警: 'FUND' }, convert: 'text' },
    });
    expect(problemsOf(mapping)).toEqual([
      '第 1 个事实（receiveWarning）的字段 instructionId 须且只能有 column（列，可加 convert 或 codes）或 value（常量）之一',
      '第 1 个事实（receiveWarning）的字段 occurredAt 的转换“date”未知，可用：text、datetime、yuan、integer、boolean、unit',
      '第 1 个事实（receiveWarning）的字段 kind 不能同时有 convert 和 codes',
      '第 1 个事实（receiveWarning）的字段 deadline 须且只能有 column（列，可加 convert 或 codes）或 value（常量）之一',
    ]);
  });

  it('refuses idempotencyKey and source as fields: the mapping fills them', () => {
    const mapping = warningMapping();
    mapping.facts[2].fields.source = { value: 'x' };
    expect(problemsOf(mapping)).toEqual([
      '第 3 个事实（recordWarningDissuaded）的字段 source 由映射自动填写（来源编号列 key、来源系统 source），不能另行指定',
    ]);
  });

  it('refuses a mutation twice unless ids tell the facts apart', () => {
    const mapping = warningMapping();
    mapping.facts.push({ ...mapping.facts[1], when: '第二次联系时间' });
    expect(problemsOf(mapping)).toEqual([
      '第 4 个事实（recordWarningContact）与前面的事实重复：同一映射中同一 mutation 出现多次时，须以不同的 id 区分',
    ]);
    mapping.facts[3].id = 'secondContact';
    expect(problemsOf(mapping)).toEqual([]);
  });

  it('refuses unknown properties (a typo would otherwise be ignored) and malformed when, if, key, units, source', () => {
    const mapping = {
      ...warningMapping(),
      source: 'Warning Platform',
      units: { 城关所: 1 },
      convet: 'x',
      facts: [{ ...warningMapping().facts[0], when: '', if: { column: '类型' }, key: '指令编号', wehn: 'x' }],
    };
    expect(problemsOf(mapping)).toEqual([
      '缺少来源系统 source，或不是简短的小写系统名（如 "warning-platform"）',
      '单位对照表 units 须为“文件中的单位 → 单位编号”',
      '未知属性“convet”',
      '第 1 个事实（receiveWarning）有未知属性“wehn”',
      '第 1 个事实（receiveWarning）的 when 须为列名',
      '第 1 个事实（receiveWarning）的 if 须为 {"column": 列名, "equals": 文字或文字数组}',
      '第 1 个事实（receiveWarning）的 key 须为列名数组',
    ]);
  });

  it('accepts when, if and key naming columns no field reads', () => {
    const mapping = warningMapping();
    mapping.facts[1].when = '是否联系';
    mapping.facts[1].key = ['联系编号'];
    expect(problemsOf(mapping)).toEqual([]);
  });
});
