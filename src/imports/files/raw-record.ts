/** A row as a reader found it: its number as a spreadsheet shows it, and its cells' text by position. */
export interface RawRecord {
  row: number;
  values: string[];
}
