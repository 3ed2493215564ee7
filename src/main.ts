import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/app-config';

/** Builds the application on Fastify; shared by `main`, the e2e tests and the benchmark. */
export async function createApp(logger: false | undefined = undefined) {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ bodyLimit: 1024 * 1024 }),
    { logger: logger ?? ['log', 'warn', 'error'] },
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
