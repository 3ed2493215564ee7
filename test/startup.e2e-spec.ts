import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app/app';

/** Configuration alone picks the storage; a bad choice stops start-up with one clear message. */
describe('start-up with unreachable storage', () => {
  const saved = { ...process.env };
  const dataDir = mkdtempSync(join(tmpdir(), 'startup-'));

  afterEach(() => {
    process.env = { ...saved };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('names KURRENTDB_URL and the cause', async () => {
    process.env = { ...saved, DATA_DIR: dataDir, KURRENTDB_URL: 'kurrentdb://127.0.0.1:9?tls=false' };
    await expect(createApp(false)).rejects.toThrow(
      /^Cannot use the KurrentDB event store at KURRENTDB_URL=kurrentdb:\/\/127\.0\.0\.1:9\?tls=false: /,
    );
  });

  it('names MONGODB_URI and the cause', async () => {
    process.env = { ...saved, DATA_DIR: dataDir, MONGODB_URI: 'mongodb://127.0.0.1:9/x?serverSelectionTimeoutMS=1000' };
    await expect(createApp(false)).rejects.toThrow(/MONGODB_URI=mongodb:\/\/127\.0\.0\.1:9\/x.*ECONNREFUSED/);
  });
});
