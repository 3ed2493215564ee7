import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppConfig } from '../config/app-config';
import { Projection } from '../read-store/projection';
import { ReadStore } from '../read-store/read-store.port';
import { RebuildAlongside } from '../read-store/rebuild';
import { PartitionedSqliteReadStore } from '../read-store/sqlite/partitioned-sqlite-read-store';
import { eventStoreFile } from './embedded-stores';
import type { RebuildWorkerData, RebuildWorkerMessage } from './rebuild-worker';

/**
 * Rebuilds the projections of the read store's partition (the trails: a row per event, mostly
 * SQLite writing) in a worker thread while this thread rebuilds the others (mostly projecting), each
 * into its own file. Only on the embedded stores, where both threads can open the files; undefined
 * elsewhere.
 */
export function rebuildAlongside(config: AppConfig, readStore: ReadStore): RebuildAlongside | undefined {
  if (config.kurrentDbUrl || !(readStore instanceof PartitionedSqliteReadStore)) return undefined;
  return {
    share(projections) {
      const file = (projection: Projection) => readStore.partitionFile(projection.name);
      const shared = projections.filter((projection) => file(projection) !== undefined);
      // One partition per thread, and only when this thread keeps work of its own.
      if (shared.length === projections.length || new Set(shared.map(file)).size !== 1) return [];
      return shared;
    },
    async rebuild(projections, until, onProgress, signal) {
      const readsFile = readStore.partitionFile(projections[0].name);
      if (!readsFile) throw new Error(`Projection "${projections[0].name}" has no file of its own to rebuild in another thread`);
      const data: RebuildWorkerData = {
        eventsFile: eventStoreFile(config),
        readsFile,
        projections: projections.map((p) => p.name),
        until: String(until),
      };
      await runWorker(data, onProgress, signal);
      readStore.reloadPartition(readsFile);
    },
  };
}

/** The built worker, or its TypeScript source through ts-node when this module runs from source (tests). */
const WORKER_FILE = join(__dirname, `rebuild-worker${extname(__filename)}`);
const WORKER_EXEC_ARGV = extname(__filename) === '.ts' ? ['-r', 'ts-node/register/transpile-only'] : [];

function runWorker(data: RebuildWorkerData, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: data, execArgv: WORKER_EXEC_ARGV });
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', abort);
      if (error) reject(error);
      else resolve();
    };
    const abort = () => {
      void worker.terminate();
      settle(new Error('Rebuild in the worker thread stopped: the other part of the rebuild failed'));
    };
    signal.addEventListener('abort', abort);
    worker.on('message', (message: RebuildWorkerMessage) => {
      if ('progress' in message) onProgress(...message.progress);
      else if ('done' in message) settle();
      else settle(new Error(message.error));
    });
    worker.on('error', (error) =>
      settle(error instanceof Error && error.message ? error : new Error(`Rebuild worker thread failed: ${String(error)}`)),
    );
    worker.on('exit', (code) => settle(new Error(`Rebuild worker thread exited with code ${code} before it finished`)));
  });
}
