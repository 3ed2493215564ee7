import { Logger } from '@nestjs/common';
import { getIntrospectionQuery } from 'graphql';
import { RANKING_QUERY } from '../src/cli/bench/ranking-queries';
import { Clock } from '../src/common/clock';
import { EventStore } from '../src/event-store/event-store.port';
import { OrganizationReader } from '../src/organization/queries/organization.reader';
import { LettersReader } from '../src/supervision/letters/queries/letters.reader';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const SQL_ERROR = 'SQLITE_ERROR: no such table: x';
const GENERIC =
  /^服务内部错误，请将错误编号 ([0-9a-f-]{36}) 告知管理员 \/ Internal error \(reference \1\); the details are in the service log$/;

/** The application built with these environment variables (it reads its configuration while built). */
async function startWith(env: Record<string, string>): Promise<TestApp> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await startTestApp();
  } finally {
    process.env = saved;
  }
}

/** Raw HTTP against a test app, to see status codes and headers; with a token once the app asks for one. */
function http(t: TestApp) {
  const origin = t.url.replace(/\/graphql$/, '');
  const tokens = (t as { tokens?: { mint(request: Record<string, unknown>): string } }).tokens;
  const auth = (subject: string): Record<string, string> =>
    tokens ? { authorization: `Bearer ${tokens.mint({ subject, role: 'EVALUATION_STAFF' })}` } : {};
  return {
    hasTokens: tokens !== undefined,
    get: (path: string, subject = 'kp-hardening') => fetch(`${origin}${path}`, { headers: auth(subject) }),
    post: (body: string, subject = 'kp-hardening') =>
      fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(subject) }, body }),
    graphql: (query: string, variables?: Record<string, unknown>, subject = 'kp-hardening') =>
      fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth(subject) },
        body: JSON.stringify({ query, variables }),
      }),
  };
}

const json = (res: Response): Promise<any> => res.json();

/** units { children { children … } } nested `levels` deep below units. */
const unitTree = (levels: number, leaf = 'unitId') => `{ units { ${'children { '.repeat(levels)}${leaf}${' }'.repeat(levels)} } }`;

