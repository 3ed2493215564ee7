import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/main';

export interface GraphqlResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<T>>;
  /** Like gql, but fails the test on any GraphQL error. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** The real application on a real HTTP port, on a fresh embedded store in a temporary directory. */
export async function startTestApp(dataDir = mkdtempSync(join(tmpdir(), 'e2e-'))): Promise<TestApp> {
  process.env.DATA_DIR = dataDir;
  const app = await createApp(false);
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const gql = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphqlResponse<any>;
  };
  return {
    app,
    url,
    gql,
    async ok(query, variables) {
      const res = await gql(query, variables);
      if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data as any;
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
