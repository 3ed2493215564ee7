import { Mapping } from './mapping';

/** A warning-platform mapping small enough to read in a spec: receive, contact when 联系时间, dissuaded if 劝阻结果. */
export const warningMapping = (): Mapping => ({
  name: 'warning-platform-instructions',
  version: 1,
  title: '预警平台·预警指令导出',
  source: 'warning-platform',
  key: ['指令编号'],
  units: { 城关所: 'unit-001' },
  facts: [
    {
      mutation: 'receiveWarning',
      fields: {
        instructionId: { column: '指令编号' },
        unitId: { column: '接收单位', convert: 'unit' },
        occurredAt: { column: '下发时间', convert: 'datetime' },
        kind: { column: '预警类型', codes: { 资金预警: 'FUND', 熟警预警: 'FAMILIAR_POLICE' } },
        deadline: { column: '处置时限', convert: 'datetime' },
        lateReason: { value: '历史数据补录' },
      },
    },
    {
      mutation: 'recordWarningContact',
      when: '联系时间',
      fields: {
        instructionId: { column: '指令编号' },
        unitId: { column: '接收单位', convert: 'unit' },
        occurredAt: { column: '联系时间', convert: 'datetime' },
        method: { column: '联系方式', codes: { 见面: 'FACE_TO_FACE', 电话: 'PHONE' } },
      },
    },
    {
      mutation: 'recordWarningDissuaded',
      if: { column: '劝阻结果', equals: ['劝阻成功', '成功'] },
      fields: {
        instructionId: { column: '指令编号' },
        unitId: { column: '接收单位', convert: 'unit' },
        occurredAt: { column: '联系时间', convert: 'datetime' },
      },
    },
  ],
});
