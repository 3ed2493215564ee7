import { EventStore } from '../event-store/event-store.port';
import { Projection } from './projection';
import { ReadStore } from './read-store.port';
import { RebuildAlongside, rebuildProjections } from './rebuild';
import { RunnerLogger } from './runner-log';
import { tablesFingerprint } from './tables-fingerprint';

/** A long rebuild logs its position this often, so a slow start-up shows it is working. */
const PROGRESS_LOG_MS = 3_000;

interface PrepareOptions {
  batchSize: number;
  logger: RunnerLogger;
  alongside?: RebuildAlongside;
}

/**
 * Makes every projection's tables ready for the runner to feed: creates those of a projection never
 * seen, and rebuilds those whose version or tables changed, all in one pass over the log. Returns
 * each projection's checkpoint, from which the runner carries on.
 */
export async function prepareProjections(
  eventStore: EventStore,
  readStore: ReadStore,
  projections: readonly Projection[],
  options: PrepareOptions,
): Promise<Map<string, bigint>> {
  const stale: Projection[] = [];
  for (const projection of projections) {
    const { name, tables, version } = projection;
    await readStore.ensureTables(name, tables, version);
    const stored = await readStore.storedVersion(name);
    if (stored?.version === version && stored.fingerprint === tablesFingerprint(tables)) continue;
    const reason = stored?.version !== version ? `version ${stored?.version} -> ${version}` : 'its tables changed';
    options.logger.log(`Rebuilding projection "${name}" (${reason})`);
    stale.push(projection);
  }
  if (stale.length) await rebuild(eventStore, readStore, stale, options);
  const checkpoints = new Map<string, bigint>();
  for (const { name } of projections) checkpoints.set(name, await readStore.checkpoint(name));
  return checkpoints;
}

async function rebuild(eventStore: EventStore, readStore: ReadStore, stale: Projection[], options: PrepareOptions): Promise<void> {
  const names = stale.map((p) => `"${p.name}"`).join(', ');
  const started = Date.now();
  let lastLog = started;
  const onProgress = (done: number, total: number) => {
    if (Date.now() - lastLog < PROGRESS_LOG_MS) return;
    lastLog = Date.now();
    options.logger.log(`Rebuilding ${names}: position ${done} of ${total}`);
  };
  const checkpoint = await rebuildProjections(eventStore, readStore, stale, {
    batchSize: options.batchSize,
    onProgress,
    alongside: options.alongside,
  });
  options.logger.log(`Rebuilt ${names} up to position ${checkpoint} in ${Date.now() - started} ms`);
}
