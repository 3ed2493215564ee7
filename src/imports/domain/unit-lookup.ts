/**
 * Unit names or codes as a source writes them → this service's unit ids. The importer builds one
 * from the unit directory; `describe` tells an officer what the lookup accepts when a unit is unknown.
 */
export interface UnitLookup {
  resolve(text: string): string | undefined;
  describe?(): string;
}

/** A lookup over a fixed table (names and codes alike), for specs and small tools. */
export function unitTable(table: Record<string, string>, description?: string): UnitLookup {
  const entries = new Map(Object.entries(table));
  return { resolve: (text) => entries.get(text), ...(description ? { describe: () => description } : {}) };
}
