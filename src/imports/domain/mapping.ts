/**
 * A mapping says how one export of another system (a CSV or XLSX file with Chinese headers) turns
 * into the facts this service records. It is data (JSON under src/imports/mappings/), versioned, so
 * a bureau adjusts it to its systems' exports without a release.
 */

/** How a cell's text becomes a field's value (see convert-value.ts). */
export const CONVERTS = ['text', 'datetime', 'yuan', 'integer', 'boolean', 'unit'] as const;
export type Convert = (typeof CONVERTS)[number];

/** A field read from a column, converted; an empty cell is a problem unless the field is optional. */
export interface ColumnField {
  column: string;
  convert?: Convert;
  optional?: boolean;
}

/**
 * A field read from a column through a code table: the source's text or code → the enum's GraphQL
 * name. The enum names themselves (the table's values) are always accepted too.
 */
export interface CodedField {
  column: string;
  codes: Record<string, string>;
  optional?: boolean;
}

/** A constant, the same for every row (e.g. a fixed 补录原因 for a history import). */
export interface ConstantField {
  value: string | number | boolean;
}

export type FieldSpec = ColumnField | CodedField | ConstantField;

/** A fact produced only when a column holds one of the given texts (a 类型 column choosing the mutation). */
export interface FactCondition {
  column: string;
  equals: string | string[];
}

/**
 * What to record when the source changed a row imported before (the same key, other values): a
 * correction built from the row as it is now, instead of a conflict in the report. Its time is the
 * import's unless a field gives it.
 */
export interface CorrectionSpec {
  mutation: string;
  fields: Record<string, FieldSpec>;
}

export interface FactSpec {
  /** The GraphQL mutation whose `input` this fact is. */
  mutation: string;
  /** Stands in for the mutation in the idempotency key; needed only where a mapping has the same mutation twice. */
  id?: string;
  /** The fact is produced only when this column is not empty (a warning not yet contacted has no contact). */
  when?: string;
  if?: FactCondition;
  /** The columns identifying this fact in the source, where they differ from the mapping's key. */
  key?: string[];
  fields: Record<string, FieldSpec>;
  onChange?: CorrectionSpec;
}

export interface Mapping {
  name: string;
  version: number;
  title?: string;
  /** The `source` of every input: the system the facts come from. */
  source: string;
  /** The columns forming the source's own id of a row. */
  key: string[];
  /** Unit texts of this source → unit ids, consulted before the service's unit directory. */
  units?: Record<string, string>;
  facts: FactSpec[];
  notes?: string;
}

export const isConstant = (spec: FieldSpec): spec is ConstantField => 'value' in spec;
export const isCoded = (spec: FieldSpec): spec is CodedField => 'codes' in spec;
