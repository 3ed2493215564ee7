import { convertCell, toBoolean, toCode, toInteger, toUnit } from './convert-value';
import { unitTable } from './unit-lookup';

const units = unitTable({ 城关派出所: 'unit-001', '350402001': 'unit-001', 列东派出所: 'unit-002' }, '请填写本系统中派出所的名称或代码');

describe('convertCell', () => {
  it('trims text', () => {
    expect(convertCell('  ZL-001 ', '指令编号', 'text', { units })).toEqual({ value: 'ZL-001' });
  });

  it('dispatches to the converter the field names', () => {
    expect(convertCell('2025-01-17 11:30:04', '下发时间', 'datetime', { units })).toEqual({ value: '2025-01-17T03:30:04.000Z' });
    expect(convertCell('1.5万', '金额', 'yuan', { units })).toEqual({ value: '15000.00' });
    expect(convertCell('3', '抓获人数', 'integer', { units })).toEqual({ value: 3 });
    expect(convertCell('是', '是否', 'boolean', { units })).toEqual({ value: true });
    expect(convertCell('列东派出所', '接收单位', 'unit', { units })).toEqual({ value: 'unit-002' });
  });
});

describe('toInteger', () => {
  it.each([
    ['3', 3],
    ['3人', 3],
    ['3.0', 3],
    ['1,200', 1200],
    ['１２', 12],
  ])('reads %s as %d', (text, value) => {
    expect(toInteger(text, '抓获人数')).toEqual({ value });
  });

  it.each(['2.5', '-1', '三', '3 4'])('refuses %s', (text) => {
    expect(toInteger(text, '抓获人数')).toEqual({ problem: `抓获人数“${text}”不是整数` });
  });
});

describe('toBoolean', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    ['1', true],
    ['0', false],
    ['TRUE', true],
    ['false', false],
  ])('reads %s as %s', (text, value) => {
    expect(toBoolean(text, '是否见面')).toEqual({ value });
  });

  it('refuses anything else, saying what is accepted', () => {
    expect(toBoolean('可能', '是否见面')).toEqual({ problem: '是否见面“可能”无法识别，可填：是、否、Y、N、1、0、true、false' });
  });
});

describe('toUnit', () => {
  it('resolves names and codes through the lookup', () => {
    expect(toUnit('城关派出所', { units })).toEqual({ value: 'unit-001' });
    expect(toUnit('350402001', { units })).toEqual({ value: 'unit-001' });
  });

  it("consults the mapping's aliases first", () => {
    expect(toUnit('城关所', { aliases: { 城关所: 'unit-001', 列东派出所: 'unit-009' }, units })).toEqual({ value: 'unit-001' });
    expect(toUnit('列东派出所', { aliases: { 列东派出所: 'unit-009' }, units })).toEqual({ value: 'unit-009' });
  });

  it('names an unknown unit, with what the lookup accepts', () => {
    expect(toUnit('XX派出所', { units })).toEqual({ problem: '未知单位“XX派出所”，请填写本系统中派出所的名称或代码' });
    expect(toUnit('XX派出所', { units: unitTable({}) })).toEqual({ problem: '未知单位“XX派出所”' });
  });

  it('is not fooled by names of Object.prototype', () => {
    expect(toUnit('constructor', { aliases: {}, units: unitTable({}) })).toEqual({ problem: '未知单位“constructor”' });
  });
});

describe('toCode', () => {
  const kind = { column: '预警类型', codes: { 资金预警: 'FUND', '01': 'FUND', 电话预警: 'CALL' } };

  it('takes the Chinese label or the source code', () => {
    expect(toCode('资金预警', '预警类型', kind)).toEqual({ value: 'FUND' });
    expect(toCode(' 01 ', '预警类型', kind)).toEqual({ value: 'FUND' });
  });

  it('takes the enum name itself, in any case', () => {
    expect(toCode('CALL', '预警类型', kind)).toEqual({ value: 'CALL' });
    expect(toCode('call', '预警类型', kind)).toEqual({ value: 'CALL' });
  });

  it('names the column and the text, and lists what is accepted', () => {
    expect(toCode('熟人预警', '预警类型', kind)).toEqual({
      problem: '预警类型“熟人预警”无法识别，可填：资金预警、01、电话预警',
    });
  });
});
