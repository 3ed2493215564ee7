import { loadConfig } from '../config/app-config';
import { leaseOwnerName } from '../read-store/lease-holder';
import { ProjectionLeadership } from '../read-store/projection-leadership';
import { progressBar } from '../read-store/progress-bar';
import { rebuildProjections } from '../read-store/rebuild';
import { ALL_PROJECTIONS } from '../app/projections';
import { openEventStore, openReadStore } from '../app/embedded-stores';
import { rebuildAlongside } from '../app/rebuild-alongside';

/**
 * `npm run rebuild [-- projection...]`: rebuilds projections from one read of the whole event log
 * into a new generation of tables each, then switches reads to them. A running service keeps the
 * old tables open, so the rebuild holds the projection lease while it works and refuses to start
 * while a service holds it.
 */
const LEASE_TTL_MS = 15_000;
async function main() {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !ALL_PROJECTIONS.some((p) => p.name === n));
  if (unknown.length)
    throw new Error(`unknown projection(s) ${unknown.join(', ')}; known: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`);
  const chosen = names.length ? ALL_PROJECTIONS.filter((p) => names.includes(p.name)) : ALL_PROJECTIONS;
  const config = loadConfig();
  const events = openEventStore(config);
  const reads = openReadStore(config);
  const lease = new ProjectionLeadership(reads, leaseOwnerName('rebuild'), LEASE_TTL_MS, console);
  if (!(await lease.acquire())) {
    const holder = await lease.holder();
    await events.dispose();
    await reads.dispose();
    throw new Error(
      `服务正在运行（${holder}），请先停止服务再重建读模型 / a service is running (${holder}) and holds the projection lease: stop it before rebuilding`,
    );
  }
  const renewal = setInterval(() => void lease.acquire(), LEASE_TTL_MS / 3);
  try {
    const label = chosen.length === 1 ? chosen[0].name : `${chosen.length} projections`;
    const bar = progressBar(`Rebuilding ${label}`);
    const started = Date.now();
    const checkpoint = await rebuildProjections(events, reads, chosen, {
      onProgress: (done, total) => bar.update(done, total),
      alongside: rebuildAlongside(config, reads),
    });
    bar.stop();
    console.log(
      `${chosen.map((p) => p.name).join(', ')}: rebuilt to position ${checkpoint} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    clearInterval(renewal);
    await lease.release();
    await events.dispose();
    await reads.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
