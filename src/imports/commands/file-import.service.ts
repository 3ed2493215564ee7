import { ErrorWithProps } from 'mercurius';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { Principal } from '../../common/principal';
import { FieldProblem } from '../../common/graphql/api-errors';
import { splitBilingual } from '../../common/bilingual';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { refusalOf } from '../../recording/client-error';
import { GraphqlContext } from '../../recording/request-context';
import { FACT_MUTATIONS } from '../../facts/fact-mutations';
import { MappedFact, applyMapping, mapCorrection } from '../domain/apply-mapping';
import { checkHeaders } from '../domain/check-headers';
import { FactSpec, Mapping, isConstant } from '../domain/mapping';
import { RowProblem, SourceRow } from '../domain/source-row';
import { UnitLookup } from '../domain/unit-lookup';
import { openRowFile } from '../files/read-rows';
import { ReportRow, openReportWriter } from '../files/report-writer';
import { BatchFact, FactBatchService, FactOutcome } from './fact-batch.service';
import { FactInputs } from './fact-inputs';
import { ImportCheckpoint, ImportCounts, ImportProgress, NO_COUNTS } from './import-checkpoint';
import { organizationUnits } from './organization-units';

/** Facts sent to the recorder at a time: one batch, one transaction, one wait for the read models. */
const FACTS_PER_BATCH = 1000;

export interface FileImportOptions {
  file: string;
  mapping: Mapping;
  /** Where the report goes (CSV for Excel): every problem and refusal, by row and column. */
  report: string;
  /** Check every row as the import would, recording nothing. */
  dryRun?: boolean;
  /** The correlation id of every event recorded (the request that started it); a resumed import keeps its first one. */
  importId?: string;
  /** Whom the facts are recorded as; by default the importer itself, a system token of the whole city. */
  principal?: Principal;
  /** Rows done so far (from the top), after every batch. */
  onProgress?(rowsDone: number): void;
  /** Asked after every batch: true stops the import there, resumable (Ctrl-C). */
  stopRequested?(): boolean;
}

export interface FileImportSummary {
  importId: string;
  dryRun: boolean;
  /** The row an interrupted import carried on after; 0 when it started from the top. */
  resumedAfterRow: number;
  /** The last row done; the file's last row unless the import was stopped. */
  rowsDone: number;
  stopped: boolean;
  counts: ImportCounts;
  /** The columns the mapping needs that the file lacks: nothing is imported then. */
  missingColumns: RowProblem[];
  report: string;
}

interface PendingFact {
  row: number;
  spec: FactSpec | undefined;
  /** The row and what the mapping made of it, for a correction should the source have changed it. */
  source: SourceRow;
  mapped: MappedFact;
  fact: BatchFact;
}

interface CorrectionContext {
  mapping: Mapping;
  units: UnitLookup;
  inputs: FactInputs;
  ctx: GraphqlContext;
  dryRun: boolean;
  counts: ImportCounts;
}

/**
 * Imports an export of the warning platform or the case system: each row through its mapping, each
 * fact read as the API reads it and recorded through the same batch as `recordFacts` (validated,
 * authorised, decided, appended, projected), in batches. Rows with problems and facts refused are
 * written to the report, never lost in a log; a resend of what was imported before is counted as a
 * duplicate. Interrupted (a crash, Ctrl-C), it carries on from its last batch when run again.
 */
