import { digestOf } from '../../common/digest';
import { Converted } from './converted';
import { FieldValue, UnitResolver, convertCell, toCode } from './convert-value';
import { ColumnField, FactSpec, FieldSpec, Mapping, isCoded, isConstant } from './mapping';
import { RowProblem, SourceRow } from './source-row';
import { UnitLookup } from './unit-lookup';

export interface MappedFact {
  mutation: string;
  /** The mutation's `input`, in the GraphQL API's form; idempotencyKey and source included. */
  input: Record<string, unknown>;
  idempotencyKey: string;
}

/**
 * What a row means: the facts it records and every problem found in it. A fact with a problem of its
 * own is left out while the row's other facts stay, so the importer chooses whether a row imports
 * in part or not at all. A row holding no fact is a problem too.
 */
export interface MappedRow {
  facts: MappedFact[];
  problems: RowProblem[];
}

/** FactEnvelopeInput caps idempotencyKey at 200 characters. */
const MAX_KEY_LENGTH = 200;

export function applyMapping(mapping: Mapping, row: SourceRow, units: UnitLookup): MappedRow {
  const problems = new Problems(row);
  const resolver: UnitResolver = { aliases: mapping.units, units };
  const cell = (column: string) => (Object.hasOwn(row.cells, column) ? row.cells[column].trim() : '');
  // Facts of a row share columns (the instruction, the unit, the time): each is converted once.
  const convertedCells = new Map<string, { spec: ColumnField; value: Converted<FieldValue> | undefined }>();
  const valueOf = (spec: FieldSpec) => {
    if (isConstant(spec) || isCoded(spec)) return fieldValue(spec, cell, resolver);
    const seen = convertedCells.get(spec.column);
    if (seen && seen.spec.convert === spec.convert && seen.spec.optional === spec.optional) return seen.value;
    const value = fieldValue(spec, cell, resolver);
    convertedCells.set(spec.column, { spec, value });
    return value;
  };
  const facts: MappedFact[] = [];

  const present = mapping.facts.filter((fact) => isPresent(fact, cell));
  if (present.length === 0) for (const { column, problem } of nothingToImport(mapping, cell)) problems.add(column, problem);
  for (const fact of present) {
    let complete = true;
    const keyColumns = fact.key ?? mapping.key;
    const emptyKeys = keyColumns.filter((c) => cell(c) === '');
    for (const column of emptyKeys) {
      problems.add(column, `${column}为空：这是来源系统的编号，缺少它无法识别记录、防止重复导入`);
      complete = false;
    }
    const input: Record<string, unknown> = {};
    for (const [field, spec] of Object.entries(fact.fields)) {
      const value = valueOf(spec);
      if (value === undefined) continue;
      if ('problem' in value) {
        // An empty key column is said once, as a key.
        if (isConstant(spec) || !emptyKeys.includes(spec.column)) problems.add(isConstant(spec) ? undefined : spec.column, value.problem);
        complete = false;
      } else {
        input[field] = value.value;
      }
    }
    const idempotencyKey = `${mapping.name}:${keyColumns.map(cell).join('|')}:${fact.id ?? fact.mutation}`;
    if (complete && idempotencyKey.length > MAX_KEY_LENGTH) {
      problems.add(keyColumns[0], `来源编号过长：“${keyColumns.map(cell).join('|')}”组成的幂等键超过 ${MAX_KEY_LENGTH} 个字符`);
      complete = false;
    }
    if (!complete) continue;
    // Set, not spread: spreading an object built key by key is the slowest step of the row.
    input.source = mapping.source;
    input.idempotencyKey = idempotencyKey;
    facts.push({ mutation: fact.mutation, input, idempotencyKey });
  }
  return { facts, problems: problems.list };
}

/**
 * The correction a fact's `onChange` makes of the row as it is now, for a fact the source changed
 * since it was imported; `now` is its time unless a field gives one. Its key follows from the
 * original's and the corrected values, so importing the changed file again records it once.
 */
