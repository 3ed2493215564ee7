import { Db, MongoClient } from 'mongodb';
import { IndexCheckOptions } from '../../src/read-store/index-check';
import { MongoReadStore } from '../../src/read-store/mongodb/mongo-read-store';

const MONGODB_URI = process.env.MONGODB_URI;
const SKIPPED = 'MongoDB read-store contract SKIPPED: MONGODB_URI is not set (start one with test/infra/mongodb/start.sh)';

/**
 * `describe` when MONGODB_URI names a server; otherwise a skipped suite whose very name, and a
 * warning, say so: a run without a server must never look like a passing MongoDB suite.
 */
export function describeWithMongo(name: string, suite: (mongo: TestDatabases) => void): void {
  if (!MONGODB_URI) {
    console.warn(`${SKIPPED} [${name}]`);
    // Skipped only without a server, and the suite's name says so: see test/infra/mongodb/README.md.
    describe.skip(`${SKIPPED} [${name}]`, () => suite(new TestDatabases('')));
    return;
  }
  describe(name, () => {
    const mongo = new TestDatabases(MONGODB_URI);
    beforeAll(() => mongo.open());
    afterEach(() => mongo.dropAll());
    afterAll(() => mongo.close());
    suite(mongo);
  });
}

/** A fresh database per test and the stores opened on it, closed and dropped after the test even when it failed. */
export class TestDatabases {
  private client: MongoClient | undefined;
  private created: string[] = [];
  private stores: MongoReadStore[] = [];
  private static count = 0;

  constructor(private readonly uri: string) {}

  async open(): Promise<void> {
    this.client = await MongoClient.connect(this.uri);
  }

  /** A name no other test or run uses: workers and earlier runs share the server. */
  fresh(): string {
    const name = `read_store_${process.pid}_${Date.now().toString(36)}_${++TestDatabases.count}`;
    this.created.push(name);
    return name;
  }

  async store(database: string, options: IndexCheckOptions = {}): Promise<MongoReadStore> {
    const store = await MongoReadStore.connect({ uri: this.uri, database, ...options });
    this.stores.push(store);
    return store;
  }

  /** Straight access to a database, to look at or tamper with what a store wrote. */
  db(name: string): Db {
    return this.client!.db(name);
  }

  async dropAll(): Promise<void> {
    for (const store of this.stores) await store.dispose();
    for (const name of this.created) await this.db(name).dropDatabase();
    this.stores = [];
    this.created = [];
  }

  async close(): Promise<void> {
    await this.client?.close();
  }
}
