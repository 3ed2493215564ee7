import { Db, MongoClient } from 'mongodb';
import { IndexCheckOptions } from '../index-check';

export interface MongoReadStoreOptions extends IndexCheckOptions {
  /** A MongoDB connection string, as in MONGODB_URI. */
  uri: string;
  /** Defaults to the database named in the URI, else `anti_fraud`. */
  database?: string;
}

const DEFAULT_DATABASE = 'anti_fraud';
/** Long enough for a replica set election, short enough that a wrong URI fails start-up quickly. */
const SERVER_SELECTION_TIMEOUT_MS = 10_000;

/**
 * Connects and pings, so a wrong or unreachable server fails at start-up with a one-line message
 * naming MONGODB_URI (credentials masked) instead of at the first query.
 */
export async function connectMongo(options: MongoReadStoreOptions): Promise<{ client: MongoClient; db: Db }> {
  let client: MongoClient | undefined;
  try {
    // ignoreUndefined: a json column's undefined properties are dropped, as JSON.stringify drops them.
    client = new MongoClient(options.uri, { ignoreUndefined: true, serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS });
    await client.connect();
    const db = client.db(options.database ?? databaseIn(options.uri) ?? DEFAULT_DATABASE);
    await db.command({ ping: 1 });
    return { client, db };
  } catch (error) {
    await client?.close().catch(() => undefined);
    const cause = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
    throw new Error(`Cannot connect to the MongoDB read store at MONGODB_URI=${masked(options.uri)}: ${cause}`, { cause: error });
  }
}

/** The path of `mongodb://hosts/<database>?options`; URL cannot parse a list of hosts. */
function databaseIn(uri: string): string | undefined {
  const path = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]*)/.exec(uri)?.[1];
  return path ? decodeURIComponent(path) : undefined;
}

function masked(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}
