import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Mapping } from '../domain/mapping';

/** Where an interrupted import of one file with one mapping stopped, and what it had done by then. */
export interface ImportProgress {
  importId: string;
  file: string;
  mapping: string;
  /** Every row up to this one (as the spreadsheet numbers rows) has been recorded or reported. */
  rowsDone: number;
  report: string;
  counts: ImportCounts;
  startedAt: string;
}

export interface ImportCounts {
  rows: number;
  recorded: number;
  /** Rows the source changed since they were imported, recorded as the corrections their mapping names. */
  corrected: number;
  duplicates: number;
  refused: number;
  rowsWithProblems: number;
  /** Lines written to the report. */
  reportLines: number;
}

export const NO_COUNTS: ImportCounts = {
  rows: 0,
  recorded: 0,
  corrected: 0,
  duplicates: 0,
  refused: 0,
  rowsWithProblems: 0,
  reportLines: 0,
};

/**
 * An import's progress on disk under the data directory, written after every batch the store has
 * taken (to a temporary file, then renamed, so a crash leaves the last complete one): a run killed
 * or stopped carries on after the last batch it finished, and the idempotency keys make the batch
 * it was in the middle of safe to send again. The file is known by its path, size and time of
 * change, so an export edited since starts over.
 */
export class ImportCheckpoint {
  readonly path: string;

  constructor(dataDir: string, file: string, mapping: Mapping) {
    const { size, mtimeMs } = statSync(file);
    const identity = `${resolve(file)}|${size}|${mtimeMs}|${mapping.name}`;
    const digest = createHash('sha256').update(identity).digest('hex').slice(0, 16);
    const dir = join(dataDir, 'imports');
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, `${digest}.json`);
  }

  read(): ImportProgress | undefined {
    try {
      return JSON.parse(readFileSync(this.path, 'utf8')) as ImportProgress;
    } catch {
      return undefined;
    }
  }

  save(progress: ImportProgress): void {
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, JSON.stringify(progress));
    renameSync(temporary, this.path);
  }

  /** The import finished: running it again starts from the top (and records nothing twice). */
  clear(): void {
    rmSync(this.path, { force: true });
  }
}
