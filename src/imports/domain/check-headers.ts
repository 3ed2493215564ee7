import { FactSpec, Mapping, isConstant } from './mapping';
import { RowProblem } from './source-row';

/**
 * The columns a file must have for the mapping: the keys, the columns deciding whether a fact is
 * there (when, if) and those of the fields that are not optional. A column read only by optional
 * fields may be missing from an older export.
 */
export function requiredColumns(mapping: Mapping): string[] {
  const columns = new Set(mapping.key);
  for (const fact of mapping.facts) {
    for (const column of columnsDeciding(fact)) columns.add(column);
    for (const spec of Object.values(fact.fields)) if (!isConstant(spec) && !spec.optional) columns.add(spec.column);
  }
  return [...columns];
}

const columnsDeciding = (fact: FactSpec) => [...(fact.key ?? []), ...(fact.when ? [fact.when] : []), ...(fact.if ? [fact.if.column] : [])];

/** One problem per column the mapping needs and the file's header row (row 1) lacks. */
export function checkHeaders(mapping: Mapping, headers: readonly string[]): RowProblem[] {
  const present = new Set(headers.map((h) => h.trim()));
  return requiredColumns(mapping)
    .filter((column) => !present.has(column))
    .map((column) => ({ row: 1, column, problem: `文件缺少“${column}”列（导入映射“${mapping.title ?? mapping.name}”需要）` }));
}
