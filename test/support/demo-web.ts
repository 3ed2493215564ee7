/// <reference lib="dom" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { ServiceProcess } from '../../src/cli/bench/service-process';
import { buildDemoCity, demoCountyOrder } from '../../src/cli/demo/demo-organization';
import { seedDemoCity } from '../../src/cli/demo/seed-demo-city';
import { seedDemoSupervision } from '../../src/cli/demo/seed-demo-supervision';
import { createApp } from '../../src/app/app';
import { SignInLink, signInLinks } from '../../src/cli/demo/sign-in-links';
import { loadTokenKeys } from '../../src/security/auth/token-keys';
import { launchBrowser } from './browser';
import { ensureWebBuild } from './web-build';

const SOURCES = { script: join(__dirname, '..', '..', 'src', 'main.ts'), nodeArgs: ['-r', 'ts-node/register/transpile-only'] };

/** The demo's supervision (letters, interviews, listings, visits) as `npm run demo` records it, through an app in this process. */
async function seedSupervision(dataDir: string) {
  const saved = { ...process.env };
  process.env.DATA_DIR = dataDir;
  delete process.env.KURRENTDB_URL;
  delete process.env.MONGODB_URI;
  try {
    const app = await createApp(false);
    await seedDemoSupervision(app);
    await app.close();
  } finally {
    process.env = saved;
  }
}

/** The demo city served by a real service process, a real Chromium, and the demo's sign-in links by role. */
export interface DemoWeb {
  dataDir: string;
  service: ServiceProcess;
  browser: Browser;
  links: Record<string, SignInLink>;
  tokenOf(link: SignInLink): string;
  /** A GraphQL request as the link's officer; throws with the errors when there are any. */
  api<T>(link: SignInLink, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A new page in zh-CN and Asia/Shanghai whose script errors fail the test. */
  open(width?: number, height?: number): Promise<Page>;
  stop(): Promise<void>;
}

/** Seeds the demo city and its supervision as `npm run demo` does, starts the service on it and a browser: for a spec's beforeAll. */
export async function startDemoWeb(): Promise<DemoWeb> {
  ensureWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'web-e2e-'));
  const events = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
  await seedDemoCity(events).finally(() => events.dispose());
  await seedSupervision(dataDir);
  const { service } = await ServiceProcess.start({
    dataDir,
    queryCache: true,
    ...SOURCES,
    env: { BULLETIN_COUNTY_ORDER: demoCountyOrder() },
  });
  const links = Object.fromEntries(signInLinks(service.url, loadTokenKeys({ dataDir }), buildDemoCity()).map((l) => [l.role, l]));
  const browser = await launchBrowser();
  const tokenOf = (link: SignInLink) => link.url.split('token=')[1];
  return {
    dataDir,
    service,
    browser,
    links,
    tokenOf,
    async api<T>(link: SignInLink, query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(link)}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: T; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    async open(width = 1366, height = 768): Promise<Page> {
      const page = await browser.newPage({ viewport: { width, height }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    },
    async stop() {
      await browser.close();
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
