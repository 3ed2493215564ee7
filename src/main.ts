import cluster from 'node:cluster';
import { ClusterPrimary } from './app/cluster/cluster-primary';
import { serveAsWorker } from './app/cluster/cluster-worker';
import { ConfigError, loadConfig } from './config/app-config';

/** The service (`npm start`): one process, or with WORKERS > 1 a primary and its workers. */
async function main() {
  const config = loadConfig();
  const ready = (workers: string) => `GraphQL ready at http://${config.host}:${config.port}/graphql (${workers}data in ${config.dataDir})`;
  if (cluster.isPrimary && config.workers > 1) {
    await new ClusterPrimary(config.workers).start();
    console.log(ready(`${config.workers} workers, `));
    return;
  }
  // Loaded only here: the primary of a cluster never builds the application, and stays small.
  const { createApp } = await import('./app/app');
  const app = await createApp(undefined, { shutdownHooks: cluster.isPrimary });
  await app.listen(config.port, config.host);
  if (cluster.isWorker) serveAsWorker(app);
  else console.log(ready(''));
}

main().catch((error: unknown) => {
  // Operators get one line naming the problem, not a stack trace.
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(`Cannot start: ${message}`);
  process.exit(1);
});
