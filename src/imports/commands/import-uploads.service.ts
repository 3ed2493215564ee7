import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { bilingual, holdsChinese } from '../../common/bilingual';
import { DomainRuleError } from '../../common/decider';
import { Principal } from '../../common/principal';
import { NotFoundError, internalErrorFor } from '../../common/graphql/api-errors';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { estimateRows } from '../files/estimate-rows';
import { Mapping } from '../domain/mapping';
import { loadMapping } from '../files/mapping-files';
import { openRowFile } from '../files/read-rows';
import { FileImporter } from './file-import.service';
import { ImportCounts, NO_COUNTS } from './import-checkpoint';

export type RunStatus = 'RUNNING' | 'DONE' | 'STOPPED' | 'FAILED';

/** A dry run or an import of an upload, as far as it got. */
export interface ImportRunState {
  status: RunStatus;
  mapping: string;
  startedAt: string;
  finishedAt?: string;
  /** The last row done, as the spreadsheet numbers rows (the header is row 1). */
  rowsDone: number;
  /** Data rows in the file, when known before reading it (CSV). */
  totalRows?: number;
  counts: ImportCounts;
  /** Columns the mapping needs that the file lacks. */
  missingColumns: string[];
  report: string;
  by: string;
  failure?: string;
}

/** A file an officer uploaded for import, with its dry run and its import. */
export interface UploadRecord {
  uploadId: string;
  fileName: string;
  file: string;
  size: number;
  format: 'csv' | 'xlsx';
  encoding?: string;
  headers: string[];
  uploadedBy: { subject: string; name: string; role: string };
  uploadedAt: string;
  check?: ImportRunState;
  run?: ImportRunState;
}

/** The whole file is kept until imported: a bureau's year of warnings as CSV is some 200 MB. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

/**
 * Uploads from the application: the file kept under DATA_DIR/uploads/<id>/ with what is known of
 * it, checked by a dry run, then imported by a recorder, each run in the background with its
 * progress to poll and its report to download. A record is rewritten after every change, so a
 * restart finds every upload; a run cut short by it reads as stopped, and importing again carries
 * on from its last batch (FileImporter's progress).
 */
