import { INestApplication } from '@nestjs/common';
import { WORKER_READY, isShutDown } from './cluster-messages';

/**
 * A listening worker: tells the primary it is ready, and closes the application once, whichever
 * comes first of a signal (a terminal's Ctrl-C reaches every worker), the primary's request, or
 * the primary disappearing. Nest's own shutdown hooks are off here: with them a second signal
 * would close the application twice.
 */
export function serveAsWorker(app: INestApplication): void {
  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Worker ${process.pid} failed to close: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
  process.on('disconnect', close);
  process.on('message', (message: unknown) => isShutDown(message) && close());
  process.send!(WORKER_READY);
}
