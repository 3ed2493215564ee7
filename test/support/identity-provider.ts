import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';

/** A port nothing listens on now, for a server whose address others must know before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface IdentityProvider {
  issuer: string;
  stop(): void;
}

/** Its signing key: the private half for the provider, the public half as the JWKS file the service verifies with. */
export function signingKeys(dir: string): { privateJwk: object; jwksFile: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'test-idp-1';
  const jwksFile = join(dir, 'idp-jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] }));
  return { privateJwk: { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }, jwksFile };
}

/** Starts test/infra/oidc/provider.mjs on `port` and resolves once it listens. */
export async function startIdentityProvider(options: {
  port: number;
  clientId: string;
  redirectUri: string;
  privateJwk: object;
  officer: Record<string, unknown>;
}): Promise<IdentityProvider> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, '..', 'infra', 'oidc', 'provider.mjs')], {
    env: {
      ...process.env,
      PORT: String(options.port),
      CLIENT_ID: options.clientId,
      REDIRECT_URI: options.redirectUri,
      JWK: JSON.stringify(options.privateJwk),
      OFFICER: JSON.stringify(options.officer),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`the identity provider exited (${code}): ${errors}`)));
  });
  return { issuer: `http://127.0.0.1:${options.port}`, stop: () => child.kill() };
}
