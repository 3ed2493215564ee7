import Database from 'better-sqlite3';
import { RowPatch } from '../folded-changes';
import { ColumnType, Condition, FindOptions, Row, TableSpec } from '../read-store.port';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OPERATORS: Record<string, string> = { in: 'IN', gt: '>', gte: '>=', lt: '<', lte: '<=' };
/** Rows and bound values per insert statement, under SQLite's default limit of 32,766 values. */
const MAX_ROWS_PER_INSERT = 64;
const MAX_PARAMS = 999;
const SQL_TYPES: Record<ColumnType, string> = { text: 'TEXT', integer: 'INTEGER', real: 'REAL', json: 'TEXT', list: 'TEXT' };

/**
 * A list column is its items' JSON, each followed by a comma: a push is a string append in SQL,
 * with no read-modify-write, and reading wraps the text in brackets for a single JSON.parse.
 */
const encodeItems = (items: unknown[]) => items.map((item) => `${JSON.stringify(item)},`).join('');
const decodeItems = (text: string): unknown[] => JSON.parse(`[${text.slice(0, -1)}]`);

/**
 * One physical table of one generation (`<name>__g<generation>`). Statements are prepared once per
 * shape (operation + column list) and live as long as this object, so dropping a generation drops
 * its statements with it.
 */
