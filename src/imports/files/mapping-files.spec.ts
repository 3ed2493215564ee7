import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMapping } from '../domain/apply-mapping';
import { checkHeaders, requiredColumns } from '../domain/check-headers';
import { Mapping, isCoded } from '../domain/mapping';
import { unitTable } from '../domain/unit-lookup';
import {
  CONTACT_METHODS,
  CONTACT_METHOD_LABELS,
  WARNING_KINDS,
  WARNING_KIND_LABELS,
} from '../../facts/warnings/events/warning-instruction.events';
import { FRAUD_TYPES, FRAUD_TYPE_LABELS } from '../../facts/losses/events/loss.events';
import { CHARGES, COMPANY_PENALTIES, MEASURES } from '../../facts/strikes/events/strike.events';
import { PREVENTION_FORMS, PREVENTION_FORM_LABELS } from '../../facts/prevention/events/prevention.events';
import { RETURN_WAYS, RETURN_WAY_LABELS } from '../../facts/outflow/events/outflow.events';
import { FRAUD_METHODS, FRAUD_METHOD_LABELS, VICTIM_GROUPS, VICTIM_GROUP_LABELS } from '../../facts/losses/events/case-analysis';
import { listMappings, loadMapping } from './mapping-files';

/** The enum each coded field of a shipped mapping feeds, with the Chinese labels the schema gives its values. */
const ENUMS: Record<string, { values: readonly string[]; labels: string[] }> = {
  kind: { values: WARNING_KINDS, labels: Object.values(WARNING_KIND_LABELS) },
  method: { values: CONTACT_METHODS, labels: Object.values(CONTACT_METHOD_LABELS) },
  fraudType: { values: FRAUD_TYPES, labels: Object.values(FRAUD_TYPE_LABELS) },
  charge: { values: CHARGES, labels: ['诈骗', '帮助信息网络犯罪活动(帮信)', '掩饰隐瞒犯罪所得(掩隐)'] },
  measure: { values: MEASURES, labels: ['刑事强制措施', '行政处罚'] },
  penalty: { values: COMPANY_PENALTIES, labels: ['警告', '罚款', '责令停产停业', '吊销许可证件'] },
  form: { values: PREVENTION_FORMS, labels: Object.values(PREVENTION_FORM_LABELS) },
  way: { values: RETURN_WAYS, labels: Object.values(RETURN_WAY_LABELS) },
  victimGroup: { values: VICTIM_GROUPS, labels: Object.values(VICTIM_GROUP_LABELS) },
  // A case's method is how the fraudster reached the victim, not a warning contact's method.
  'case-system-cases.method': { values: FRAUD_METHODS, labels: Object.values(FRAUD_METHOD_LABELS) },
};

const NAMES = [
  'case-system-alerts',
  'case-system-cases',
  'case-system-operation-results',
  'case-system-recoveries',
  'case-system-strikes',
  'prevention-ledger',
  'station-outflow-persons',
  'warning-platform-instructions',
];
const units = unitTable({ 城关派出所: 'unit-001' });

