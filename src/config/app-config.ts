import { resolve } from 'node:path';

/** Typed configuration from the environment, read once at start-up. */
export interface AppConfig {
  dataDir: string;
  host: string;
  port: number;
  production: boolean;
  /** Appends the deterministic demo city on start when the store has no organisation yet. */
  seedDemo: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a TCP port number, got "${env.PORT}"`);
  return {
    dataDir: resolve(env.DATA_DIR ?? './data'),
    host: env.HOST ?? '127.0.0.1',
    port,
    production: env.NODE_ENV === 'production',
    seedDemo: env.SEED_DEMO === '1' || env.SEED_DEMO === 'true',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
