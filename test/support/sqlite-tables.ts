import Database from 'better-sqlite3';

/** The physical tables of a SQLite file, by name, read straight from it. */
export function tablesIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  } finally {
    db.close();
  }
}
