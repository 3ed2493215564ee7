import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/app-config';

/**
 * Start-up failures (a wrong or unreachable store URL) reach main(), which prints them in one line:
 * Nest's own report of them, with its stack trace, is left out.
 */
class ServiceLogger extends ConsoleLogger {
  error(message: unknown, ...rest: unknown[]) {
    if (rest[rest.length - 1] === 'ExceptionHandler') return;
    super.error(message, ...rest);
  }
}

/** Builds the application on Fastify; shared by `main`, the e2e tests and the benchmark. */
export async function createApp(logger: false | undefined = undefined) {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ bodyLimit: 1024 * 1024 }),
    // abortOnError off: a start-up failure reaches the caller, which prints it in one line.
    { logger: logger ?? new ServiceLogger('', { logLevels: ['log', 'warn', 'error'] }), abortOnError: false },
  );
  app.enableShutdownHooks();
  return app;
}

async function main() {
  const config = loadConfig();
  const app = await createApp();
  await app.listen(config.port, config.host);
  console.log(`GraphQL ready at http://${config.host}:${config.port}/graphql (data in ${config.dataDir})`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    // Operators get one line naming the problem, not a stack trace.
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    console.error(`Cannot start: ${message}`);
    process.exit(1);
  });
}