export function mapCorrection(
  mapping: Mapping,
  fact: FactSpec,
  row: SourceRow,
  units: UnitLookup,
  original: MappedFact,
  now: string,
): MappedRow {
  if (!fact.onChange) return { facts: [], problems: [] };
  const problems = new Problems(row);
  const resolver: UnitResolver = { aliases: mapping.units, units };
  const cell = (column: string) => (Object.hasOwn(row.cells, column) ? row.cells[column].trim() : '');
  const input: Record<string, unknown> = { occurredAt: now };
  for (const [field, spec] of Object.entries(fact.onChange.fields)) {
    const value = fieldValue(spec, cell, resolver);
    if (value === undefined) continue;
    if ('problem' in value) problems.add(isConstant(spec) ? undefined : spec.column, value.problem);
    else input[field] = value.value;
  }
  if (problems.list.length) return { facts: [], problems: problems.list };
  const { occurredAt: _now, ...values } = input;
  const idempotencyKey = `${original.idempotencyKey}:change:${digestOf(values).slice(0, 16)}`;
  input.source = mapping.source;
  input.idempotencyKey = idempotencyKey;
  return { facts: [{ mutation: fact.onChange.mutation, input, idempotencyKey }], problems: [] };
}

/** Whether the row holds this fact at all: `when` names a column that must not be empty, `if` a column's texts. */
function isPresent(fact: FactSpec, cell: (column: string) => string): boolean {
  if (fact.when !== undefined && cell(fact.when) === '') return false;
  if (fact.if === undefined) return true;
  const accepted = Array.isArray(fact.if.equals) ? fact.if.equals : [fact.if.equals];
  return accepted.some((text) => text.trim() === cell(fact.if!.column));
}

/**
 * Why a row holds no fact at all, which is never right: a 类型 the `if`s do not know (a typo would
 * otherwise drop the row unseen), or every `when` column empty.
 */
function nothingToImport(mapping: Mapping, cell: (column: string) => string): { column?: string; problem: string }[] {
  const accepted = new Map<string, string[]>();
  for (const fact of mapping.facts.filter((f) => f.if)) {
    const { column, equals } = fact.if!;
    accepted.set(column, [...(accepted.get(column) ?? []), ...(Array.isArray(equals) ? equals : [equals])]);
  }
  if (accepted.size > 0) {
    return [...accepted].map(([column, texts]) => ({
      column,
      problem:
        cell(column) === ''
          ? `${column}为空，无法确定导入哪类记录`
          : `${column}“${cell(column)}”无法识别，可填：${[...new Set(texts)].join('、')}`,
    }));
  }
  const whens = [...new Set(mapping.facts.map((f) => f.when).filter((w): w is string => w !== undefined))];
  return [{ problem: `${whens.join('、')}均为空，这一行没有可导入的内容` }];
}

/** The field's value, a problem, or undefined for an optional field left empty. */
function fieldValue(spec: FieldSpec, cell: (column: string) => string, resolver: UnitResolver): Converted<FieldValue> | undefined {
  if (isConstant(spec)) return { value: spec.value };
  const text = cell(spec.column);
  if (text === '') return spec.optional ? undefined : { problem: `${spec.column}为空` };
  if (isCoded(spec)) return toCode(text, spec.column, spec);
  return convertCell(text, spec.column, spec.convert ?? 'text', resolver);
}

/** A row's problems, each once: a column shared by several facts (the instruction number) is reported once. */
class Problems {
  readonly list: RowProblem[];
  private readonly seen = new Set<string>();

  constructor(private readonly row: SourceRow) {
    this.list = [...(row.problems ?? [])];
  }

  add(column: string | undefined, problem: string) {
    const key = `${column ?? ''}\u0000${problem}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(column === undefined ? { row: this.row.row, problem } : { row: this.row.row, column, problem });
  }
}
