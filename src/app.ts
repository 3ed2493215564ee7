import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';

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

/**
 * Builds the application on Fastify; shared by `main`, the e2e tests and the benchmark. A cluster
 * worker handles its own shutdown (see serveAsWorker), so it builds without Nest's signal hooks.
 */
export async function createApp(logger: false | undefined = undefined, { shutdownHooks = true } = {}) {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ bodyLimit: 1024 * 1024 }),
    // abortOnError off: a start-up failure reaches the caller, which prints it in one line.
    { logger: logger ?? new ServiceLogger('', { logLevels: ['log', 'warn', 'error'] }), abortOnError: false },
  );
  if (shutdownHooks) app.enableShutdownHooks();
  return app;
}