describe('hardening', () => {
  let t: TestApp;
  let api: ReturnType<typeof http>;
  let head: () => Promise<bigint>;

  beforeAll(async () => {
    t = await startTestApp();
    api = http(t);
    const store = t.app.get(EventStore);
    head = () => store.headPosition();
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-04-21');
    await buildSmallCity(t);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  describe('query limits', () => {
    it('refuses a query deeper than 15 with 400, naming the limit and the depth', async () => {
      const res = await api.graphql(unitTree(14));
      expect(res.status).toBe(400);
      const body = await json(res);
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: '查询嵌套过深：深度 16 超过上限 15 / Query too deep: depth 16 exceeds the limit of 15',
          extensions: { code: 'QUERY_TOO_DEEP', depth: 16, limit: 15 },
        }),
      ]);
    });

    it('refuses a query too complex with 400, naming the limit and the complexity', async () => {
      // The organisation tree with its chiefs, one level deeper than the tree goes.
      const query = unitTree(3, 'chiefs { name }');
      const res = await api.graphql(query);
      expect(res.status).toBe(400);
      const { data, errors } = await json(res);
      expect(data).toBeNull();
      expect(errors[0]).toEqual(
        expect.objectContaining({
          message: '查询过于复杂：复杂度 211110 超过上限 50000 / Query too complex: complexity 211110 exceeds the limit of 50000',
          extensions: { code: 'QUERY_TOO_COMPLEX', complexity: 211110, limit: 50000 },
        }),
      );
    });

    it('runs nothing of a refused query: four thousand aliased mutations record no event', async () => {
      const before = await head();
      const aliases = Array.from({ length: 4000 }, (_, i) => `u${i}:createUnit(input:$input){...R}`).join(' ');
      const input = { unitId: 'county-new', level: 'COUNTY', name: '新县公安局', parentId: 'city', effectiveFrom: '2026-04-21' };
      const res = await api.graphql(
        `mutation($input: CreateUnitInput!) { ${aliases} } fragment R on RecordResult { eventIds streamId position }`,
        { input },
      );
      expect(res.status).toBe(400);
      expect((await json(res)).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(await head()).toBe(before);
      expect((await t.ok('{ units { unitId } }')).units.map((u: { unitId: string }) => u.unitId)).not.toContain('county-new');
    });

    it("lets the real screens through: the bench's ranking, the organisation tree, and GraphiQL's introspection in development", async () => {
      const ranking = await t.gql(RANKING_QUERY, { role: 'STATION_CHIEF', period: { kind: 'MONTH', day: '2026-04-21' } });
      expect(ranking.errors).toBeUndefined();
      expect(ranking.data!.ranking.rows).toHaveLength(3);
      const tree = await t.gql(`{ units(level: CITY) { name children { name children { name chiefs { name } } } } }`);
      expect(tree.errors).toBeUndefined();
      const introspection = await api.graphql(
        getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }),
      );
      expect(introspection.status).toBe(200);
      expect((await json(introspection)).data.__schema.queryType.name).toBe('Query');
    });
  });

  describe('body size', () => {
    it('refuses a body over 1 MiB with 413 and a JSON error, and takes one as large as a long letter', async () => {
      const res = await api.post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1024 * 1024) } }));
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await json(res)).toEqual({ data: null, errors: [{ message: '请求体过大 / Request body is too large' }] });

      // 28,000 characters of Chinese, every one \u-escaped: the largest a screen sends.
      const longText = JSON.stringify({ query: '{ __typename }', variables: { text: '发'.repeat(28_000) } }).replace(/发/g, '\\u53d1');
      expect(longText.length).toBeGreaterThan(165_000);
      expect((await api.post(longText)).status).toBe(200);
    });
  });

  describe('errors', () => {
    let logged: jest.SpyInstance;
    beforeEach(() => {
      logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    });
    afterEach(() => logged.mockRestore());

    /** The reference a generic answer gives, after checking it leaks nothing. */
    const referenceIn = (message: string) => {
      expect(message).not.toMatch(/SQLITE|no such table|\.ts:|\bat /);
      const reference = GENERIC.exec(message)?.[1];
      expect(reference).toBeDefined();
      // The stack is in the service log, under the same reference.
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^\\[${reference}\\] Error: ${SQL_ERROR}\\n\\s+at `)));
      return reference;
    };

    it('answers a failing query with a reference to the log, never the SQL or the stack', async () => {
      const units = jest.spyOn(t.app.get(OrganizationReader), 'units').mockRejectedValue(new Error(SQL_ERROR));
      // A query text of its own: an answer kept by the response cache would not reach the reader.
      const { data, errors } = await t.gql('{ failing: units { unitId } }');
      units.mockRestore();
      expect(data).toBeNull();
      expect(errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reference: referenceIn(errors![0].message) });
      expect(JSON.stringify(errors)).not.toContain('SQLITE');
    });

    it('does the same for a field resolver, which Nest runs without the exception filter', async () => {
      const scope = jest.spyOn(t.app.get(OrganizationReader), 'scopeOn').mockRejectedValue(new Error(SQL_ERROR));
      const { errors } = await t.gql('{ chiefs { chiefId scope(onDay: "2026-04-21") } }');
      scope.mockRestore();
      expect(errors![0]).toMatchObject({ path: ['chiefs', expect.anything(), 'scope'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      referenceIn(errors![0].message);
      expect(JSON.stringify(errors)).not.toContain('SQLITE');
    });

    it('answers a failing REST route with 500, the reference and nothing else', async () => {
      const byId = jest.spyOn(t.app.get(LettersReader), 'byId').mockRejectedValue(new Error(SQL_ERROR));
      const res = await api.get('/letters/L-1.pdf');
      byId.mockRestore();
      expect(res.status).toBe(500);
      const body = await json(res);
      expect(body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        message: expect.any(String),
        reference: referenceIn(body.message),
      });
    });

    it("keeps the framework's own refusals of REST and GraphQL requests plain JSON without internals", async () => {
      const missing = await api.get('/nowhere');
      expect(missing.status).toBe(404);
      expect(await json(missing)).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /nowhere' });
      const unknownLetter = await api.get('/letters/nope.pdf');
      expect(unknownLetter.status).toBe(404);
      expect(await json(unknownLetter)).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: '工作提示函 "nope" 不存在 / letter "nope" does not exist',
      });
      const badUrl = await api.get('/letters/%E0%A4%A.pdf');
      expect(badUrl.status).toBe(400);
      expect(JSON.stringify(await json(badUrl))).not.toMatch(/\bat |node_modules|\.js:/);
      const badJson = await api.post('{"query": ');
      expect(badJson.status).toBe(400);
      expect(await json(badJson)).toEqual({ data: null, errors: [{ message: expect.stringContaining('not valid JSON') }] });
      expect(logged).not.toHaveBeenCalled();
    });
  });

  describe('personal data in free text', () => {
    const DRAFT = 'mutation($input: DraftLetterInput!) { draftLetter(input: $input) { letterId letter { htmlUrl } } }';
    const draft = (letterId: string, findings: string) => ({
      letterId,
      unitId: 'county-sx',
      title: '关于电诈发案的工作提示',
      findings,
      requirements: ['加强预警劝阻'],
      deadline: '2026-05-10',
      evidence: { unitId: 'county-sx', period: { kind: 'MONTH', day: '2026-04-21' } },
    });

    it('refuses a letter whose findings hold a phone number, naming the field, and records nothing', async () => {
      const before = await head();
      const res = await api.graphql(DRAFT, { input: draft('L-PD', '4月以来发案2起,受害人手机139 1234 5678已回访。') });
      expect(res.status).toBe(400);
      const { data, errors } = await json(res);
      expect(data).toBeNull();
      expect(errors[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        problems: [
          {
            field: 'input.findings',
            problem: '含有电话号码，不得填写身份证号、电话号码等个人信息 / holds a phone number: personal data must not be recorded',
          },
        ],
      });
      expect(errors[0].message).not.toContain('1234');
      expect(await head()).toBe(before);
      expect((await t.gql('query($id: ID!) { letter(letterId: $id) { letterId } }', { id: 'L-PD' })).errors![0].extensions!.code).toBe(
        'NOT_FOUND',
      );
    });

    it('records the same letter once the number is gone', async () => {
      const { data, errors } = await t.gql(DRAFT, {
        input: draft('L-OK', '4月以来发案2起,受害人已回访,案件编号A3504025500002026040012。'),
      });
      expect(errors).toBeUndefined();
      expect(data!.draftLetter.letterId).toBe('L-OK');
    });
  });

  describe('security headers', () => {
    it("sends helmet's headers and a policy allowing nothing from elsewhere", async () => {
      const res = await api.get('/health/live');
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).not.toMatch(/https:|http:|upgrade-insecure-requests/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    });

    it('lets the letter page show: its inline style is allowed, and it needs nothing else', async () => {
      await t.ok('mutation($input: DraftLetterInput!) { draftLetter(input: $input) { letterId } }', {
        input: {
          letterId: 'L-PAGE',
          unitId: 'county-sx',
          title: '关于电诈发案的工作提示',
          findings: '4月以来发案2起。',
          requirements: ['加强预警劝阻'],
          deadline: '2026-05-10',
          evidence: { unitId: 'county-sx', period: { kind: 'MONTH', day: '2026-04-21' } },
        },
      });
      const res = await api.get('/letters/L-PAGE.html');
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<style>');
      expect(html).not.toMatch(/<script|<link|src=|url\(/);
      expect(res.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
    });

    it('serves no GraphQL IDE, whose assets would come from the internet', async () => {
      expect((await api.get('/graphiql')).status).not.toBe(200);
    });
  });
});

describe('hardening in production (NODE_ENV=production)', () => {
  let t: TestApp;
  let api: ReturnType<typeof http>;

  beforeAll(async () => {
    t = await startWith({ NODE_ENV: 'production' });
    api = http(t);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('refuses introspection and serves no GraphQL IDE', async () => {
    const { data, errors } = await json(await api.graphql('{ __schema { types { name } } }'));
    expect(data).toBeNull();
    expect(errors[0].message).toBe(
      '生产环境不提供接口结构查询 / GraphQL introspection has been disabled, but the requested query contained the field "__schema".',
    );
    expect((await api.get('/graphiql')).status).toBe(404);
    const typename = await api.graphql('{ __typename }');
    expect(await json(typename)).toEqual({ data: { __typename: 'Query' } });
  });

  it('suggests no field or type names that would reveal the schema', async () => {
    const misspelt = await api.graphql('{ rankin(role: STATION_CHIEF) { rows { rank } } }');
    expect(misspelt.status).toBe(400);
    expect((await json(misspelt)).errors.map((e: { message: string }) => e.message)).toEqual([
      '类型 Query 没有字段 rankin / Cannot query field "rankin" on type "Query".',
    ]);
    const { errors } = await json(await api.graphql('query($p: PeriodInpt!) { __typename }', { p: {} }));
    expect(errors[0].message).not.toMatch(/Did you mean|PeriodInput/);
  });

  it('answers failures with the same reference and nothing more', async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const units = jest.spyOn(t.app.get(OrganizationReader), 'units').mockRejectedValue(new Error(SQL_ERROR));
    const { errors } = await json(await api.graphql('{ failing: units { unitId } }'));
    units.mockRestore();
    expect(errors[0].message).toMatch(GENERIC);
    expect(JSON.stringify(errors)).not.toContain('SQLITE');
  });
});

describe('rate limit (RATE_LIMIT_PER_MINUTE=3)', () => {
  let t: TestApp;
  let api: ReturnType<typeof http>;

  beforeAll(async () => {
    t = await startWith({ RATE_LIMIT_PER_MINUTE: '3' });
    api = http(t);
  });
  afterAll(() => t.close());

  it('refuses the fourth request of a minute with 429, Retry-After and a message in Chinese and English', async () => {
    for (let i = 0; i < 3; i++) expect((await api.graphql('{ __typename }')).status).toBe(200);
    const refused = await api.graphql('{ __typename }');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const { data, errors } = await json(refused);
    expect(data).toBeNull();
    expect(errors[0].message).toMatch(
      /^请求过于频繁：每人每分钟最多 3 次，请 \d+ 秒后再试 \/ Too many requests: at most 3 a minute for each user; retry in \d+ s$/,
    );
    expect(errors[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });

    const rest = await api.get('/letters/nope.html');
    expect(rest.status).toBe(429);
    expect(await json(rest)).toMatchObject({
      statusCode: 429,
      error: 'Too Many Requests',
      message: expect.stringContaining('Too many requests'),
    });
  });

  it('never counts health checks', async () => {
    for (let i = 0; i < 5; i++) expect((await api.get('/health/live')).status).toBe(200);
  });

  it('counts each subject on its own', async () => {
    if (!api.hasTokens) return; // before authentication every request counts by its address
    expect((await api.graphql('{ __typename }', undefined, 'kp-other')).status).toBe(200);
    expect((await api.graphql('{ __typename }')).status).toBe(429);
  });
});
