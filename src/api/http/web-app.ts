import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG_PATH } from '../../security/auth/open-paths';

/** Where `npm run build` puts the officers' application (web/dist), from src/api/http or dist/api/http alike. */
export const WEB_APP_DIR = join(__dirname, '..', '..', '..', 'web', 'dist');

/** Whether `npm run build` has built the application (a checkout that only ran the service's tests has not). */
export const isWebAppBuilt = (dir = WEB_APP_DIR): boolean => existsSync(join(dir, 'index.html'));

/**
 * Serves the built application at `/`. Assets carry a content hash in their names and are cached
 * for a year; the page itself is revalidated, so a new build reaches officers on their next visit.
 * Without a build (a checkout that only ran the service's tests) the service runs without it.
 */
export async function serveWebApp(fastify: FastifyInstance, config: AppConfig, dir = WEB_APP_DIR): Promise<boolean> {
  if (!isWebAppBuilt(dir)) return false;
  // What the application needs before anyone signs in: how to sign in. Nothing secret: a public client.
  fastify.get(APP_CONFIG_PATH, (_request, reply) => {
    void reply.header('cache-control', 'no-cache').send({ oidc: config.oidc ?? null });
  });
  await fastify.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // The build writes .br and .gz beside each file (web/compress.mjs): sent to browsers that take them.
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      const hashed = path.startsWith(join(dir, 'assets'));
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}