@Injectable()
export class ImportUploads implements OnModuleDestroy {
  private readonly dir: string;
  private readonly records = new Map<string, UploadRecord>();
  private stopping = false;
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly importer: FileImporter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.dir = join(config.dataDir, 'uploads');
    mkdirSync(this.dir, { recursive: true });
    for (const id of readdirSync(this.dir)) {
      const record = this.read(id);
      if (!record) continue;
      for (const run of [record.check, record.run]) if (run?.status === 'RUNNING') run.status = 'STOPPED';
      this.records.set(id, record);
    }
  }

  /** Runs stop after their batch, before the stores close; their records then say STOPPED. */
  async onModuleDestroy() {
    this.stopping = true;
    await Promise.allSettled(this.running);
  }

  /** Keeps an uploaded file, refusing what cannot be imported (type, size, unreadable, no header). */
  async save(body: Readable, fileName: string, principal: Principal): Promise<UploadRecord> {
    const extension = extname(fileName).toLowerCase();
    if (extension !== '.csv' && extension !== '.xlsx') {
      throw new DomainRuleError(
        bilingual(`“${fileName}”不能导入：只能导入 .csv 和 .xlsx 文件。`, `only .csv and .xlsx files can be imported, not "${fileName}"`),
        'fileName',
      );
    }
    const uploadId = randomUUID();
    const folder = join(this.dir, uploadId);
    mkdirSync(folder);
    const file = join(folder, `upload${extension}`);
    try {
      const size = await writeLimited(body, file, MAX_UPLOAD_BYTES);
      const opened = await openRowFile(file);
      await opened.close();
      const record: UploadRecord = {
        uploadId,
        fileName,
        file,
        size,
        format: opened.format,
        ...(opened.encoding ? { encoding: opened.encoding } : {}),
        headers: opened.headers,
        uploadedBy: { subject: principal.subject, name: principal.name, role: principal.role },
        uploadedAt: new Date().toISOString(),
      };
      this.write(record);
      return record;
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      if (error instanceof DomainRuleError) throw error;
      // The readers' refusals name the file by its path here; officers know it by their own name.
      throw new DomainRuleError(String((error as Error).message).replaceAll(file, `“${fileName}”`), 'file');
    }
  }

  /** The uploads a caller may see (see `visible`), newest first. */
  list(principal: Principal): UploadRecord[] {
    return [...this.records.values()]
      .filter((record) => visible(record, principal))
      .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  }

  get(uploadId: string, principal: Principal): UploadRecord {
    const record = this.records.get(uploadId);
    if (!record || !visible(record, principal)) {
      throw new NotFoundError(bilingual(`上传的文件 ${uploadId} 不存在`, `upload "${uploadId}" does not exist`), 'uploadId');
    }
    return record;
  }

  /** Starts a dry run with a mapping: every row checked as the import would, nothing recorded. */
  async check(uploadId: string, mappingName: string, principal: Principal): Promise<UploadRecord> {
    const record = this.get(uploadId, principal);
    this.refuseWhileRunning(record);
    if (record.run && record.run.status !== 'FAILED') {
      throw new DomainRuleError(bilingual('该文件已开始导入，不再检查', 'this file is being or has been imported'), 'uploadId');
    }
    const mapping = await loadMapping(mappingName).catch((error: Error) => {
      throw new DomainRuleError(error.message, 'mapping');
    });
    // Staff check the data, not their own right to record it: the dry run then acts for the whole city.
    const acting = principal.role === 'RECORDER' ? principal : undefined;
    record.check = await this.start(record, mapping, principal, true, acting);
    return record;
  }

  /** Imports a checked upload, as the recorder who confirms it. */
  async run(uploadId: string, principal: Principal, correlationId?: string): Promise<UploadRecord> {
    const record = this.get(uploadId, principal);
    this.refuseWhileRunning(record);
    if (record.check?.status !== 'DONE' || record.check.missingColumns.length) {
      throw new DomainRuleError(
        bilingual('请先检查文件，检查完成后再导入', 'check the file first; import once the check is done'),
        'uploadId',
      );
    }
    if (record.run?.status === 'DONE') throw new DomainRuleError(bilingual('该文件已导入', 'this file has been imported'), 'uploadId');
    record.run = await this.start(record, await loadMapping(record.check.mapping), principal, false, principal, correlationId);
    return record;
  }

  /** The report of a run, to download. */
  report(uploadId: string, which: 'check' | 'run', principal: Principal): { path: string; name: string } {
    const record = this.get(uploadId, principal);
    const run = record[which];
    if (!run || !existsSync(run.report)) {
      throw new NotFoundError(bilingual(`该文件还没有${which === 'check' ? '检查' : '导入'}报告`, `no ${which} report yet`), 'run');
    }
    const base = record.fileName.slice(0, record.fileName.length - extname(record.fileName).length);
    return { path: run.report, name: `${base}.${which === 'check' ? '检查报告' : '导入报告'}.csv` };
  }

  private async start(
    record: UploadRecord,
    mapping: Mapping,
    principal: Principal,
    dryRun: boolean,
    acting: Principal | undefined,
    importId?: string,
  ): Promise<ImportRunState> {
    const state: ImportRunState = {
      status: 'RUNNING',
      mapping: mapping.name,
      startedAt: new Date().toISOString(),
      rowsDone: 1,
      totalRows: await estimateRows(record.file),
      counts: { ...NO_COUNTS },
      missingColumns: [],
      report: join(this.dir, record.uploadId, dryRun ? 'check-report.csv' : 'import-report.csv'),
      by: principal.subject,
    };
    const options = {
      file: record.file,
      mapping,
      report: state.report,
      dryRun,
      principal: acting,
      importId,
      onProgress: (rowsDone: number) => (state.rowsDone = rowsDone),
      stopRequested: () => this.stopping,
    };
    const running = this.importer.run(options).then(
      (summary) => {
        Object.assign(state, {
          status: summary.stopped ? 'STOPPED' : 'DONE',
          rowsDone: summary.rowsDone,
          counts: summary.counts,
          missingColumns: summary.missingColumns.map((p) => p.column ?? ''),
        });
        this.finish(record, state);
      },
      (error: Error) => {
        // The readers' refusals are for officers (in Chinese); anything else is logged under a reference.
        const failure = holdsChinese(error.message) ? error.message : internalErrorFor(error).message;
        Object.assign(state, { status: 'FAILED', failure });
        this.finish(record, state);
      },
    );
    this.running.add(running);
    void running.finally(() => this.running.delete(running));
    return state;
  }

  private finish(record: UploadRecord, state: ImportRunState): void {
    state.finishedAt = new Date().toISOString();
    this.write(record);
  }

  private refuseWhileRunning(record: UploadRecord): void {
    if (record.check?.status === 'RUNNING' || record.run?.status === 'RUNNING') {
      throw new DomainRuleError(bilingual('该文件正在检查或导入，请稍候', 'this file is being checked or imported'), 'uploadId');
    }
  }

  private read(uploadId: string): UploadRecord | undefined {
    try {
      return JSON.parse(readFileSync(join(this.dir, uploadId, 'upload.json'), 'utf8')) as UploadRecord;
    } catch {
      return undefined;
    }
  }

  private write(record: UploadRecord): void {
    this.records.set(record.uploadId, record);
    const path = join(this.dir, record.uploadId, 'upload.json');
    writeFileSync(`${path}.tmp`, JSON.stringify(record));
    renameSync(`${path}.tmp`, path);
  }
}

/** Staff see every upload; a recorder his own and those staff uploaded, which staff check and recorders import. */
const visible = (record: UploadRecord, principal: Principal) =>
  principal.role === 'EVALUATION_STAFF' || record.uploadedBy.subject === principal.subject || record.uploadedBy.role === 'EVALUATION_STAFF';

/** Streams the body to a file, refusing it once larger than `limit`; answers its size. */
async function writeLimited(body: Readable, file: string, limit: number): Promise<number> {
  let size = 0;
  const counted = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > limit) {
        throw new DomainRuleError(
          bilingual(`文件超过 ${limit / 1024 / 1024} MB，请分成几个文件导入`, `the file exceeds ${limit / 1024 / 1024} MB: split it`),
          'file',
        );
      }
      yield chunk;
    }
  };
  await pipeline(body, counted, createWriteStream(file));
  if (size === 0) throw new DomainRuleError(bilingual('上传的文件是空的', 'the uploaded file is empty'), 'file');
  return size;
}
