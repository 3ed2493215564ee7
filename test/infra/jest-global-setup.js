/**
 * `npm test` runs everything this machine can run: without MONGODB_URI it starts the
 * MongoDB-wire-compatible test server (test/infra/mongodb/start.sh) for the MongoDB read-store
 * suite, and stops it afterwards. Where that cannot work (no Go toolchain), the suite is skipped
 * and says why. MONGODB_AUTOSTART=0 turns this off.
 */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.MONGODB_URI || process.env.MONGODB_AUTOSTART === '0') return;
  try {
    const output = execFileSync('bash', [join(__dirname, 'mongodb', 'start.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const uri = /export MONGODB_URI=(\S+)/.exec(output)?.[1];
    if (!uri) throw new Error(`start.sh printed no MONGODB_URI: ${output}`);
    process.env.MONGODB_URI = uri;
    process.env.MONGODB_STARTED_BY_JEST = output.includes('already running') ? '' : '1';
  } catch (error) {
    console.warn(`\nCould not start the MongoDB test server, so the MongoDB suites will be skipped: ${error.message}\n`);
  }
};
