import { LoadOptions, runGenerator } from './autocannon-run';

/** A load generator in a process of its own (see runLoad): it runs the options it is sent and sends back its run. */
process.once('message', (options: LoadOptions) => {
  runGenerator(options).then(
    (run) => process.send!(run, () => process.exit(0)),
    (error: unknown) => process.send!({ error: error instanceof Error ? error.message : String(error) }, () => process.exit(1)),
  );
});
