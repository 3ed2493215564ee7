import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_APP_DIR } from '../../src/api/http/web-app';

const ROOT = join(__dirname, '..', '..');
const SOURCES = ['web/src', 'web/index.html', 'web/vite.config.mts', 'schema.gql'].map((p) => join(ROOT, p));

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** The browser tests need the built application: built when missing or older than its sources, so a test never runs a stale one. */
export function ensureWebBuild(): void {
  const page = join(WEB_APP_DIR, 'index.html');
  if (existsSync(page) && statSync(page).mtimeMs >= Math.max(...SOURCES.map(newestChange))) return;
  execSync('npm run build:web', { cwd: ROOT, stdio: 'inherit' });
}
