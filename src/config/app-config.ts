import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

/** Typed configuration from the environment, read once at start-up. */
export interface AppConfig {
  dataDir: string;
  host: string;
  port: number;
  production: boolean;
  /** KurrentDB connection string; unset: the embedded SQLite event store under dataDir. */
  kurrentDbUrl?: string;
  /** MongoDB connection string; unset: the embedded SQLite read store under dataDir. */
  mongodbUri?: string;
  /**
   * Readiness fails while the projections trail the log by more than this, in log positions:
   * events for the embedded store, bytes of log for KurrentDB (whose positions are offsets).
   */
  readyMaxLag: number;
  /**
   * Query results and whole GraphQL responses are kept until the next event changes the read
   * models. QUERY_CACHE=off computes every request afresh (to measure or to rule the cache out).
   */
  queryCache: boolean;
  /**
   * What the read store does with a query no index of its table serves (READ_STORE_INDEX_CHECK):
   * `warn` logs each such table and query shape once, `strict` refuses the query (the test run, so
   * a test reaching one fails), `off` checks nothing.
   */
  readStoreIndexCheck: 'warn' | 'strict' | 'off';
  /**
   * Processes serving requests. More than one runs a cluster: the workers share the port and the
   * stores, one of them runs the projections. WORKERS=auto: one per core.
   */
  workers: number;
  /**
   * Requests a minute for each authenticated subject (health checks not counted); 0 turns the
   * limit off, as the benchmark does to measure throughput from one subject.
   */
  rateLimitPerMinute: number;
  /** A fact dated later than now plus this many seconds is refused: the sending system's clock may run a little ahead. */
  factClockSkewSeconds: number;
  /** A fact received more than this many days after it happened needs a reason, and is kept marked as a late entry. */
  lateEntryDays: number;
  /**
   * The amounts, in fen, a case's loss may be pushed under (LOSS_THRESHOLDS_YUAN): the criminal
   * threshold of 数额较大 the province set, and any scoring steps. The bunching detector watches them.
   */
  lossThresholdsFen: number[];
  /** The most facts one `recordFacts` batch may carry (BATCH_MAX_FACTS): a system splits a larger load into several. */
  batchMaxFacts: number;
  /**
   * The bureau's counties (unit ids) in its administrative order, as its bulletins list them;
   * BULLETIN_COUNTY_ORDER, comma-separated. Counties not listed follow in unit order.
   */
  bulletinCountyOrder: string[];
  /** Bearer tokens: verified with the data directory's secret (HS256) unless an identity provider's key is given (RS256). */
  auth: {
    publicKeyFile?: string;
    jwksFile?: string;
    issuer?: string;
    audience?: string;
  };
  /**
   * Sign-in for the officers' application through the intranet identity provider (OpenID Connect,
   * authorization code with PKCE); absent, the application signs in only from links and pasted tokens.
   */
  oidc?: {
    authority: string;
    clientId: string;
    scope: string;
    /** Which of the provider's tokens the application sends as its bearer token (verified as above). */
    bearer: 'access_token' | 'id_token';
  };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a TCP port number, got "${env.PORT}"`);
  return {
    dataDir: resolve(env.DATA_DIR ?? './data'),
    host: env.HOST ?? '127.0.0.1',
    port,
    production: env.NODE_ENV === 'production',
    kurrentDbUrl: connectionString(
      env,
      'KURRENTDB_URL',
      /^(kurrentdb|kdb|esdb|eventstore)(\+discover)?:\/\/[^\s]+$/,
      'kurrentdb://host:2113?tls=false',
    ),
    mongodbUri: connectionString(env, 'MONGODB_URI', /^mongodb(\+srv)?:\/\/[^\s]+$/, 'mongodb://host:27017/anti_fraud?replicaSet=rs0'),
    readyMaxLag: readyMaxLag(env),
    queryCache: onOff(env, 'QUERY_CACHE', true),
    readStoreIndexCheck: oneOf(env, 'READ_STORE_INDEX_CHECK', ['warn', 'strict', 'off'] as const, 'warn'),
    workers: workerCount(env),
    // A screen polling every few seconds makes tens a minute; this stops only runaway clients.
    rateLimitPerMinute: nonNegativeInteger(env, 'RATE_LIMIT_PER_MINUTE', 6_000),
    factClockSkewSeconds: nonNegativeInteger(env, 'FACT_CLOCK_SKEW_SECONDS', 300),
    lateEntryDays: positiveInteger(env, 'LATE_ENTRY_DAYS', 30),
    batchMaxFacts: positiveInteger(env, 'BATCH_MAX_FACTS', 1_000),
    lossThresholdsFen: yuanList(env, 'LOSS_THRESHOLDS_YUAN', [3_000]).map((yuan) => yuan * 100),
    bulletinCountyOrder: (optional(env, 'BULLETIN_COUNTY_ORDER') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    auth: {
      publicKeyFile: optional(env, 'JWT_PUBLIC_KEY_FILE'),
      jwksFile: optional(env, 'JWT_JWKS_FILE'),
      issuer: optional(env, 'JWT_ISSUER'),
      audience: optional(env, 'JWT_AUDIENCE'),
    },
    oidc: oidcConfig(env),
  };
}

function oidcConfig(env: NodeJS.ProcessEnv): AppConfig['oidc'] {
  const authority = optional(env, 'OIDC_AUTHORITY');
  const clientId = optional(env, 'OIDC_CLIENT_ID');
  if (!authority && !clientId) return undefined;
  if (!authority || !clientId) throw new ConfigError('set both OIDC_AUTHORITY and OIDC_CLIENT_ID, or neither');
  if (!/^https?:\/\/\S+$/.test(authority)) throw new ConfigError(`OIDC_AUTHORITY must be the identity provider's URL, got "${authority}"`);
  const bearer = optional(env, 'OIDC_BEARER') ?? 'access_token';
  if (bearer !== 'access_token' && bearer !== 'id_token')
    throw new ConfigError(`OIDC_BEARER must be access_token or id_token, got "${bearer}"`);
  return { authority, clientId, scope: optional(env, 'OIDC_SCOPE') ?? 'openid profile', bearer };
}

