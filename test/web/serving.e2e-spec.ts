import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_APP_DIR } from '../../src/api/http/web-app';
import { TestApp, startTestApp } from '../support/test-app';
import { ensureWebBuild } from '../support/web-build';

/** The service serves the built application itself: its page and assets without a token, its data only with one. */
describe('the web application as the service serves it', () => {
  let t: TestApp;
  let origin: string;

  beforeAll(async () => {
    ensureWebBuild();
    t = await startTestApp();
    origin = new URL(t.url).origin;
  });
  afterAll(() => t.close());

  it('answers / with the page, revalidated on every visit, under the self-only content policy', async () => {
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<title>主防考评工作台</title>');
    // Nothing from the internet: every script and stylesheet is the service's own.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('serves the hashed assets for a year, without a token', async () => {
    const script = readdirSync(join(WEB_APP_DIR, 'assets')).find((name) => name.startsWith('index-') && name.endsWith('.js'))!;
    const asset = await fetch(`${origin}/assets/${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Compressed at build time, sent as the browser accepts: brotli first, gzip, or as it is.
    expect(asset.headers.get('content-encoding')).toBe('br');
    const gzip = await fetch(`${origin}/assets/${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${origin}/assets/${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(await asset.text());
  });

  it('still asks a token for everything else: the data, the documents, unknown paths', async () => {
    for (const path of ['/graphql?query=%7B__typename%7D', '/letters/x.pdf', '/nowhere', '/assets/../schema.gql']) {
      expect({ path, status: (await fetch(`${origin}${path}`)).status }).toEqual({ path, status: 401 });
    }
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
  });
});
