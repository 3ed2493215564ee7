import { availableParallelism } from 'node:os';
import { loadConfig } from './app-config';

describe('configuration', () => {
  it('names the variable and the problem in one line', () => {
    expect(() => loadConfig({ KURRENTDB_URL: 'http://localhost:2113' })).toThrow(
      'KURRENTDB_URL is not a valid connection string (expected e.g. kurrentdb://host:2113?tls=false), got "http://localhost:2113"',
    );
    expect(() => loadConfig({ MONGODB_URI: 'localhost:27017' })).toThrow(/^MONGODB_URI is not a valid connection string/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be a TCP port number, got "eighty"');
    expect(() => loadConfig({ READY_MAX_LAG: '-1' })).toThrow('READY_MAX_LAG must be a whole number, got "-1"');
  });

  it('measures readiness lag in events on every store, refusing a limit in log bytes', () => {
    expect(loadConfig({ KURRENTDB_URL: 'kurrentdb://k:2113?tls=false' }).readyMaxLag).toBe(10_000);
    expect(loadConfig({ READY_MAX_LAG: '42' }).readyMaxLag).toBe(42);
    expect(() => loadConfig({ KURRENTDB_URL: 'kurrentdb://k:2113?tls=false', READY_MAX_LAG: '10000000' })).toThrow(
      'READY_MAX_LAG counts events behind the log and may be at most 100000, got "10000000"',
    );
  });

  it('signs in through an identity provider only when told both where and as which client', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(loadConfig({ OIDC_AUTHORITY: 'https://idp.gat.fj/realms/police', OIDC_CLIENT_ID: 'zhufang' }).oidc).toEqual({
      authority: 'https://idp.gat.fj/realms/police',
      clientId: 'zhufang',
      scope: 'openid profile',
      bearer: 'access_token',
    });
    expect(() => loadConfig({ OIDC_AUTHORITY: 'https://idp.gat.fj' })).toThrow('set both OIDC_AUTHORITY and OIDC_CLIENT_ID, or neither');
    expect(() => loadConfig({ OIDC_AUTHORITY: 'idp.gat.fj', OIDC_CLIENT_ID: 'z' })).toThrow(
      `OIDC_AUTHORITY must be the identity provider's URL, got "idp.gat.fj"`,
    );
    expect(() => loadConfig({ OIDC_AUTHORITY: 'https://idp', OIDC_CLIENT_ID: 'z', OIDC_BEARER: 'refresh_token' })).toThrow(
      'OIDC_BEARER must be access_token or id_token, got "refresh_token"',
    );
  });

  it('defaults to the embedded stores', () => {
    expect(loadConfig({})).toMatchObject({
      kurrentDbUrl: undefined,
      mongodbUri: undefined,
      port: 3000,
      readyMaxLag: 10000,
      queryCache: true,
    });
  });

  it('turns the query cache off only when told exactly', () => {
    expect(loadConfig({ QUERY_CACHE: 'off' }).queryCache).toBe(false);
    expect(loadConfig({ QUERY_CACHE: 'ON' }).queryCache).toBe(true);
    expect(() => loadConfig({ QUERY_CACHE: 'no' })).toThrow('QUERY_CACHE must be "on" or "off", got "no"');
  });

  it('warns of read-store queries no index serves unless told to refuse them or not to check', () => {
    expect(loadConfig({}).readStoreIndexCheck).toBe('warn');
    expect(loadConfig({ READ_STORE_INDEX_CHECK: 'Strict' }).readStoreIndexCheck).toBe('strict');
    expect(loadConfig({ READ_STORE_INDEX_CHECK: 'off' }).readStoreIndexCheck).toBe('off');
    expect(() => loadConfig({ READ_STORE_INDEX_CHECK: 'fail' })).toThrow(
      'READ_STORE_INDEX_CHECK must be "warn", "strict" or "off", got "fail"',
    );
  });

  it('runs one process unless WORKERS asks for a number of them, or one per core', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ WORKERS: '2' }).workers).toBe(2);
    expect(loadConfig({ WORKERS: 'auto' }).workers).toBe(availableParallelism());
    expect(() => loadConfig({ WORKERS: '0' })).toThrow('WORKERS must be "auto" or a whole number from 1 to 64, got "0"');
    expect(() => loadConfig({ WORKERS: 'two' })).toThrow('WORKERS must be "auto" or a whole number from 1 to 64, got "two"');
  });

  it('refuses facts ahead of the clock by more than 300 s and asks a reason after 30 days, unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ factClockSkewSeconds: 300, lateEntryDays: 30, bulletinCountyOrder: [] });
    expect(loadConfig({ BULLETIN_COUNTY_ORDER: ' county-sy, county-sx ,,county-ya' }).bulletinCountyOrder).toEqual([
      'county-sy',
      'county-sx',
      'county-ya',
    ]);
    expect(loadConfig({ FACT_CLOCK_SKEW_SECONDS: '0', LATE_ENTRY_DAYS: '7' })).toMatchObject({ factClockSkewSeconds: 0, lateEntryDays: 7 });
    expect(loadConfig({}).lossThresholdsFen).toEqual([300_000]);
    expect(loadConfig({ LOSS_THRESHOLDS_YUAN: '5000, 100000' }).lossThresholdsFen).toEqual([500_000, 10_000_000]);
    expect(() => loadConfig({ LOSS_THRESHOLDS_YUAN: '5000,3千' })).toThrow(/LOSS_THRESHOLDS_YUAN must list whole yuan amounts/);
    expect(() => loadConfig({ LATE_ENTRY_DAYS: '0' })).toThrow('LATE_ENTRY_DAYS must be at least 1, got "0"');
    expect(() => loadConfig({ FACT_CLOCK_SKEW_SECONDS: 'a while' })).toThrow(
      'FACT_CLOCK_SKEW_SECONDS must be a whole number, got "a while"',
    );
  });

  it('limits each subject to 6,000 requests a minute unless RATE_LIMIT_PER_MINUTE says otherwise; 0 is no limit', () => {
    expect(loadConfig({}).rateLimitPerMinute).toBe(6_000);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '120' }).rateLimitPerMinute).toBe(120);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(0);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-5' })).toThrow('RATE_LIMIT_PER_MINUTE must be a whole number, got "-5"');
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow('RATE_LIMIT_PER_MINUTE must be a whole number, got "lots"');
  });
});
