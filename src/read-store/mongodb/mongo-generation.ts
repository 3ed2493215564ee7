import { Db } from 'mongodb';
import { TableSpec } from '../read-store.port';
import { ProjectionGeneration } from '../projection-generation';
import { MongoTable } from './mongo-table';

/** The collections of one projection's generation, in MongoDB. */
export class MongoGeneration extends ProjectionGeneration<MongoTable> {
  constructor(
    private readonly db: Db,
    projection: string,
    number: number,
    version: number,
    specs: TableSpec[],
  ) {
    super(projection, number, version, specs, (spec) => new MongoTable(db, spec, number));
  }

  /** The `_id` of its document in `projection_generations`. */
  get id(): string {
    return `${this.projection}#${this.number}`;
  }

  async create(): Promise<void> {
    for (const table of this.tables.values()) await table.create();
  }

  /**
   * Gives the collections the indexes their specs call for, as a generation made before tables had
   * their key index lacks it. A collection already dropped (another instance activated a rebuild)
   * is skipped: creating an index would create it again, empty, and nothing would ever drop it.
   */
  async completeIndexes(): Promise<void> {
    const tables = [...this.tables.values()];
    const existing = await this.db.listCollections({ name: { $in: tables.map((table) => table.physical) } }, { nameOnly: true }).toArray();
    for (const table of tables) if (existing.some(({ name }) => name === table.physical)) await table.createIndexes();
  }

  async drop(): Promise<void> {
    for (const table of this.tables.values()) await table.drop();
  }
}
