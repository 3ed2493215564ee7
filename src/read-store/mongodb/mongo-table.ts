import { Collection, Db, Document, Double, MongoServerError } from 'mongodb';
import { ColumnType, FindOptions, Row, TableSpec } from '../read-store.port';
import { mongoFilter } from './mongo-filter';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Fields the adapter keeps beside the columns: the key, the last position applied, the tombstone mark. */
const RESERVED = ['_id', '_pos', '_gone'];
const NAMESPACE_EXISTS = 48;

/** A row's document: its columns plus `_id`, `_pos` and, for a deleted row, `_gone`. */
export type RowDocument = Document & { _id: string };

/**
 * One collection of one generation (`<name>__g<generation>`). A row's `_id` is the JSON of its key
 * values in key order: one indexed string that keeps 1 and '1' apart and is the only filter
 * FerretDB's SQLite backend answers from an index.
 */
export class MongoTable {
  readonly physical: string;
  readonly collection: Collection<RowDocument>;
  private readonly columns: string[];

  constructor(
    db: Db,
    readonly spec: TableSpec,
    generation: number,
  ) {
    validate(spec);
    this.physical = `${spec.name}__g${generation}`;
    this.collection = db.collection<RowDocument>(this.physical);
    this.columns = Object.keys(spec.columns);
  }

  async create(): Promise<void> {
    try {
      await this.collection.db.createCollection(this.physical);
    } catch (error) {
      if (!(error instanceof MongoServerError && error.code === NAMESPACE_EXISTS)) throw error;
    }
    await this.createIndexes();
  }

  /**
   * The key's columns in key order, then the declared indexes. `_id` (the key's JSON) serves only a
   * lookup by the whole key: a query on a prefix of the key, or a page sorted by it, needs the
   * columns themselves indexed, as SQLite's composite primary key has them. A declared index
   * starting with the key serves those queries already. Creating an index that exists changes
   * nothing, so this also completes a collection made before tables had their key index.
   */
  async createIndexes(): Promise<void> {
    const declared = this.spec.indexes ?? [];
    const startsWithKey = (index: string[]) => this.spec.key.every((column, i) => index[i] === column);
    for (const index of declared.some(startsWithKey) ? declared : [this.spec.key, ...declared]) {
      await this.collection.createIndex(Object.fromEntries(index.map((column) => [column, 1])), {
        name: `${this.physical}__${index.join('__')}`,
      });
    }
  }

  async drop(): Promise<void> {
    await this.collection.drop();
  }

  idOf(key: Row): string {
    return JSON.stringify(
      this.spec.key.map((column) => {
        const value = key[column];
        if (value === undefined || value === null) throw new Error(`Key column "${column}" of table "${this.spec.name}" is missing`);
        return value;
      }),
    );
  }

  /** A row as an `inc`, `push` or `upsert` creates it: key, zeros, empty lists, nulls left out. */
  emptyRow(key: Row): Row {
    const row: Row = {};
    for (const column of this.columns) {
      const type = this.spec.columns[column];
      if (this.spec.key.includes(column)) row[column] = key[column];
      else if (type === 'integer' || type === 'real') row[column] = 0;
      else if (type === 'list') row[column] = [];
    }
    return row;
  }

  /** The value stored for a column: lists as fresh arrays (the caller's are never aliased), null for undefined. */
  value(column: string, value: unknown): unknown {
    if (this.type(column) === 'list') return Array.isArray(value) ? [...value] : [];
    return value ?? null;
  }

  /**
   * Numbers go out as BSON doubles, exact up to 2^53: a driver would send small integers as int32
   * and large ones as doubles, and `$inc` of an int32 past 2^31 turns it into an int64, which
   * servers handle differently. Doubles read back as plain JS numbers.
   */
  fields(row: Row): Document {
    const fields: Document = {};
    for (const column in row) {
      const value = row[column];
      const type = this.spec.columns[column];
      fields[column] = typeof value === 'number' && (type === 'integer' || type === 'real') ? new Double(value) : value;
    }
    return fields;
  }

  assertNumeric(column: string): void {
    const type = this.type(column);
    if (type !== 'integer' && type !== 'real') throw new Error(`Cannot inc ${type} column "${column}" of table "${this.spec.name}"`);
  }

  assertList(column: string): void {
    const type = this.type(column);
    if (type !== 'list') throw new Error(`Cannot push to ${type} column "${column}" of table "${this.spec.name}"`);
  }

  type(column: string): ColumnType {
    const type = Object.hasOwn(this.spec.columns, column) ? this.spec.columns[column] : undefined;
    if (!type) throw new Error(`Table "${this.spec.name}" has no column "${column}"`);
    return type;
  }

  async find(options: FindOptions = {}): Promise<Row[]> {
    const columns = options.columns ?? this.columns;
    columns.forEach((column) => this.type(column));
    const sort = (options.orderBy ?? []).map(([column, direction]): [string, 1 | -1] => {
      this.type(column);
      if (direction !== 'asc' && direction !== 'desc') throw new Error(`Invalid order direction "${String(direction)}"`);
      return [column, direction === 'asc' ? 1 : -1];
    });
    const filter = mongoFilter(options.where ?? {}, (column) => this.type(column));
    // MongoDB reads a limit of 0 as "no limit".
    if (options.limit === 0) return [];
    const projection = Object.fromEntries([['_id', 0], ...columns.map((column) => [column, 1])]);
    const documents = await this.collection.find(filter, { projection, sort, limit: options.limit }).toArray();
    return documents.map((document) => this.row(document, columns));
  }

  /** By `_id` when given the whole key, the one lookup every server answers from an index. */
  async findOne(key: Row): Promise<Row | undefined> {
    const columns = Object.keys(key);
    const wholeKey = columns.length === this.spec.key.length && this.spec.key.every((column) => columns.includes(column));
    if (!wholeKey) return (await this.find({ where: key, limit: 1 }))[0];
    const document = await this.collection.findOne({ _id: this.idOf(key) });
    return document && !document._gone ? this.row(document, this.columns) : undefined;
  }

  private row(document: Document, columns: string[]): Row {
    const row: Row = {};
    for (const column of columns) row[column] = document[column] ?? (this.spec.columns[column] === 'list' ? [] : null);
    return row;
  }
}

function validate(spec: TableSpec): void {
  const names = [spec.name, ...Object.keys(spec.columns)];
  const invalid = names.find((name) => !IDENTIFIER.test(name));
  if (invalid !== undefined) throw new Error(`Invalid identifier "${invalid}" in table "${spec.name}"`);
  const reserved = Object.keys(spec.columns).find((column) => RESERVED.includes(column));
  if (reserved) throw new Error(`Column "${reserved}" of table "${spec.name}" is reserved by the MongoDB read store`);
  if (!spec.key.length) throw new Error(`Table "${spec.name}" has no key`);
  for (const column of [...spec.key, ...(spec.indexes ?? []).flat()]) {
    if (!Object.hasOwn(spec.columns, column))
      throw new Error(`Table "${spec.name}" has no column "${column}" (used in its key or indexes)`);
  }
}
