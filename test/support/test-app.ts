import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { ADDITIVE_RULE_SET } from '../../src/scoring/domain/default-rule-set';
import { ruleSetStream } from '../../src/scoring/events/rule-set.events';
import { defaultRuleSetPublication } from '../../src/scoring/default-rule-set.seeder';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app/app';
import { EventStore } from '../../src/event-store/event-store.port';
import { TestTokens } from './test-tokens';
import { isAccessRole } from '../../src/common/access-role';

export interface GraphqlError {
  message: string;
  extensions?: Record<string, any>;
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: GraphqlError[];
}

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  /**
   * A GraphQL request over HTTP. Without an `authorization` header it carries a token of a role the
   * policy table allows (see TestTokens); `x-actor` names that token's subject, `x-actor-role` its role.
   */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  /** The first error of a request that must be refused, after checking it answered no data and recorded nothing. */
  refused(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlError>;
  /** Like gql, but fails the test on any GraphQL error. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
  /** A GET of a REST route (the letter documents) as evaluation staff, unless `token` says otherwise. */
  get(path: string, token?: string): Promise<Response>;
  tokens: TestTokens;
  dataDir: string;
}

/** A century: no fixture fact is a late entry. */
export const FIXTURE_LATE_ENTRY_DAYS = '36500';

/**
 * The real application on a real HTTP port, on a fresh embedded store in a temporary directory,
 * or with `mongodbUri` on that MongoDB database for its read models. Storage comes from the
 * environment, as in production, so it is set for the start-up only: the jest global setup
 * exports MONGODB_URI for the MongoDB suites, and the other suites must not pick it up, unless
 * E2E_READ_STORE=mongodb runs every e2e suite on MongoDB read models (a database of its own each).
 */
export async function startTestApp(
  options: {
    mongodbUri?: string;
    additiveRules?: boolean;
    seed?: (store: EventStore) => Promise<unknown>;
    /** The production rule for late entries (30), where a suite tests it; else FIXTURE_LATE_ENTRY_DAYS. */
    lateEntryDays?: number;
  } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'e2e-'));
  if (options.additiveRules) await publishAdditiveDefault(dataDir);
  if (options.seed) await seedStore(dataDir, options.seed);
  const saved = { ...process.env };
  const mongodbUri =
    options.mongodbUri ?? (process.env.E2E_READ_STORE === 'mongodb' ? databaseOfItsOwn(process.env.MONGODB_URI) : undefined);
  process.env.DATA_DIR = dataDir;
  // The fixtures record facts of fixed days in 2026, which grow later every day the suites run;
  // test/fact-times.e2e-spec.ts runs with the production default to test the rule itself.
  process.env.LATE_ENTRY_DAYS =
    options.lateEntryDays !== undefined ? String(options.lateEntryDays) : (process.env.LATE_ENTRY_DAYS ?? FIXTURE_LATE_ENTRY_DAYS);
  delete process.env.KURRENTDB_URL;
  if (mongodbUri) process.env.MONGODB_URI = mongodbUri;
  else delete process.env.MONGODB_URI;
  const app = await createApp(false).finally(() => {
    process.env = saved;
  });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const tokens = new TestTokens(app, dataDir);
  const gql = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const { 'x-actor': subject, 'x-actor-role': role, ...rest } = headers;
    if (role !== undefined && !isAccessRole(role)) throw new Error(`x-actor-role must be an access role, got ${role}`);
    const token = rest.authorization ? undefined : await tokens.forOperation(query, variables, subject, role);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }), ...rest },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphqlResponse<any>;
  };
  return {
    app,
    url,
    tokens,
    dataDir,
    gql,
    get: (path: string, token = tokens.mint({ subject: 'test-evaluation_staff', role: 'EVALUATION_STAFF' })) =>
      fetch(new URL(path, url), { headers: { authorization: `Bearer ${token}` } }),
    async refused(query, variables, headers) {
      const head = () => app.get(EventStore).headPosition();
      const before = await head();
      const res = await gql(query, variables, headers);
      expect(res.data ?? null).toBeNull();
      expect(await head()).toBe(before);
      return res.errors![0];
    },
    async ok(query, variables) {
      const res = await gql(query, variables);
      if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data as any;
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The server of MONGODB_URI with a fresh database name: suites run in parallel must not share one. */
function databaseOfItsOwn(uri: string | undefined): string {
  if (!uri) throw new Error('E2E_READ_STORE=mongodb needs a MongoDB: set MONGODB_URI, or let npm test start one');
  return uri.replace(/\/([^/?]*)(\?|$)/, `/e2e_${process.pid}_${Math.random().toString(36).slice(2, 8)}$2`);
}

/** Events in the store before the service first starts (the demo city's organisation, say). */
async function seedStore(dataDir: string, seed: (store: EventStore) => Promise<unknown>): Promise<void> {
  const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
  try {
    await seed(store);
  } finally {
    await store.dispose();
  }
}

/**
 * A store from before rate rule sets: its default is the first, additive table, in force from
 * 2000, and the service adds the rate default from the day it starts. Fixture days before that
 * stay scored per event, summed per day: the suites whose figures were worked out that way say so.
 */
async function publishAdditiveDefault(dataDir: string): Promise<void> {
  const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
  try {
    const publication = defaultRuleSetPublication(ADDITIVE_RULE_SET, '2026-01-01T00:00:00.000Z', 'initial');
    await store.append(ruleSetStream(ADDITIVE_RULE_SET.ruleSetId), [publication], 'no_stream');
  } finally {
    await store.dispose();
  }
}