export class SqliteTable {
  readonly physical: string;
  private readonly jsonColumns: string[];
  private readonly listColumns: string[];
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    readonly spec: TableSpec,
    generation: number,
  ) {
    validate(spec);
    this.physical = `${spec.name}__g${generation}`;
    this.jsonColumns = Object.keys(spec.columns).filter((column) => spec.columns[column] === 'json');
    this.listColumns = Object.keys(spec.columns).filter((column) => spec.columns[column] === 'list');
  }

  /** The table with its key; its secondary indexes too unless `indexes` is false (a rebuild adds them once filled). */
  create({ indexes = true } = {}): void {
    const { columns, key } = this.spec;
    const definitions = Object.entries(columns).map(([column, type]) => {
      if (key.includes(column)) return `"${column}" ${SQL_TYPES[type]} NOT NULL`;
      // A counter created by an `inc` of some other column starts from zero, as MongoDB's $inc would.
      if (type === 'integer' || type === 'real') return `"${column}" ${SQL_TYPES[type]} DEFAULT 0`;
      if (type === 'list') return `"${column}" TEXT NOT NULL DEFAULT ''`;
      return `"${column}" ${SQL_TYPES[type]}`;
    });
    // WITHOUT ROWID: read-model rows are small and looked up by their key, so the key is the table.
    this.db.exec(`CREATE TABLE IF NOT EXISTS "${this.physical}" (${definitions.join(', ')}, PRIMARY KEY (${quoteAll(key)})) WITHOUT ROWID`);
    if (indexes) this.createIndexes();
  }

  createIndexes(): void {
    for (const index of this.spec.indexes ?? []) {
      this.db.exec(`CREATE INDEX IF NOT EXISTS "${this.physical}__${index.join('__')}" ON "${this.physical}" (${quoteAll(index)})`);
    }
  }

  drop(): void {
    this.db.exec(`DROP TABLE IF EXISTS "${this.physical}"`);
  }

  /**
   * Sets, adds to numeric columns and appends to list columns of one row in a single statement,
   * creating the row (zeros, empty lists) when missing: the write a replay makes for every row it
   * touches.
   */
  patch({ key, set, inc, push }: RowPatch): void {
    const setColumns = Object.keys(set).sort();
    const incColumns = Object.keys(inc).sort();
    const listColumns = Object.keys(push).sort();
    const shape = `patch:${setColumns.join(',')}|${incColumns.join(',')}|${listColumns.join(',')}`;
    const statement = this.statement(shape, () => {
      for (const column of incColumns) {
        const type = this.type(column);
        if (type !== 'integer' && type !== 'real') throw new Error(`Cannot inc ${type} column "${column}" of table "${this.spec.name}"`);
      }
      for (const column of listColumns) {
        const type = this.type(column);
        if (type !== 'list') throw new Error(`Cannot push to ${type} column "${column}" of table "${this.spec.name}"`);
      }
      const updates = [
        ...setColumns.map((column) => `"${column}" = excluded."${column}"`),
        ...incColumns.map((column) => `"${column}" = "${column}" + excluded."${column}"`),
        ...listColumns.map((column) => `"${column}" = "${column}" || excluded."${column}"`),
      ];
      const onConflict = updates.length ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
      return this.insertSql([...this.spec.key, ...setColumns, ...incColumns, ...listColumns], onConflict);
    });
    const params = this.keyValues(key);
    for (const column of setColumns) params.push(this.encode(column, set[column]));
    for (const column of incColumns) params.push(inc[column]);
    for (const column of listColumns) params.push(encodeItems(push[column]));
    statement.run(params);
  }

  /**
   * Inserts rows in multi-row statements: per-statement overhead is most of a bulk insert's cost,
   * and a rebuild's audit trail inserts a row per event. A run of rows sharing a column order (a
   * projection builds its rows from one literal) shares a statement.
   */
  insert(rows: Row[]): void {
    let i = 0;
    while (i < rows.length) {
      const columns = Object.keys(rows[i]);
      const perStatement = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMS / columns.length)));
      let count = 1;
      while (count < perStatement && i + count < rows.length && sameColumns(columns, Object.keys(rows[i + count]))) count++;
      const statement = this.statement(`insert:${count}:${columns.join(',')}`, () => this.insertSql(columns, 'DO NOTHING', count));
      const types = columns.map((column) => this.type(column));
      const params = new Array<unknown>(count * columns.length);
      let p = 0;
      // Object.values follows the order Object.keys gave, checked above for every row.
      for (let r = i; r < i + count; r++) {
        const values = Object.values(rows[r]);
        for (let c = 0; c < values.length; c++) params[p++] = encodeAs(types[c], values[c]);
      }
      statement.run(params);
      i += count;
    }
  }

  delete(key: Row): void {
    const statement = this.statement('delete', () => {
      const where = this.spec.key.map((column) => `"${column}" = ?`).join(' AND ');
      return `DELETE FROM "${this.physical}" WHERE ${where}`;
    });
    statement.run(this.keyValues(key));
  }

  find(options: FindOptions = {}): Row[] {
    const conditions: string[] = [];
    const params: unknown[] = [];
    for (const [column, condition] of Object.entries(options.where ?? {})) {
      this.type(column);
      if (condition === null) {
        conditions.push(`"${column}" IS NULL`);
      } else if (isOperatorObject(condition)) {
        for (const [operator, operand] of Object.entries(condition)) {
          if (operand === undefined) continue;
          if (operator === 'in') {
            // One placeholder for the whole list keeps one cached statement whatever the list length.
            conditions.push(`"${column}" IN (SELECT value FROM json_each(?))`);
            params.push(JSON.stringify(operand));
          } else {
            conditions.push(`"${column}" ${OPERATORS[operator]} ?`);
            params.push(this.encode(column, operand));
          }
        }
      } else {
        conditions.push(`"${column}" = ?`);
        params.push(this.encode(column, condition));
      }
    }
    const selected = options.columns ? quoteAll(options.columns.filter((column) => this.type(column))) : '*';
    let sql = `SELECT ${selected} FROM "${this.physical}"`;
    if (conditions.length) sql += ` WHERE ${conditions.join(' AND ')}`;
    if (options.orderBy?.length) {
      const order = options.orderBy.map(([column, direction]) => {
        this.type(column);
        if (direction !== 'asc' && direction !== 'desc') throw new Error(`Invalid order direction "${String(direction)}"`);
        return `"${column}" ${direction.toUpperCase()}`;
      });
      sql += ` ORDER BY ${order.join(', ')}`;
    }
    if (options.limit !== undefined) {
      sql += ' LIMIT ?';
      params.push(options.limit);
    }
    const rows = this.statement(sql, () => sql).all(params) as Row[];
    if (this.jsonColumns.length || this.listColumns.length) for (const row of rows) this.decode(row);
    return rows;
  }

  private insertSql(columns: string[], onConflict: string, rows = 1): string {
    for (const column of columns) this.type(column);
    const values = Array.from({ length: rows }, () => `(${columns.map(() => '?').join(', ')})`).join(', ');
    return `INSERT INTO "${this.physical}" (${quoteAll(columns)}) VALUES ${values} ON CONFLICT (${quoteAll(this.spec.key)}) ${onConflict}`;
  }

  private statement(shape: string, sql: () => string): Database.Statement {
    let statement = this.statements.get(shape);
    if (!statement) {
      statement = this.db.prepare(sql());
      this.statements.set(shape, statement);
    }
    return statement;
  }

  private keyValues(key: Row): unknown[] {
    return this.spec.key.map((column) => {
      const value = key[column];
      if (value === undefined || value === null) throw new Error(`Key column "${column}" of table "${this.spec.name}" is missing`);
      return value;
    });
  }

  /** Also checks the column exists, which keeps caller-supplied names out of the SQL otherwise. */
  private type(column: string): ColumnType {
    const type = this.spec.columns[column];
    if (!type) throw new Error(`Table "${this.spec.name}" has no column "${column}"`);
    return type;
  }

  private encode(column: string, value: unknown): unknown {
    return encodeAs(this.spec.columns[column], value);
  }

  private decode(row: Row): void {
    for (const column of this.jsonColumns) {
      const value = row[column];
      if (typeof value === 'string') row[column] = JSON.parse(value);
    }
    for (const column of this.listColumns) if (typeof row[column] === 'string') row[column] = decodeItems(row[column] as string);
  }
}

function isOperatorObject(condition: Condition): condition is Record<string, unknown> {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) return false;
  const keys = Object.keys(condition);
  return keys.length > 0 && keys.every((key) => Object.hasOwn(OPERATORS, key));
}

function encodeAs(type: ColumnType, value: unknown): unknown {
  if (type === 'list') return encodeItems(Array.isArray(value) ? value : []);
  if (value === undefined || value === null) return null;
  return type === 'json' ? JSON.stringify(value) : value;
}

function sameColumns(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function quoteAll(columns: string[]): string {
  return columns.map((column) => `"${column}"`).join(', ');
}

function validate(spec: TableSpec): void {
  const names = [spec.name, ...Object.keys(spec.columns)];
  const invalid = names.find((name) => !IDENTIFIER.test(name));
  if (invalid !== undefined) throw new Error(`Invalid identifier "${invalid}" in table "${spec.name}"`);
  if (!spec.key.length) throw new Error(`Table "${spec.name}" has no key`);
  for (const column of [...spec.key, ...(spec.indexes ?? []).flat()]) {
    if (!spec.columns[column]) throw new Error(`Table "${spec.name}" has no column "${column}" (used in its key or indexes)`);
  }
}
