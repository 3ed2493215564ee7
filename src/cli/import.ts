import { extname } from 'node:path';
import { createApp } from '../app/app';
import { FileImportSummary, FileImporter } from '../imports/commands/file-import.service';
import { estimateRows } from '../imports/files/estimate-rows';
import { listMappings, loadMapping } from '../imports/files/mapping-files';
import { progressBar } from '../read-store/progress-bar';

const USAGE = `用法 / usage:
  npm run import -- <文件.csv|.xlsx> --mapping <映射名或映射文件.json> [--dry-run] [--report <报告.csv>]
  npm run import -- --list        列出可用的导入映射 / list the mappings`;

/** Exit codes: the file lacks columns the mapping needs; the run was stopped (Ctrl-C) and may be resumed. */
const MISSING_COLUMNS = 2;
const STOPPED = 130;

/**
 * `npm run import -- <file> --mapping <name>`: imports an export of the warning platform or the case
 * system into the service's stores (DATA_DIR, or the servers configured), through the same checks
 * and deciders as the API. `--dry-run` checks every row and records nothing. The report lists every
 * problem by row and column, in Chinese. Stopped (Ctrl-C) or killed, the same command carries on
 * from the last batch it finished.
 */
async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.list) {
    for (const m of await listMappings()) console.log(`${m.name}  v${m.version}  ${m.title ?? ''}（来源 ${m.source}）`);
    return;
  }
  if (!args.file || !args.mapping) throw new Error(`须指明文件和映射 / a file and --mapping are required\n${USAGE}`);
  const mapping = await loadMapping(args.mapping);
  const report =
    args.report ?? `${args.file.slice(0, args.file.length - extname(args.file).length)}.${args.dryRun ? '检查报告' : '导入报告'}.csv`;
  const total = await estimateRows(args.file);

  const app = await createApp(false, { shutdownHooks: false });
  await app.init();
  let stopRequested = false;
  const onSigint = () => {
    if (stopRequested) process.exit(STOPPED);
    stopRequested = true;
    console.error('\n正在停止：写完当前一批后停止，再次运行同一命令将从停止处继续（再按一次 Ctrl-C 立即退出）');
  };
  process.on('SIGINT', onSigint);
  const bar = progressBar(args.dryRun ? '检查' : '导入', { unit: 'rows' });
  try {
    const summary = await app.get(FileImporter).run({
      file: args.file,
      mapping,
      report,
      dryRun: args.dryRun,
      onProgress: (row) => bar.update(row - 1, total),
      stopRequested: () => stopRequested,
    });
    bar.stop();
    console.log(describe(summary, `${mapping.title ?? mapping.name}（${mapping.name} v${mapping.version}）`));
    if (summary.missingColumns.length) process.exitCode = MISSING_COLUMNS;
    else if (summary.stopped) process.exitCode = STOPPED;
  } finally {
    process.off('SIGINT', onSigint);
    await app.close();
  }
}

function describe(s: FileImportSummary, mappingLabel: string): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const lines = [`${mappingLabel}：${s.resumedAfterRow ? `接续上次导入，从第 ${s.resumedAfterRow + 1} 行起` : '从首行起'}`];
  if (s.missingColumns.length) {
    lines.push(`文件缺少映射所需的列：${s.missingColumns.map((p) => p.column).join('、')}，未导入任何内容`);
  } else {
    const { rows, recorded, corrected, duplicates, refused, rowsWithProblems } = s.counts;
    const verb = s.dryRun ? ['将记录', '将被拒绝'] : ['记录', '拒绝'];
    lines.push(
      `${s.dryRun ? '检查（未记录任何内容）' : '导入'} ${n(rows)} 行：${verb[0]} ${n(recorded)} 条事实，${corrected ? `${s.dryRun ? '将' : ''}更正 ${n(corrected)} 条，` : ''}重复（此前已记录）${n(duplicates)} 条，${verb[1]} ${n(refused)} 条；有问题的行 ${n(rowsWithProblems)} 行`,
    );
    if (s.stopped) lines.push(`已停止于第 ${s.rowsDone} 行：再次运行同一命令将从第 ${s.rowsDone + 1} 行继续`);
  }
  lines.push(`报告：${s.report}${s.dryRun ? '' : `（导入编号 ${s.importId}）`}`);
  return lines.join('\n');
}

interface Args {
  file?: string;
  mapping?: string;
  report?: string;
  dryRun: boolean;
  list: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dryRun: false, list: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} 后须跟一个值 / ${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--mapping') args.mapping = value();
    else if (arg === '--report') args.report = value();
    else if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--list') args.list = true;
    else if (arg.startsWith('--')) throw new Error(`未知选项 ${arg} / unknown option ${arg}\n${USAGE}`);
    else if (args.file) throw new Error(`只能导入一个文件 / one file at a time\n${USAGE}`);
    else args.file = arg;
  }
  return args;
}

main().catch((error: unknown) => {
  console.error(`导入失败 / import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
