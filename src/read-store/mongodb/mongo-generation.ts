import { Db } from 'mongodb';
import { TableSpec } from '../read-store.port';
import { ProjectionGeneration } from '../projection-generation';
import { MongoTable } from './mongo-table';

/** The collections of one projection's generation, in MongoDB. */
export class MongoGeneration extends ProjectionGeneration<MongoTable> {
  constructor(db: Db, projection: string, number: number, version: number, specs: TableSpec[]) {
    super(projection, number, version, specs, (spec) => new MongoTable(db, spec, number));
  }

  /** The `_id` of its document in `projection_generations`. */
  get id(): string {
    return `${this.projection}#${this.number}`;
  }

  async create(): Promise<void> {
    for (const table of this.tables.values()) await table.create();
  }

  async drop(): Promise<void> {
    for (const table of this.tables.values()) await table.drop();
  }
}
