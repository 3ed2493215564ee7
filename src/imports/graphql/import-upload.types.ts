import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../common/graphql/enum';
import { ImportRunState, RunStatus, UploadRecord } from '../commands/import-uploads.service';

const RUN_STATUSES: readonly RunStatus[] = ['RUNNING', 'DONE', 'STOPPED', 'FAILED'];
const ImportRunStatus = graphqlEnum(
  'ImportRunStatus',
  RUN_STATUSES,
  { RUNNING: '进行中', DONE: '已完成', STOPPED: '已中断（可继续）', FAILED: '失败' },
  '检查或导入的状态',
);

@ObjectType('ImportMapping', { description: '导入映射: 一种导出文件如何变为事实' })
export class ImportMappingType {
  @Field()
  name: string;

  @Field(() => Int)
  version: number;

  @Field({ description: '中文名称, 如 预警平台·预警指令导出' })
  title: string;

  @Field({ description: '来源系统' })
  source: string;

  @Field(() => String, { nullable: true, description: '说明' })
  notes: string | null;

  @Field(() => [String], { description: '文件须有的列' })
  columns: string[];
}

@ObjectType('ImportProblem', { description: '报告中的一行: 某行某列的问题' })
export class ImportProblemType {
  @Field(() => Int, { description: '行号 (表头为第 1 行)' })
  row: number;

  @Field(() => String, { nullable: true })
  column: string | null;

  @Field()
  problem: string;

  @Field(() => String, { nullable: true, description: '结果, 如 本项未导入、将被拒绝' })
  outcome: string | null;
}

@ObjectType('ImportRun', { description: '一次检查 (不记录) 或导入' })
export class ImportRunType {
  @Field(() => ImportRunStatus)
  status: RunStatus;

  @Field({ description: '所用映射' })
  mapping: string;

  @Field()
  startedAt: string;

  @Field(() => String, { nullable: true })
  finishedAt: string | null;

  @Field(() => Int, { description: '已处理的数据行数' })
  rowsDone: number;

  @Field(() => Int, { nullable: true, description: '文件的数据行数 (CSV 事先可知; XLSX 读完才知)' })
  totalRows: number | null;

  @Field(() => Float, { description: '每秒处理的行数' })
  rowsPerSecond: number;

  @Field(() => Int, { description: '记录的事实数 (检查时: 将记录的)' })
  recorded: number;

  @Field(() => Int, { description: '来源系统改过、按映射记为更正的事实数 (检查时: 将记为更正的)' })
  corrected: number;

  @Field(() => Int, { description: '此前已记录、本次未新增的事实数' })
  duplicates: number;

  @Field(() => Int, { description: '被拒绝的事实数 (检查时: 将被拒绝的)' })
  refused: number;

  @Field(() => Int, { description: '有问题的行数' })
  rowsWithProblems: number;

  @Field(() => [String], { description: '文件缺少的列 (缺列时不导入任何内容)' })
  missingColumns: string[];

  @Field(() => String, { nullable: true, description: '失败原因' })
  failure: string | null;

  @Field({ description: '报告 (CSV) 的下载地址' })
  reportUrl: string;

  @Field(() => Int, { description: '报告的行数 (问题与拒绝的条数)' })
  problemCount: number;

  /** The report's file, for `problems` (resolved only when asked for: a list of uploads reads no report). */
  report: string;
}

@ObjectType('ImportUpload', { description: '上传待导入的文件' })
export class ImportUploadType {
  @Field(() => ID)
  uploadId: string;

  @Field()
  fileName: string;

  @Field(() => Float, { description: '字节数' })
  size: number;

  @Field({ description: 'csv 或 xlsx' })
  format: string;

  @Field(() => String, { nullable: true, description: 'CSV 的编码: utf-8 或 gb18030' })
  encoding: string | null;

  @Field(() => [String], { description: '表头' })
  headers: string[];

  @Field()
  uploadedByName: string;

  @Field()
  uploadedAt: string;

  @Field(() => ImportRunType, { nullable: true, description: '检查 (不记录)' })
  check: ImportRunType | null;

  @Field(() => ImportRunType, { nullable: true, description: '导入' })
  run: ImportRunType | null;
}

export function toUploadType(record: UploadRecord): ImportUploadType {
  const run = (state: ImportRunState | undefined, which: 'check' | 'import'): ImportRunType | null => {
    if (!state) return null;
    const seconds = ((state.finishedAt ? Date.parse(state.finishedAt) : Date.now()) - Date.parse(state.startedAt)) / 1000;
    return {
      status: state.status,
      mapping: state.mapping,
      startedAt: state.startedAt,
      finishedAt: state.finishedAt ?? null,
      rowsDone: Math.max(0, state.rowsDone - 1),
      totalRows: state.totalRows ?? null,
      rowsPerSecond: seconds > 0 ? Math.round(Math.max(0, state.rowsDone - 1) / seconds) : 0,
      ...state.counts,
      // Records saved before corrections existed have none.
      corrected: state.counts.corrected ?? 0,
      missingColumns: state.missingColumns,
      failure: state.failure ?? null,
      reportUrl: `/imports/uploads/${record.uploadId}/${which}-report.csv`,
      problemCount: state.counts.reportLines ?? 0,
      report: state.report,
    };
  };
  return {
    uploadId: record.uploadId,
    fileName: record.fileName,
    size: record.size,
    format: record.format,
    encoding: record.encoding ?? null,
    headers: record.headers,
    uploadedByName: record.uploadedBy.name,
    uploadedAt: record.uploadedAt,
    check: run(record.check, 'check'),
    run: run(record.run, 'import'),
  };
}
