import { applyMapping } from './apply-mapping';
import { checkHeaders, requiredColumns } from './check-headers';
import { Mapping } from './mapping';
import { warningMapping } from './mapping.spec-helpers';
import { unitTable } from './unit-lookup';

const units = unitTable({ 城关派出所: 'unit-001', 列东派出所: 'unit-002' });

const row = (cells: Record<string, string>, number = 2) => ({
  row: number,
  cells: {
    指令编号: 'ZL20250117001',
    接收单位: '城关派出所',
    下发时间: '2025-01-17 11:30:04',
    预警类型: '资金预警',
    处置时限: '2025/1/17 13:30',
    联系时间: '',
    联系方式: '',
    劝阻结果: '',
    ...cells,
  },
});

describe('applyMapping', () => {
  it('turns a row into the inputs of its mutations, with source and an idempotency key from the source id', () => {
    const { facts, problems } = applyMapping(warningMapping(), row({}), units);
    expect(problems).toEqual([]);
    expect(facts).toEqual([
      {
        mutation: 'receiveWarning',
        idempotencyKey: 'warning-platform-instructions:ZL20250117001:receiveWarning',
        input: {
          instructionId: 'ZL20250117001',
          unitId: 'unit-001',
          occurredAt: '2025-01-17T03:30:04.000Z',
          kind: 'FUND',
          deadline: '2025-01-17T05:30:00.000Z',
          lateReason: '历史数据补录',
          source: 'warning-platform',
          idempotencyKey: 'warning-platform-instructions:ZL20250117001:receiveWarning',
        },
      },
    ]);
  });

  it('produces a `when` fact only where its column is filled, an `if` fact only on its texts', () => {
    const contacted = applyMapping(warningMapping(), row({ 联系时间: '2025-01-17 12:00', 联系方式: '见面', 劝阻结果: '劝阻无效' }), units);
    expect(contacted.problems).toEqual([]);
    expect(contacted.facts.map((f) => f.mutation)).toEqual(['receiveWarning', 'recordWarningContact']);
    expect(contacted.facts[1].input).toMatchObject({ method: 'FACE_TO_FACE', occurredAt: '2025-01-17T04:00:00.000Z' });

    const dissuaded = applyMapping(warningMapping(), row({ 联系时间: '2025-01-17 12:00', 联系方式: '电话', 劝阻结果: ' 成功 ' }), units);
    expect(dissuaded.facts.map((f) => f.idempotencyKey)).toEqual([
      'warning-platform-instructions:ZL20250117001:receiveWarning',
      'warning-platform-instructions:ZL20250117001:recordWarningContact',
      'warning-platform-instructions:ZL20250117001:recordWarningDissuaded',
    ]);
  });

  it('keeps the same keys across versions of a mapping, so a re-import under v2 records nothing twice', () => {
    const v2 = { ...warningMapping(), version: 2 };
    expect(applyMapping(v2, row({}), units).facts[0].idempotencyKey).toBe(
      applyMapping(warningMapping(), row({}), units).facts[0].idempotencyKey,
    );
  });

  it("joins several key columns with '|' and uses a fact's own key and id where it has them", () => {
    const mapping: Mapping = {
      ...warningMapping(),
      key: ['平台', '指令编号'],
      facts: [
        { ...warningMapping().facts[0], id: 'receive' },
        { ...warningMapping().facts[1], key: ['联系记录号'] },
      ],
    };
    const { facts } = applyMapping(mapping, row({ 平台: 'FJ', 联系时间: '2025-01-17 12:00', 联系方式: '电话', 联系记录号: 'LX9' }), units);
    expect(facts.map((f) => f.idempotencyKey)).toEqual([
      'warning-platform-instructions:FJ|ZL20250117001:receive',
      'warning-platform-instructions:LX9:recordWarningContact',
    ]);
  });

  it('resolves units through the mapping aliases before the lookup', () => {
    expect(applyMapping(warningMapping(), row({ 接收单位: '城关所' }), units).facts[0].input.unitId).toBe('unit-001');
  });

  it('reports every problem of a row, each once, with its column, and keeps the facts that are whole', () => {
    const { facts, problems } = applyMapping(
      warningMapping(),
      row({ 接收单位: 'XX派出所', 下发时间: '2025年2月30日', 预警类型: '熟人预警', 联系时间: '2025-01-17 12:00', 联系方式: '' }, 7),
      units,
    );
    expect(problems).toEqual([
      { row: 7, column: '接收单位', problem: '未知单位“XX派出所”' },
      { row: 7, column: '下发时间', problem: '下发时间“2025年2月30日”有误：2025年2月没有30日' },
      { row: 7, column: '预警类型', problem: '预警类型“熟人预警”无法识别，可填：资金预警、熟警预警' },
      { row: 7, column: '联系方式', problem: '联系方式为空' },
    ]);
    expect(facts).toEqual([]);

    const partly = applyMapping(warningMapping(), row({ 联系时间: '2025-01-17 12:00', 联系方式: '短信' }), units);
    expect(partly.facts.map((f) => f.mutation)).toEqual(['receiveWarning']);
    expect(partly.problems).toEqual([{ row: 2, column: '联系方式', problem: '联系方式“短信”无法识别，可填：见面、电话' }]);
  });

  it('refuses a row whose key column is empty: without the source id nothing is safe from a second import', () => {
    const { facts, problems } = applyMapping(warningMapping(), row({ 指令编号: ' ' }), units);
    expect(facts).toEqual([]);
    expect(problems).toEqual([
      { row: 2, column: '指令编号', problem: '指令编号为空：这是来源系统的编号，缺少它无法识别记录、防止重复导入' },
    ]);
  });

  it('leaves an optional field out when its cell is empty', () => {
    const mapping: Mapping = {
      ...warningMapping(),
      facts: [
        {
          mutation: 'recordVictimisedAfterWarning',
          fields: {
            instructionId: { column: '指令编号' },
            unitId: { column: '接收单位', convert: 'unit' },
            occurredAt: { column: '下发时间', convert: 'datetime' },
            caseId: { column: '案件编号', optional: true },
          },
        },
      ],
    };
    expect(applyMapping(mapping, row({}), units).facts[0].input).not.toHaveProperty('caseId');
    expect(applyMapping(mapping, row({ 案件编号: 'AJ1' }), units).facts[0].input).toHaveProperty('caseId', 'AJ1');
  });

  it("carries the reader's problems with the row", () => {
    const problem = { row: 3, problem: 'K 列没有表头，却有内容“x”：这一行的单元格可能错位（多了分隔符？）' };
    expect(applyMapping(warningMapping(), { ...row({}, 3), problems: [problem] }, units).problems).toEqual([problem]);
  });

  it('says so when a row holds no fact at all', () => {
    const byType: Mapping = {
      ...warningMapping(),
      key: ['记录编号'],
      facts: ['stopPayment', 'freezeFunds'].map((mutation, i) => ({
        mutation,
        if: { column: '类型', equals: i === 0 ? ['止付', '紧急止付'] : '冻结' },
        fields: {
          operationId: { column: '记录编号' },
          unitId: { column: '办理单位', convert: 'unit' },
          occurredAt: { column: '办理时间', convert: 'datetime' },
          amount: { column: '金额', convert: 'yuan' },
          accounts: { value: 1 },
        },
      })),
    };
    const cells = { 记录编号: 'ZF1', 办理单位: '列东派出所', 办理时间: '2025-03-01 09:00', 金额: '1.5万' };
    expect(applyMapping(byType, { row: 4, cells: { ...cells, 类型: '冻结' } }, units).facts[0]).toMatchObject({
      mutation: 'freezeFunds',
      input: { operationId: 'ZF1', unitId: 'unit-002', amount: '15000.00', accounts: 1 },
    });
    expect(applyMapping(byType, { row: 4, cells: { ...cells, 类型: '退款' } }, units)).toEqual({
      facts: [],
      problems: [{ row: 4, column: '类型', problem: '类型“退款”无法识别，可填：止付、紧急止付、冻结' }],
    });
    expect(applyMapping(byType, { row: 4, cells }, units).problems).toEqual([
      { row: 4, column: '类型', problem: '类型为空，无法确定导入哪类记录' },
    ]);

    const byWhen: Mapping = { ...warningMapping(), facts: [warningMapping().facts[1]] };
    expect(applyMapping(byWhen, row({}), units).problems).toEqual([{ row: 2, problem: '联系时间均为空，这一行没有可导入的内容' }]);
  });

  it('refuses a source id too long for an idempotency key', () => {
    const { facts, problems } = applyMapping(warningMapping(), row({ 指令编号: 'Z'.repeat(190) }), units);
    expect(facts).toEqual([]);
    expect(problems[0]).toMatchObject({ column: '指令编号', problem: expect.stringContaining('超过 200 个字符') });
  });
});

describe('checkHeaders', () => {
  it('needs the key, when, if and required field columns, but not those only optional fields read', () => {
    const mapping = warningMapping();
    mapping.facts[0].fields.caseId = { column: '案件编号', optional: true };
    expect(requiredColumns(mapping).sort()).toEqual(
      ['下发时间', '处置时限', '劝阻结果', '指令编号', '接收单位', '联系方式', '联系时间', '预警类型'].sort(),
    );
  });

  it('names each missing column once, on row 1', () => {
    expect(checkHeaders(warningMapping(), ['指令编号', ' 接收单位 ', '下发时间', '预警类型', '处置时限', '联系时间', '备注'])).toEqual([
      { row: 1, column: '联系方式', problem: '文件缺少“联系方式”列（导入映射“预警平台·预警指令导出”需要）' },
      { row: 1, column: '劝阻结果', problem: '文件缺少“劝阻结果”列（导入映射“预警平台·预警指令导出”需要）' },
    ]);
  });
});
