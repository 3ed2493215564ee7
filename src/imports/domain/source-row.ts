/** A problem an officer must fix in the file: its row as the spreadsheet numbers it (header = 1), in Chinese. */
export interface RowProblem {
  row: number;
  column?: string;
  problem: string;
}

/**
 * One data row of a file: the cells by their header (trimmed), the text as the file holds it. A
 * reader that found something wrong with the row's shape (cells beyond the headers) says so in
 * `problems`, so the row is reported rather than the whole file refused.
 */
export interface SourceRow {
  row: number;
  cells: Record<string, string>;
  problems?: RowProblem[];
}