function connectionString(env: NodeJS.ProcessEnv, name: string, pattern: RegExp, example: string): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (!pattern.test(value)) throw new ConfigError(`${name} is not a valid connection string (expected e.g. ${example}), got "${value}"`);
  return value;
}

function nonNegativeInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return value;
}

/**
 * Events behind on every store. Bounded because KurrentDB keeps no count: a readiness probe reads
 * up to this many events to count them, and a limit in log bytes (this setting's meaning on
 * KurrentDB before) would make a probe read millions.
 */
const READY_MAX_LAG_CEILING = 100_000;
function readyMaxLag(env: NodeJS.ProcessEnv): number {
  const value = nonNegativeInteger(env, 'READY_MAX_LAG', 10_000);
  if (value > READY_MAX_LAG_CEILING) {
    throw new ConfigError(
      `READY_MAX_LAG counts events behind the log and may be at most ${READY_MAX_LAG_CEILING}, got "${env.READY_MAX_LAG}"`,
    );
  }
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = nonNegativeInteger(env, name, fallback);
  if (value === 0) throw new ConfigError(`${name} must be at least 1, got "${env[name]}"`);
  return value;
}

const optional = (env: NodeJS.ProcessEnv, name: string) => env[name]?.trim() || undefined;

/** Whole yuan amounts, comma-separated. */
function yuanList(env: NodeJS.ProcessEnv, name: string, fallback: number[]): number[] {
  const raw = optional(env, name);
  if (!raw) return fallback;
  return raw.split(',').map((part) => {
    const value = Number(part.trim());
    if (!Number.isSafeInteger(value) || value < 1)
      throw new ConfigError(`${name} must list whole yuan amounts separated by commas, e.g. 3000,100000; got "${raw}"`);
    return value;
  });
}

const MAX_WORKERS = 64;

function workerCount(env: NodeJS.ProcessEnv): number {
  const raw = env.WORKERS?.trim().toLowerCase();
  if (raw === undefined || raw === '') return 1;
  if (raw === 'auto') return availableParallelism();
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > MAX_WORKERS)
    throw new ConfigError(`WORKERS must be "auto" or a whole number from 1 to ${MAX_WORKERS}, got "${env.WORKERS}"`);
  return value;
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  return oneOf(env, name, ['on', 'off'] as const, fallback ? 'on' : 'off') === 'on';
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  const value = values.find((candidate) => candidate === raw);
  const quoted = values.map((candidate) => `"${candidate}"`);
  if (value === undefined)
    throw new ConfigError(`${name} must be ${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}, got "${env[name]}"`);
  return value;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
