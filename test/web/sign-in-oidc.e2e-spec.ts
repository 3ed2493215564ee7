/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page: they see the DOM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { ServiceProcess } from '../../src/cli/bench/service-process';
import { SCREENSHOTS, launchBrowser } from '../support/browser';
import { IdentityProvider, freePort, signingKeys, startIdentityProvider } from '../support/identity-provider';
import { ensureWebBuild } from '../support/web-build';

const SOURCES = { script: join(__dirname, '..', '..', 'src', 'main.ts'), nodeArgs: ['-r', 'ts-node/register/transpile-only'] };
const CLIENT_ID = 'zhufang-web';

/**
 * In production officers sign in through the intranet identity provider: OpenID Connect,
 * authorization code with PKCE, the service verifying the provider's token with its keys (JWKS).
 * A real provider (node-oidc-provider) plays the bureau's, its development login page standing in
 * for the bureau's login.
 */
describe('sign-in through the identity provider (OpenID Connect, code flow with PKCE)', () => {
  let dataDir: string;
  let service: ServiceProcess;
  let provider: IdentityProvider;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuild();
    dataDir = mkdtempSync(join(tmpdir(), 'oidc-e2e-'));
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    const { privateJwk, jwksFile } = signingKeys(dataDir);
    ({ service } = await ServiceProcess.start({
      dataDir,
      queryCache: true,
      ...SOURCES,
      env: {
        JWT_JWKS_FILE: jwksFile,
        JWT_ISSUER: issuer,
        JWT_AUDIENCE: CLIENT_ID,
        OIDC_AUTHORITY: issuer,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_BEARER: 'id_token',
      },
    }));
    provider = await startIdentityProvider({
      port,
      clientId: CLIENT_ID,
      redirectUri: `${service.url}/`,
      privateJwk,
      officer: { name: '郑局长', role: 'LEADERSHIP', units: [] },
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    provider?.stop();
    await service?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('tells the application where to sign in, before anyone has', async () => {
    const settings = await (await fetch(`${service.url}/app-config.json`)).json();
    expect(settings).toEqual({ oidc: { authority: provider.issuer, clientId: CLIENT_ID, scope: 'openid profile', bearer: 'id_token' } });
    const page = await fetch(`${service.url}/`);
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${provider.issuer}`);
  });

  it('signs an officer in at the provider and back, with a PKCE code, and the service accepts the token it gives', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const authorizeRequests: string[] = [];
    page.on('request', (request) => request.url().startsWith(`${provider.issuer}/auth`) && authorizeRequests.push(request.url()));
    await page.goto(`${service.url}/`);
    await page.getByRole('button', { name: '统一身份认证登录' }).click();
    await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
    await page.locator('input[name="login"]').fill('zheng');
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: /continue/i }).click();
    await page.waitForURL(`${service.url}/#/ranking`);
    await page.getByText('郑局长（局领导）').waitFor();
    await page.getByRole('heading', { name: '三级六长排名' }).waitFor();

    const authorize = new URL(authorizeRequests[0]);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    // The code and state are gone from the address bar; the token is in session storage only.
    expect(page.url()).not.toMatch(/[?&](code|state)=/);
    const token = await page.evaluate(() => sessionStorage.getItem('zhufang.token'));
    const answer = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ latestFactDay }' }),
    });
    expect(answer.status).toBe(200);
    await page.screenshot({ path: join(SCREENSHOTS, 'sign-in-oidc.png'), animations: 'disabled' });
    await page.close();
  });
});
