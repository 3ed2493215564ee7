import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { AppModule } from './app.module';
import { limitRequestRate } from '../api/http/rate-limit';
import { addSecurityHeaders } from '../api/http/security-headers';
import { refuseMalformedRequests } from '../api/request-shape.hook';
import { serveWebApp } from '../api/http/web-app';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * The largest bodies are a system's recordFacts batch: 1,000 facts (BATCH_MAX_FACTS) of 200 to 500
 * bytes each, ids, times, reasons and all. Screens send at most a letter draft or an interview
 * record, some 28,000 characters (170 KB with every character \u-escaped). Anything larger is refused
 * with 413; an import's file is uploaded as a stream, not as a GraphQL body.
 */
const BODY_LIMIT = 1024 * 1024;

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
    new FastifyAdapter({ bodyLimit: BODY_LIMIT }),
    // abortOnError off: a start-up failure reaches the caller, which prints it in one line.
    { logger: logger ?? new ServiceLogger('', { logLevels: ['log', 'warn', 'error'] }), abortOnError: false },
  );
  if (shutdownHooks) app.enableShutdownHooks();
  const config = app.get<AppConfig>(APP_CONFIG);
  // Before the routes, which Nest and Mercurius add when the application starts.
  const fastify = app.get(HttpAdapterHost).httpAdapter.getInstance<FastifyInstance>();
  addSecurityHeaders(fastify, config.oidc?.authority);
  refuseMalformedRequests(fastify);
  if (config.rateLimitPerMinute > 0) await limitRequestRate(fastify, config.rateLimitPerMinute);
  await serveWebApp(fastify, config);
  return app;
}
