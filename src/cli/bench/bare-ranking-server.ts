import Fastify from 'fastify';
import mercurius from 'mercurius';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The service's schema as published: the bare server answers the same queries against the same types. */
const SCHEMA = join(__dirname, '..', '..', '..', 'schema.gql');

/** Object keys sorted, so the arguments GraphQL coerced find the answer whatever order they came in. */
export function canonicalArguments(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalArguments).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalArguments((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The ceiling the ranking's throughput is measured against: Fastify and Mercurius (jit) on the
 * service's schema, answering each ranking query with the service's own answer, computed
 * beforehand (BARE_ANSWERS: a JSON array of [arguments, ranking]). Parsing, validation, execution
 * and serialisation of the same 34 KiB answers remain; authorisation, argument checks and the
 * ranking itself are what it leaves out.
 */
async function main() {
  const answers = new Map(
    (JSON.parse(readFileSync(process.env.BARE_ANSWERS as string, 'utf8')) as Array<[unknown, unknown]>).map(([args, ranking]) => [
      canonicalArguments(args),
      ranking,
    ]),
  );
  const app = Fastify();
  await app.register(mercurius, {
    schema: readFileSync(SCHEMA, 'utf8'),
    resolvers: { Query: { ranking: (_: unknown, args: unknown) => answers.get(canonicalArguments(args)) } },
    jit: 1,
  });
  app.get('/health/ready', () => ({ status: 'ready' }));
  await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
  console.log(`GraphQL ready (bare Fastify + Mercurius, ${answers.size} precomputed answers)`);
}

main().catch((error: unknown) => {
  console.error(`Cannot start the bare server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
