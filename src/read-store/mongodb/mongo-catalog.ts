import { Collection, Db } from 'mongodb';
import { TableSpec } from '../read-store.port';
import { MongoGeneration } from './mongo-generation';

/** A projection: its active generation and that generation's tables, switched together by one update. */
interface ProjectionDocument {
  _id: string;
  /** Last generation number handed out; numbers are never reused, so a stale rebuild target cannot touch a newer one. */
  lastGeneration: number;
  active?: number;
  tables?: string[];
}

interface GenerationDocument {
  _id: string;
  projection: string;
  generation: number;
  version: number;
  /** The specs as JSON: FerretDB stores no arrays nested in arrays, such as `indexes`. */
  tables: string;
  /** Stored as an int64; read back with `useBigInt64`. */
  checkpoint: bigint;
}

/**
 * The `projections` and `projection_generations` collections. Nothing about the active generation
 * is cached: every read looks it up, so an instance sees another one's activation at once. Only the
 * specs of a generation are cached, since they never change.
 */
export class MongoCatalog {
  private readonly projections: Collection<ProjectionDocument>;
  private readonly generations: Collection<GenerationDocument>;
  private readonly known = new Map<string, MongoGeneration>();

  constructor(private readonly db: Db) {
    this.projections = db.collection('projections');
    this.generations = db.collection('projection_generations');
  }

  async active(projection: string): Promise<MongoGeneration | undefined> {
    const document = await this.projections.findOne({ _id: projection });
    return document?.active === undefined ? undefined : this.generation(projection, document.active);
  }

  async activeWithTable(table: string): Promise<MongoGeneration | undefined> {
    const document = await this.projections.findOne({ tables: table });
    return document?.active === undefined ? undefined : this.generation(document._id, document.active);
  }

  /** Refuses tables an active generation of another projection already has. */
  async checkOwnership(generation: MongoGeneration): Promise<void> {
    const names = [...generation.tables.keys()];
    const owner = await this.projections.findOne({ _id: { $ne: generation.projection }, tables: { $in: names } });
    const taken = names.find((name) => owner?.tables?.includes(name));
    if (owner && taken) throw new Error(`Table "${taken}" already belongs to projection "${owner._id}"`);
  }

  async nextNumber(projection: string): Promise<number> {
    const document = await this.projections.findOneAndUpdate(
      { _id: projection },
      { $inc: { lastGeneration: 1 } },
      { upsert: true, returnDocument: 'after' },
    );
    return document!.lastGeneration;
  }

  async create(generation: MongoGeneration): Promise<void> {
    await generation.create();
    await this.generations.insertOne({
      _id: generation.id,
      projection: generation.projection,
      generation: generation.number,
      version: generation.version,
      tables: JSON.stringify(generation.specs),
      checkpoint: 0n,
    });
    this.known.set(generation.id, generation);
  }

  async drop(generation: MongoGeneration): Promise<void> {
    await generation.drop();
    await this.generations.deleteOne({ _id: generation.id });
    this.known.delete(generation.id);
  }

  /** Generations that are not active: what an interrupted or superseded rebuild left behind. */
  async inactive(projection: string): Promise<MongoGeneration[]> {
    const active = (await this.projections.findOne({ _id: projection }))?.active;
    const documents = await this.generations.find({ projection }).toArray();
    return documents.filter((document) => document.generation !== active).map((document) => this.fromDocument(document));
  }

  /**
   * Points reads and batches at `generation` in one single-document update. With `onlyFirst`, only
   * when the projection has no active generation yet; false when another instance got there first.
   */
  async activate(generation: MongoGeneration, onlyFirst = false): Promise<boolean> {
    const filter = onlyFirst ? { _id: generation.projection, active: { $exists: false } } : { _id: generation.projection };
    const result = await this.projections.updateOne(filter, { $set: { active: generation.number, tables: [...generation.tables.keys()] } });
    return result.matchedCount === 1;
  }

  /** Throws when the generation was dropped: a rebuild target discarded by a newer rebuild must stop. */
  async checkpoint(generation: MongoGeneration): Promise<bigint> {
    const document = await this.generations.findOne({ _id: generation.id }, { projection: { checkpoint: 1 }, useBigInt64: true });
    if (!document) throw new Error(`Generation ${generation.number} of projection "${generation.projection}" no longer exists`);
    return document.checkpoint;
  }

  /** `$max`: a checkpoint never moves back, whoever writes it. */
  async setCheckpoint(generation: MongoGeneration, checkpoint: bigint): Promise<void> {
    const result = await this.generations.updateOne({ _id: generation.id }, { $max: { checkpoint } });
    if (result.matchedCount !== 1)
      throw new Error(`Generation ${generation.number} of projection "${generation.projection}" no longer exists`);
  }

  private async generation(projection: string, number: number): Promise<MongoGeneration> {
    const known = this.known.get(`${projection}#${number}`);
    if (known) return known;
    const document = await this.generations.findOne({ _id: `${projection}#${number}` });
    if (!document) throw new Error(`Generation ${number} of projection "${projection}" is active but not recorded`);
    return this.fromDocument(document);
  }

  private fromDocument(document: GenerationDocument): MongoGeneration {
    const generation = new MongoGeneration(
      this.db,
      document.projection,
      document.generation,
      document.version,
      JSON.parse(document.tables) as TableSpec[],
    );
    this.known.set(generation.id, generation);
    return generation;
  }
}
