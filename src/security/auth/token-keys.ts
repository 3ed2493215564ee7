import { KeyObject, createPublicKey, createSecretKey, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../config/app-config';

export const SECRET_FILE = 'token-secret';
const SECRET_BYTES = 32;

/** Where token keys come from: the data directory's secret (embedded default), or an identity provider's public keys. */
export interface TokenKeySource {
  dataDir: string;
  /** PEM public key of the intranet identity provider: RS256. */
  publicKeyFile?: string;
  /** JWKS file ({"keys": [...]}) of the identity provider, keys chosen by the token's `kid`: RS256. */
  jwksFile?: string;
}

export interface TokenKeys {
  algorithm: 'HS256' | 'RS256';
  /** The key that verifies a token with this header `kid` (undefined: none). */
  keyFor(kid: string | undefined): KeyObject | undefined;
  /** HS256 only: the key `npm run token` signs with. */
  signingKey?: KeyObject;
  /** For the start-up log. */
  description: string;
}

export function loadTokenKeys(source: TokenKeySource): TokenKeys {
  if (source.publicKeyFile && source.jwksFile) throw new ConfigError('set one of JWT_PUBLIC_KEY_FILE and JWT_JWKS_FILE, not both');
  if (source.publicKeyFile) {
    const key = readKey('JWT_PUBLIC_KEY_FILE', source.publicKeyFile, (text) => createPublicKey(text));
    return { algorithm: 'RS256', keyFor: () => key, description: `RS256, public key ${source.publicKeyFile}` };
  }
  if (source.jwksFile) return jwks(source.jwksFile);
  const key = createSecretKey(dataDirSecret(source.dataDir));
  return { algorithm: 'HS256', keyFor: () => key, signingKey: key, description: `HS256, secret ${join(source.dataDir, SECRET_FILE)}` };
}

/**
 * The embedded default's secret, made on first start with the data directory's own permissions
 * (owner-only). Created exclusively, so cluster workers starting together agree on one.
 */
function dataDirSecret(dataDir: string): Buffer {
  const file = join(dataDir, SECRET_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(SECRET_BYTES).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
}

function jwks(file: string): TokenKeys {
  const keys = readKey('JWT_JWKS_FILE', file, (text) => {
    const parsed = JSON.parse(text) as { keys?: Array<Record<string, unknown>> };
    if (!Array.isArray(parsed.keys) || !parsed.keys.length) throw new Error('it holds no "keys"');
    return parsed.keys.map((jwk) => ({
      kid: typeof jwk.kid === 'string' ? jwk.kid : undefined,
      key: createPublicKey({ key: jwk as never, format: 'jwk' }),
    }));
  });
  const keyFor = (kid: string | undefined) => (kid === undefined && keys.length === 1 ? keys[0].key : keys.find((k) => k.kid === kid)?.key);
  return { algorithm: 'RS256', keyFor, description: `RS256, ${keys.length} key(s) from ${file}` };
}

function readKey<T>(variable: string, file: string, parse: (text: string) => T): T {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${variable}=${file} cannot be used: ${error instanceof Error ? error.message : String(error)}`);
  }
}
