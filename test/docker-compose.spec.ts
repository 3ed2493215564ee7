import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from 'yaml';
import { loadConfig } from '../src/config/app-config';

const ROOT = join(__dirname, '..');

interface Service {
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** No server can run here: the production shape is checked as files, against what the service accepts. */
describe('docker-compose.yml, the production shape', () => {
  const service = compose.services.service;

  it('gives the service settings its configuration accepts, readiness counted in events as on every store', () => {
    const config = loadConfig(service.environment ?? {});

    expect(config.kurrentDbUrl).toBeDefined();
    expect(config.mongodbUri).toBeDefined();
    expect(service.environment?.READY_MAX_LAG).toBe(String(config.readyMaxLag));
    expect(config.readyMaxLag).toBeLessThanOrEqual(100_000);
  });

  it("asks KurrentDB for the leader in every production connection string, the README's included", () => {
    const inReadme = readme.match(/kurrentdb(?:\+discover)?:\/\/[^\s`'"]+/g) ?? [];
    const production = [service.environment?.KURRENTDB_URL ?? '', ...inReadme.filter((url) => !url.includes('localhost'))];

    expect(production.length).toBeGreaterThanOrEqual(2);
    for (const url of production) {
      expect(new URLSearchParams(url.split('?')[1]).get('nodePreference')).toBe('leader');
      expect(() => loadConfig({ KURRENTDB_URL: url })).not.toThrow();
    }
    const secure = inReadme.filter((url) => url.startsWith('kurrentdb+discover://'));
    expect(
      secure.some((url) => /^kurrentdb\+discover:\/\/[^:@/]+:[^@/]+@([^,/]+,){2}[^,/?]+\?/.test(url) && url.includes('tlsCAFile=')),
    ).toBe(true);
  });

  it('starts the service only once KurrentDB answers and MongoDB has a primary, and checks the service by readiness', () => {
    expect(service.depends_on).toEqual({ kurrentdb: { condition: 'service_healthy' }, mongodb: { condition: 'service_healthy' } });
    expect(service.healthcheck?.test.join(' ')).toContain('/health/ready');
  });

  describe("MongoDB's health check, run as mongosh would", () => {
    const script = compose.services.mongodb.healthcheck?.test.at(-1) ?? '';

    /** The exit status mongosh ends with: quit(n) sets it, and a script that ends without quit exits 0. */
    function exitStatus(member: { initiated: boolean; primary: boolean }): { status: number; initiated: boolean } {
      let initiated = member.initiated;
      let status = 0;
      const rs = {
        status: () => {
          if (!initiated) throw new Error('no replset config has been received');
          return { ok: 1 };
        },
        initiate: () => {
          initiated = true;
          return { ok: 1 };
        },
      };
      const db = { hello: () => ({ isWritablePrimary: member.primary }) };
      class Quit extends Error {}
      const quit = (code = 0) => {
        status = code;
        throw new Quit();
      };
      try {
        runInNewContext(script, { rs, db, quit });
      } catch (error) {
        if (!(error instanceof Quit)) throw error;
      }
      return { status, initiated };
    }

    it('initiates the replica set on first start and fails until this member is primary', () => {
      expect(exitStatus({ initiated: false, primary: false })).toEqual({ status: 1, initiated: true });
      expect(exitStatus({ initiated: true, primary: false }).status).toBe(1);
      expect(exitStatus({ initiated: true, primary: true }).status).toBe(0);
    });
  });
});
