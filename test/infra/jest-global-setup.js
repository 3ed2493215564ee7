/**
 * `npm test` runs everything this machine can run: without MONGODB_URI it starts the
 * MongoDB-wire-compatible test server (test/infra/mongodb/start.sh) for the MongoDB read-store
 * suite, and stops it afterwards. Where that cannot work (no Go toolchain), the suite is skipped
 * and says why. MONGODB_AUTOSTART=0 turns this off. It also installs Debian's chromium for the
 * browser suites when the machine lacks it (test/infra/chromium/ensure.sh), and makes the read
 * stores refuse queries no index serves.
 */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  // Every read-store query a test reaches must be served by an index of its table, or it fails
  // there (src/read-store/index-check.ts); the jest workers and the services the suites spawn
  // inherit this. Set READ_STORE_INDEX_CHECK=warn to see every unserved query of a run at once.
  process.env.READ_STORE_INDEX_CHECK ||= 'strict';
  ensureChromium();
  if (process.env.MONGODB_URI || process.env.MONGODB_AUTOSTART === '0') return;
  try {
    const output = execFileSync('bash', [join(__dirname, 'mongodb', 'start.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const uri = /export MONGODB_URI=(\S+)/.exec(output)?.[1];
    if (!uri) throw new Error(`start.sh printed no MONGODB_URI: ${output}`);
    process.env.MONGODB_URI = uri;
    process.env.MONGODB_STARTED_BY_JEST = output.includes('already running') ? '' : '1';
  } catch (error) {
    console.warn(`\nCould not start the MongoDB test server, so the MongoDB suites will be skipped: ${error.message}\n`);
  }
};

/** The browser suites need Debian's chromium: installed when missing; if that cannot be done, they fail saying so. */
function ensureChromium() {
  if (process.env.CHROMIUM_PATH) return;
  try {
    execFileSync('bash', [join(__dirname, 'chromium', 'ensure.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch {
    console.warn('\nCould not install chromium: the browser suites (test/web) will fail.\n');
  }
}
