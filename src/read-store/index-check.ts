import { describeShape, indexesOf, servingIndex, shapeOf } from './index-coverage';
import { FindOptions, TableSpec } from './read-store.port';

/** READ_STORE_INDEX_CHECK: what an adapter does with a query no index of its table serves. */
export type IndexCheckMode = 'warn' | 'strict' | 'off';

export interface IndexCheckOptions {
  /** Default `warn`: a production service keeps answering, slowly, and says which query to fix. */
  indexCheck?: IndexCheckMode;
  /** Where `warn` writes; the service passes its Nest logger. */
  logger?: { warn(message: string): void };
}

/**
 * Checks each `find` of an adapter against its table's indexes (see `servingIndex`). Both stores
 * answer an unserved query all the same, by scanning the table or sorting every match, so without
 * this a missing index shows only as a slow page on a large store. `warn` logs each unserved table
 * and shape once; `strict` (the test run) throws, so a test reaching such a query fails where it runs.
 */
export class IndexCheck {
  private readonly mode: IndexCheckMode;
  private readonly logger: { warn(message: string): void };
  /** Per spec (a rebuild brings new ones), the shapes already decided: a hot query is judged once. */
  private readonly decided = new WeakMap<TableSpec, Map<string, boolean>>();

  constructor(options: IndexCheckOptions = {}) {
    this.mode = options.indexCheck ?? 'warn';
    this.logger = options.logger ?? console;
  }

  check(spec: TableSpec, options: FindOptions = {}): void {
    if (this.mode === 'off' || !namesOnlyColumns(spec, options)) return;
    const shape = shapeOf(options);
    const described = describeShape(shape);
    let shapes = this.decided.get(spec);
    if (!shapes) this.decided.set(spec, (shapes = new Map()));
    let served = shapes.get(described);
    const first = served === undefined;
    if (served === undefined) shapes.set(described, (served = servingIndex(indexesOf(spec), shape) !== undefined));
    if (served) return;
    const message =
      `No index of read-model table "${spec.name}" serves a query (${described}); ` +
      `its indexes: ${indexesOf(spec)
        .map((index) => `(${index.join(', ')})`)
        .join(', ')}. Declare one in its TableSpec or reshape the query.`;
    if (this.mode === 'strict') throw new Error(message);
    // Logged once: the same query runs again with every request.
    if (first) this.logger.warn(message);
  }
}

/** A query naming a column the table lacks is left to the adapter, which refuses it naming the column. */
function namesOnlyColumns(spec: TableSpec, options: FindOptions): boolean {
  const columns = [...Object.keys(options.where ?? {}), ...(options.orderBy ?? []).map(([column]) => column)];
  return columns.every((column) => Object.hasOwn(spec.columns, column));
}
