import { TestApp, startTestApp } from './support/test-app';

describe('health endpoints', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const get = async (path: string) => {
    const res = await fetch(t.url.replace('/graphql', path));
    return { status: res.status, body: (await res.json()) as any };
  };

  it('answers liveness', async () => {
    expect(await get('/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('is ready once the projections have caught up, and reports their lag', async () => {
    const { status, body } = await get('/health/ready');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ready', projections: { state: 'caughtUp', lag: '0', maxLag: 10000 } });
    expect(BigInt(body.projections.head)).toBeGreaterThan(0n);
  });
});