@Injectable()
export class FileImporter {
  constructor(
    private readonly batch: FactBatchService,
    private readonly modules: ModuleRef,
    private readonly organization: OrganizationReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(options: FileImportOptions): Promise<FileImportSummary> {
    const { mapping, dryRun = false } = options;
    const checkpoint = dryRun ? undefined : new ImportCheckpoint(this.config.dataDir, options.file, mapping);
    const resumed = checkpoint?.read();
    const progress: ImportProgress = resumed ?? {
      importId: options.importId ?? `import-${randomUUID()}`,
      file: options.file,
      mapping: `${mapping.name}@${mapping.version}`,
      rowsDone: 1,
      report: options.report,
      counts: { ...NO_COUNTS },
      startedAt: new Date().toISOString(),
    };
    const resumedAfterRow = resumed ? resumed.rowsDone : 0;
    const file = await openRowFile(options.file);
    const report = await openReportWriter(progress.report, { withOutcome: true, append: resumed !== undefined });
    const summary = (stopped: boolean, missingColumns: RowProblem[] = []): FileImportSummary => ({
      importId: progress.importId,
      dryRun,
      resumedAfterRow,
      rowsDone: progress.rowsDone,
      stopped,
      counts: progress.counts,
      missingColumns,
      report: progress.report,
    });
    try {
      const missingColumns = checkHeaders(mapping, file.headers);
      if (missingColumns.length) {
        for (const problem of missingColumns) await report.write({ ...problem, outcome: '未导入' });
        progress.counts.reportLines += missingColumns.length;
        return summary(false, missingColumns);
      }
      const units = organizationUnits(await this.organization.units());
      // The schema is built by the GraphQL module, which lends its host to no other module.
      const inputs = new FactInputs(this.modules.get(GraphQLSchemaHost, { strict: false }).schema);
      const ctx = this.context(options.principal ?? (await this.importer(mapping)), progress.importId);
      let pending: PendingFact[] = [];
      // A batch's report lines, written in row order once its facts have answered.
      let lines: ReportRow[] = [];
      const flush = async (lastRow: number) => {
        if (pending.length) {
          const outcomes = await this.batch.record(
            pending.map((p) => p.fact),
            ctx,
            { dryRun },
          );
          // Rows the source changed since they were imported, where the mapping says how to correct them.
          const corrections = pending.flatMap((p, i) => (isConflict(outcomes[i]) && p.spec?.onChange ? [p] : []));
          const changed = new Set(corrections);
          lines.push(
            ...account(
              pending.filter((p) => !changed.has(p)),
              outcomes.filter((_, i) => !changed.has(pending[i])),
              progress.counts,
              dryRun,
            ),
          );
          lines.push(...(await this.correct(corrections, { mapping, units, inputs, ctx, dryRun, counts: progress.counts })));
        }
        for (const line of lines.sort((a, b) => a.row - b.row)) await report.write(line);
        progress.counts.reportLines += lines.length;
        pending = [];
        lines = [];
        progress.rowsDone = lastRow;
        checkpoint?.save(progress);
        options.onProgress?.(lastRow);
      };
      let lastRow = progress.rowsDone;
      for await (const row of file.rows) {
        if (row.row <= progress.rowsDone) continue;
        lastRow = row.row;
        progress.counts.rows++;
        const mapped = applyMapping(mapping, row, units);
        const problems = [...mapped.problems];
        for (const fact of mapped.facts) {
          const read = inputs.read(fact.mutation, fact.input);
          const spec = specOf(mapping, fact);
          if ('problems' in read) problems.push(...read.problems.map((p) => rowProblem(row.row, spec, p)));
          else pending.push({ row: row.row, spec, source: row, mapped: fact, fact: { mutation: fact.mutation, input: read.input } });
        }
        if (problems.length) {
          progress.counts.rowsWithProblems++;
          for (const problem of problems) lines.push({ ...problem, outcome: '本项未导入' });
        }
        if (pending.length >= FACTS_PER_BATCH) {
          await flush(row.row);
          if (options.stopRequested?.()) return summary(true);
        }
      }
      await flush(lastRow);
      checkpoint?.clear();
      return summary(false);
    } finally {
      await file.close();
      await report.close();
    }
  }

  /** Records the corrections the mapping makes of changed rows; each is counted and said in the report. */
  private async correct(changed: PendingFact[], { mapping, units, inputs, ctx, dryRun, counts }: CorrectionContext): Promise<ReportRow[]> {
    if (!changed.length) return [];
    const now = new Date().toISOString();
    const lines: ReportRow[] = [];
    const corrections: PendingFact[] = [];
    for (const pending of changed) {
      const mapped = mapCorrection(mapping, pending.spec!, pending.source, units, pending.mapped, now);
      const problems = [...mapped.problems];
      for (const fact of mapped.facts) {
        const read = inputs.read(fact.mutation, fact.input);
        const spec = { ...pending.spec!, fields: pending.spec!.onChange!.fields };
        if ('problems' in read) problems.push(...read.problems.map((p) => rowProblem(pending.row, spec, p)));
        else corrections.push({ ...pending, spec, fact: { mutation: fact.mutation, input: read.input } });
      }
      if (problems.length) counts.refused++;
      for (const problem of problems) lines.push({ ...problem, outcome: '更正未导入' });
    }
    if (!corrections.length) return lines;
    const outcomes = await this.batch.record(
      corrections.map((c) => c.fact),
      ctx,
      { dryRun },
    );
    outcomes.forEach((outcome, i) => {
      const { row, fact } = corrections[i];
      const label = FACT_MUTATIONS[fact.mutation]?.description ?? fact.mutation;
      // Its key follows from the corrected values, and only its time (the import's) differs from one
      // recorded before: a conflict on it is that earlier correction, sent again.
      if (outcome.status === 'DUPLICATE' || isConflict(outcome)) counts.duplicates++;
      else if (outcome.status === 'REFUSED') {
        counts.refused++;
        lines.push(...refusalLines(corrections[i], outcome.error, dryRun));
      } else {
        counts.corrected++;
        lines.push({
          row,
          problem: `来源系统更改了已导入的记录：按映射${dryRun ? '将' : '已'}记为“${label}”`,
          outcome: dryRun ? '将更正' : '已更正',
        });
      }
    });
    return lines;
  }

  private context(principal: Principal, importId: string): GraphqlContext {
    return { req: { principal, headers: { 'x-correlation-id': importId } } };
  }

  /** The importer as a system recording for the whole city (it runs where the data lives). */
  private async importer(mapping: Mapping): Promise<Principal> {
    const roots = (await this.organization.units()).filter((unit) => unit.parentId === null).map((unit) => unit.unitId);
    return {
      subject: `import:${mapping.name}`,
      name: `批量导入（${mapping.title ?? mapping.name}）`,
      role: 'RECORDER',
      units: roots,
      kind: 'SYSTEM',
    };
  }
}

/** The outcome of each fact of a batch in the counts; every refusal as report lines. */
function account(pending: PendingFact[], outcomes: FactOutcome[], counts: ImportCounts, dryRun: boolean): ReportRow[] {
  return outcomes.flatMap((outcome, i) => {
    if (outcome.status === 'REFUSED') {
      counts.refused++;
      return refusalLines(pending[i], outcome.error, dryRun);
    }
    if (outcome.status === 'DUPLICATE') counts.duplicates++;
    else counts.recorded++;
    return [];
  });
}

/** The source changed a row imported before: its key is taken, by other values. */
function isConflict(outcome: FactOutcome): boolean {
  if (outcome.status !== 'REFUSED') return false;
  const { problems } = refusalOf(outcome.error);
  return problems.some((p) => p.field === 'idempotencyKey');
}

/** The fact spec a mapped fact came from, to name the column behind a field. */
function specOf(mapping: Mapping, fact: MappedFact): FactSpec | undefined {
  const tail = fact.idempotencyKey.slice(fact.idempotencyKey.lastIndexOf(':') + 1);
  return mapping.facts.find((spec) => (spec.id ?? spec.mutation) === tail) ?? mapping.facts.find((spec) => spec.mutation === fact.mutation);
}

/** The column a field of a fact is read from; a constant or a field the file does not give has none. */
function columnOf(spec: FactSpec | undefined, field: string): string | undefined {
  const name = field.replace(/^input\./, '').split('.')[0];
  const fieldSpec = spec?.fields[name];
  return fieldSpec && !isConstant(fieldSpec) ? fieldSpec.column : undefined;
}

function rowProblem(row: number, spec: FactSpec | undefined, { field, problem }: FieldProblem): RowProblem {
  return { row, column: columnOf(spec, field), problem: splitBilingual(problem).zh };
}

/** A refused fact as report lines: one per field problem, or the refusal itself. */
function refusalLines({ row, spec, fact }: PendingFact, error: ErrorWithProps, dryRun: boolean): ReportRow[] {
  const outcome = dryRun ? '将被拒绝' : '未导入';
  const problems = refusalOf(error).problems.filter((p) => p.field);
  const label = `${FACT_MUTATIONS[fact.mutation]?.description ?? fact.mutation}：`;
  if (!problems.length) return [{ row, problem: label + splitBilingual(error.message).zh, outcome }];
  return problems.map((p) => {
    const conflict = p.field === 'idempotencyKey';
    const problem = conflict
      ? '与此前导入的同一记录内容不同（冲突）：来源系统更改了已导入的记录，请核实后以更正方式录入'
      : splitBilingual(p.problem).zh;
    return { row, column: conflict ? undefined : columnOf(spec, p.field), problem: label + problem, outcome };
  });
}
