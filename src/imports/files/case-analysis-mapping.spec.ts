import { applyMapping } from '../domain/apply-mapping';
import { unitTable } from '../domain/unit-lookup';
import { loadMapping } from './mapping-files';

const units = unitTable({ 城关派出所: 'unit-001' });
const CASE_ROW = {
  案件编号: 'A3504020000202501170001',
  立案单位: '城关派出所',
  立案时间: '2025-01-18 10:00',
  诈骗类型: '冒充公检法',
  '损失金额（元）': '12.5万元',
};

describe('the case export mapping: 一案一分析 columns', () => {
  it('reads the method and victim group of a case where the export has them', async () => {
    const mapping = await loadMapping('case-system-cases');
    const { facts, problems } = applyMapping(mapping, { row: 2, cells: { ...CASE_ROW, 作案手段: '微信', 受害群体: '在校学生' } }, units);
    expect(problems).toEqual([]);
    expect(facts[0].input).toMatchObject({ method: 'SOCIAL_APP', victimGroup: 'STUDENT' });
  });

  it('leaves them out where the cells are empty, and names an unknown value', async () => {
    const mapping = await loadMapping('case-system-cases');
    const empty = applyMapping(mapping, { row: 2, cells: { ...CASE_ROW, 作案手段: '', 受害群体: '' } }, units);
    expect(empty.problems).toEqual([]);
    expect(empty.facts[0].input).not.toHaveProperty('method');
    expect(empty.facts[0].input).not.toHaveProperty('victimGroup');
    const unknown = applyMapping(mapping, { row: 2, cells: { ...CASE_ROW, 作案手段: '飞鸽传书' } }, units);
    expect(unknown.problems).toEqual([expect.objectContaining({ column: '作案手段', problem: expect.stringContaining('飞鸽传书') })]);
  });
});
