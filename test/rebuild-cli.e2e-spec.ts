import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const REBUILD = join(__dirname, '..', 'src', 'cli', 'rebuild.ts');

/** `npm run rebuild` on the data directory of a service: refused while the service runs, done once it stops. */
describe('npm run rebuild and a running service', () => {
  let t: TestApp;
  const rebuild = (dataDir: string) =>
    promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', REBUILD], {
      env: { ...process.env, DATA_DIR: dataDir, MONGODB_URI: '', KURRENTDB_URL: '' },
    }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
    );

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  it('refuses while the service holds the store, naming it, and leaves the service answering', async () => {
    const refused = await rebuild(t.dataDir);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/^Rebuild failed: 服务正在运行（.+），请先停止服务再重建读模型 \/ a service is running/);
    expect((await t.ok('{ units { unitId } }')).units).toHaveLength(6);
    const ready = await fetch(new URL('/health/ready', t.url));
    expect(ready.status).toBe(200);
  });

  it('rebuilds once the service has stopped', async () => {
    const dataDir = t.dataDir;
    await t.app.close();
    const done = await rebuild(dataDir);
    expect(done).toMatchObject({ code: 0, output: expect.stringMatching(/rebuilt to position \d+/) });
    rmSync(dataDir, { recursive: true, force: true });
    t = await startTestApp();
  });
});
