import { Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { AccessRole } from '../src/common/access-role';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

/**
 * A fuzz run with a fixed seed, as an attacker or a broken client would send: random operations of
 * the committed schema with arguments right, wrong, missing, huge or hostile, by random roles, and
 * bodies that are not GraphQL at all. Whatever the request, the service must answer it as a client
 * error or an answer: no 5xx, no internal error, nothing logged as a failure.
 */
const SEED = 20_261_206;
const REQUESTS = 1_500;
const SCHEMA = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
const INTERNAL = /服务内部错误|Internal error|Internal Server Error/;

/** mulberry32: small, fast and the same on every machine for a seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)], chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const UNITS = ['city', 'county-sx', 'county-dt', 'st-a', 'st-b', 'st-c', 'nowhere', ''];
const HOSTILE = [
  '',
  ' ',
  'x'.repeat(5_000),
  '\u0000',
  '{{}}',
  '"; DROP TABLE events; --',
  '../../etc/passwd',
  '13800138000',
  '350102199001011234',
  '沙县分局',
  '𠮷',
  '__proto__',
  'constructor',
];
const SCALAR_VALUES: Record<string, (r: Random) => unknown> = {
  String: (r) => r.pick([...HOSTILE, '加强预警劝阻', 'sample']),
  ID: (r) => r.pick([...UNITS, 'AJ-1', 'YJ-1', 'L-1', 'evt-1', ...HOSTILE]),
  Int: (r) => r.pick([0, 1, -1, 7, 100, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 1e12]),
  Float: (r) => r.pick([0, 1.5, -3, 1e308, Number.MIN_VALUE]),
  Boolean: (r) => r.chance(0.5),
  Day: (r) => r.pick(['2026-05-15', '2026-02-30', '1999-01-01', '2999-12-31', '2026-5-1', 'today']),
  DateTime: (r) =>
    r.pick([
      '2026-05-15T10:00:00+08:00',
      '2030-01-05T10:00:00+08:00',
      '1999-01-05T10:00:00+08:00',
      '2026-05-15',
      'soon',
      '2026-13-01T00:00:00Z',
    ]),
  Money: (r) => r.pick(['100.00', '0.00', '-1.00', '0.001', '99999999999999999999.00', '1e3', 'abc', 100]),
};
/** Something of another type than asked for. */
const wrongValue = (r: Random) => r.pick<unknown>([null, 42, 'text', true, [], {}, [[[[1]]]], { nested: { deeper: 1 } }]);

function valueOf(type: GraphQLInputType, r: Random, depth: number): unknown {
  if (r.chance(0.05)) return wrongValue(r);
  if (isNonNullType(type)) return valueOf(type.ofType, r, depth);
  if (isListType(type)) return Array.from({ length: r.int(4) }, () => valueOf(type.ofType, r, depth + 1));
  if (isEnumType(type)) return r.chance(0.9) ? r.pick(type.getValues()).name : 'NOT_A_VALUE';
  if (isScalarType(type)) return (SCALAR_VALUES[type.name] ?? wrongValue)(r);
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => (isNonNullType(f.type) ? r.chance(0.95) : r.chance(0.5)))
        .map((f) => [f.name, f.name === 'unitId' || f.name === 'countyId' ? r.pick(UNITS) : valueOf(f.type, r, depth + 1)]),
    );
  }
  return null;
}

/** Some fields of the type, objects to a small depth; __typename when nothing else is picked. */
function selectionOf(type: GraphQLOutputType, r: Random, depth: number): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter((f) => r.chance(0.4) && (depth < 3 || !isObjectType(getNamedType(f.type))));
  const parts = fields
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => `${f.name}${selectionOf(f.type, r, depth + 1)}`);
  return ` { __typename ${parts.join(' ')} }`;
}

function operation(r: Random): { query: string; variables: Record<string, unknown> } {
  const kind = r.chance(0.5) ? 'query' : 'mutation';
  const root = kind === 'query' ? SCHEMA.getQueryType()! : SCHEMA.getMutationType()!;
  const field: GraphQLField<unknown, unknown> = r.pick(Object.values(root.getFields()));
  const args = field.args.filter((a) => isNonNullType(a.type) || r.chance(0.5));
  const variables = Object.fromEntries(args.filter(() => r.chance(0.95)).map((a) => [a.name, valueOf(a.type, r, 0)]));
  const definitions = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return { query: `${kind}${definitions ? `(${definitions})` : ''} { ${field.name}${call}${selectionOf(field.type, r, 0)} }`, variables };
}

/** Bodies no GraphQL client sends. */
function malformed(r: Random): { body: string; contentType: string } {
  const deep = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;
  return r.pick([
    { body: '{"query": ', contentType: 'application/json' },
    { body: 'query { units { unitId } }', contentType: 'application/json' },
    { body: JSON.stringify({ query: 42 }), contentType: 'application/json' },
    { body: JSON.stringify({ query: '{ units { unitId } }', variables: 'not json' }), contentType: 'application/json' },
    { body: `{"query":"{ units { unitId } }","variables":{"x":${deep(5_000 + r.int(20_000))}}}`, contentType: 'application/json' },
    { body: JSON.stringify({ query: `{ units(x: ${deep(1_000 + r.int(60_000))}) { unitId } }` }), contentType: 'application/json' },
    { body: JSON.stringify({ query: '{ units { unitId } }', operationName: r.pick(['Nope', 7, null]) }), contentType: 'application/json' },
    { body: JSON.stringify([{ query: '{ units { unitId } }' }]), contentType: 'application/json' },
    {
      body: Buffer.from(Array.from({ length: 64 }, () => r.int(256))).toString('latin1'),
      contentType: r.pick(['application/json', 'text/plain', 'application/octet-stream']),
    },
    {
      body: JSON.stringify({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: units { unitId }`).join(' ')} }` }),
      contentType: 'application/json',
    },
  ]);
}

const ROLES: Array<{ role: AccessRole; units?: string[] }> = [
  { role: 'LEADERSHIP' },
  { role: 'EVALUATION_STAFF' },
  { role: 'ADMINISTRATOR' },
  { role: 'RECORDER', units: ['county-sx'] },
  { role: 'COUNTY_CHIEF', units: ['county-dt'] },
  { role: 'STATION_CHIEF', units: ['st-a'] },
];

describe(`fuzz (seed ${SEED}, ${REQUESTS} requests)`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  it('answers every request as a client error or an answer: no 5xx, no internal error, nothing logged as a failure', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const r = random(SEED);
    const tokens = ROLES.map(({ role, units }) => t.tokens.mint({ subject: `fuzz-${role.toLowerCase()}`, role, units }));
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const { body, contentType } = r.chance(0.1) ? malformed(r) : { body: JSON.stringify(operation(r)), contentType: 'application/json' };
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: `Bearer ${r.pick(tokens)}` },
        body,
      });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500 || INTERNAL.test(text)) failures.push(`#${i} ${res.status} ${body.slice(0, 300)} → ${text.slice(0, 300)}`);
    }
    const errorsLogged = logged.mock.calls.map((call) => String(call[0]).slice(0, 300));
    logged.mockRestore();
    console.log(
      `fuzz seed ${SEED}: ${REQUESTS} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
    expect(errorsLogged).toEqual([]);
  });
});
