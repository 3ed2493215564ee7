import { Logger } from '@nestjs/common';
import { TestApp, startTestApp } from './support/test-app';

/** Requests no client of ours sends, as a fuzzer or an attacker would: each gets a 400 naming its problem. */
describe('malformed requests', () => {
  let t: TestApp;
  let logged: jest.SpyInstance;
  let post: (body: string) => Promise<{ status: number; body: any }>;

  beforeAll(async () => {
    t = await startTestApp();
    const tokens = (t as { tokens?: { mint(request: Record<string, unknown>): string } }).tokens!;
    const authorization = `Bearer ${tokens.mint({ subject: 'kp-fuzz', role: 'EVALUATION_STAFF' })}`;
    post = async (body) => {
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });
      return { status: res.status, body: await res.json() };
    };
  });
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });
  afterAll(() => t.close());

  const refusal = (answer: { status: number; body: any }) => ({
    status: answer.status,
    messages: answer.body.errors?.map((e: { message: string }) => e.message),
  });

  it('refuses variables nested thousands deep', async () => {
    const deep = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
    const answer = await post(`{"query":"query($d: Int) { units { unitId } }","variables":{"d":${deep}}}`);
    expect(refusal(answer)).toEqual({ status: 400, messages: [expect.stringMatching(/^变量嵌套过深.*variables nested deeper than 32/)] });
  });

  it('refuses a query that is not a string', async () => {
    expect(refusal(await post('{"query":42}'))).toEqual({ status: 400, messages: [expect.stringMatching(/query.*string/)] });
  });

  it('refuses a list literal nested sixty thousand deep', async () => {
    const query = `{ ranking(role: STATION_CHIEF, period: { kind: DAY, day: ${'['.repeat(60_000)}"2026-04-21"${']'.repeat(60_000)} }) { rows { rank } } }`;
    expect(refusal(await post(JSON.stringify({ query })))).toEqual({ status: 400, messages: [expect.stringMatching(/^查询嵌套过深/)] });
  });

  it('names an operation the document does not hold', async () => {
    const answer = await post(JSON.stringify({ query: 'query A { units { unitId } }', operationName: 'B' }));
    expect(refusal(answer)).toEqual({ status: 400, messages: [expect.stringMatching(/B/)] });
  });

  it('refuses a thousand aliased rankings before computing any', async () => {
    const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `r${i}: ranking(role: STATION_CHIEF, period: { kind: DAY, day: "${day(i)}" }) { rows { rank score } }`,
    ).join(' ');
    const answer = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].message).toMatch(/QUERY_TOO|过于复杂|字段过多/);
  });
});
