/**
 * A table as it is exported: Chinese headers, one format per column, rows of values. The same
 * model is written as an Excel sheet (numbers as numbers, with formats) and as CSV (for systems).
 */
export type CellFormat = 'text' | 'count' | 'yuan' | 'percent' | 'score';

export interface SheetColumn {
  header: string;
  format: CellFormat;
  /** Characters; Excel's column width. */
  width?: number;
}

/** A cell: text, a count, yuan (exact to the fen), a percent (e.g. 83.3 for 83.3%), a score; null when empty. */
export type Cell = string | number | null;

export interface Sheet {
  /** The sheet's tab name (Excel allows 31 characters). */
  name: string;
  /** A line above the table, e.g. the unit and period; the header row follows it. */
  caption: string;
  columns: SheetColumn[];
  rows: Cell[][];
  /**
   * For a sheet listing counts and amounts in the same columns (one indicator per row): the format
   * of each row's figure columns (those formatted as counts or yuan), overriding the column's.
   */
  rowFormats?: Array<'count' | 'yuan'>;
}

/** A percent string of the API ("+12.5", "-3.0", "83.3") as a number, or null for "—". */
export const percentCell = (percent: string | null | undefined): Cell => (percent == null ? null : Number(percent));

/** A figure of the API as a number: a count ("12") or yuan ("12345.67"), both written as decimal strings. */
export const figureCell = (figure: string): Cell => Number(figure);
