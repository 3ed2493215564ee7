const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

/** Stops the MongoDB test server if the global setup started it. */
module.exports = async function globalTeardown() {
  if (process.env.MONGODB_STARTED_BY_JEST !== '1') return;
  execFileSync('bash', [join(__dirname, 'mongodb', 'stop.sh'), '--wipe'], { stdio: 'inherit' });
};
