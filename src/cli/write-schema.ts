import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { printAppSchema } from '../api/print-schema';
import { createApp } from '../app/app';

/** Writes schema.gql from the code; boots on a throw-away data directory so nothing real is touched. */
async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'schema-'));
  process.env.DATA_DIR = dataDir;
  const app = await createApp(false);
  await app.init();
  const target = resolve(process.argv[2] ?? 'schema.gql');
  writeFileSync(target, printAppSchema(app));
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`wrote ${target}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