describe('the shipped mappings', () => {
  it('are listed, each valid', async () => {
    expect((await listMappings()).map((m) => m.name)).toEqual(NAMES);
    expect((await listMappings()).find((m) => m.name === 'warning-platform-instructions')).toEqual({
      name: 'warning-platform-instructions',
      version: 1,
      title: '预警平台·预警指令导出',
      source: 'warning-platform',
    });
  });

  it.each(NAMES)('%s: code tables take every Chinese label and give only enum names', async (name) => {
    const mapping = await loadMapping(name);
    for (const fact of mapping.facts) {
      for (const [field, spec] of Object.entries(fact.fields)) {
        if (!isCoded(spec)) continue;
        const target = ENUMS[`${name}.${field}`] ?? ENUMS[field];
        expect(target).toBeDefined();
        for (const value of Object.values(spec.codes)) expect(target.values).toContain(value);
        for (const label of target.labels) expect(Object.keys(spec.codes)).toContain(label);
      }
    }
  });

  const sampleRows: Record<string, { cells: Record<string, string>; mutations: string[] }> = {
    'warning-platform-instructions': {
      cells: {
        指令编号: 'YJ202501170001',
        接收单位: '城关派出所',
        下发时间: '2025-01-17 11:30:04',
        预警类型: '资金预警',
        处置时限: '2025-01-17 13:30:04',
        联系时间: '2025年1月17日 12时05分',
        联系方式: '见面',
        劝阻结果: '劝阻成功',
      },
      mutations: ['receiveWarning', 'recordWarningContact', 'recordWarningDissuaded'],
    },
    'case-system-alerts': {
      cells: { 警情编号: 'J3504020000202501170001', 管辖单位: '城关派出所', 接报时间: '2025/1/17 9:12', 诈骗类型: '刷单返利类' },
      mutations: ['receiveFraudAlert'],
    },
    'case-system-cases': {
      cells: {
        案件编号: 'A3504020000202501170001',
        立案单位: '城关派出所',
        立案时间: '2025-01-18 10:00',
        诈骗类型: '冒充公检法',
        '损失金额（元）': '12.5万元',
      },
      mutations: ['fileCase'],
    },
    'case-system-strikes': {
      cells: {
        记录编号: 'DJ001',
        专案编号: 'ZA2025-01',
        案件编号: 'A3504020000202501170001',
        办案单位: '城关派出所',
        破案时间: '2025-02-01 08:00',
        抓获时间: '2025-02-01 20:00',
        抓获人数: '3',
        涉嫌罪名: '帮信罪',
        处理措施: '刑事拘留',
      },
      mutations: ['solveCase', 'apprehendSuspects'],
    },
    'case-system-operation-results': {
      cells: {
        记录编号: 'CG001',
        专案编号: 'ZA2025-01',
        类型: '打掉窝点',
        办理单位: '城关派出所',
        办理时间: '2025-02-01 05:40',
        '手机（部）': '',
        '银行卡（张）': '',
        '电话卡（张）': '',
        窝点数: '2',
        是否本地窝点: '是',
        企业名称: '',
        处罚种类: '',
      },
      mutations: ['breakDens'],
    },
    'case-system-recoveries': {
      cells: {
        记录编号: 'ZF001',
        类型: '紧急止付',
        办理单位: '城关派出所',
        办理时间: '2025-01-17 12:30',
        '金额（元）': '¥38,000',
        账户数: '2',
      },
      mutations: ['stopPayment'],
    },
    'prevention-ledger': {
      cells: {
        活动编号: 'XF001',
        活动形式: '进校园',
        举办单位: '城关派出所',
        活动时间: '2025-06-01 10:00',
        覆盖人数: '650',
        一对一精准宣传人数: '40',
        '发放宣传资料（份）': '1200',
        '组建网格群（个）': '0',
      },
      mutations: ['holdPreventionActivity'],
    },
    'station-outflow-persons': {
      cells: {
        人员编号: 'WL001',
        管辖单位: '城关派出所',
        查明时间: '2025-06-01 10:00',
        外流地: '缅甸',
        出境时间: '',
        回流时间: '2025-09-12 15:30',
        回流方式: '劝返',
      },
      mutations: ['registerOutflow', 'recordOutflowReturn'],
    },
  };

  it.each(NAMES)('%s maps a row of its export', async (name) => {
    const mapping: Mapping = await loadMapping(name);
    const { cells, mutations } = sampleRows[name];
    expect(checkHeaders(mapping, Object.keys(cells))).toEqual([]);
    expect(requiredColumns(mapping).every((c) => c in cells)).toBe(true);
    const { facts, problems } = applyMapping(mapping, { row: 2, cells }, units);
    expect(problems).toEqual([]);
    expect(facts.map((f) => f.mutation)).toEqual(mutations);
    for (const fact of facts)
      expect(fact.input).toMatchObject({ unitId: 'unit-001', source: mapping.source, idempotencyKey: fact.idempotencyKey });
  });

  it('give the values the schema takes', async () => {
    const cases = applyMapping(await loadMapping('case-system-cases'), { row: 2, cells: sampleRows['case-system-cases'].cells }, units);
    expect(cases.facts[0].input).toMatchObject({
      fraudType: 'IMPERSONATING_OFFICIALS',
      loss: '125000.00',
      occurredAt: '2025-01-18T02:00:00.000Z',
    });
    const strikes = applyMapping(
      await loadMapping('case-system-strikes'),
      { row: 2, cells: sampleRows['case-system-strikes'].cells },
      units,
    );
    expect(strikes.facts.map((f) => f.idempotencyKey)).toEqual([
      'case-system-strikes:A3504020000202501170001:solveCase',
      'case-system-strikes:DJ001:apprehendSuspects',
    ]);
    expect(strikes.facts[1].input).toMatchObject({ charge: 'ASSISTING', measure: 'CRIMINAL', count: 3 });
  });
});

describe('loadMapping', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'imports-mappings-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('names the mappings there are when asked for another', async () => {
    await expect(loadMapping('warning-platform')).rejects.toThrow(/^没有名为“warning-platform”的导入映射，可用：case-system-alerts、/);
  });

  it("reads a bureau's own mapping file by its path, and refuses broken JSON naming the file", async () => {
    const own = join(dir, 'own.json');
    await writeFile(own, JSON.stringify({ ...(await loadMapping('case-system-alerts')), name: 'own-alerts', version: 2 }));
    expect(await loadMapping(own)).toMatchObject({ name: 'own-alerts', version: 2 });
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "name": ');
    await expect(loadMapping(broken)).rejects.toThrow(`导入映射文件“${broken}”不是有效的 JSON`);
  });

  it('requires a shipped mapping to carry the name of its file', async () => {
    await writeFile(join(dir, 'renamed.json'), JSON.stringify({ ...(await loadMapping('case-system-alerts')) }));
    await expect(loadMapping('renamed', dir)).rejects.toThrow('导入映射文件 renamed.json 中的名称是“case-system-alerts”，应与文件名一致');
  });
});
