import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, GraphQLSchema, buildSchema } from 'graphql';
import { createSecretKey, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../src/common/business-day';
import { Clock } from '../src/common/clock';
import { TokenKeys } from '../src/security/auth/token-keys';
import { mintToken } from '../src/security/auth/token-minter';
import { EntityUnits } from '../src/security/authorization/entity-units';
import { POLICIES } from '../src/security/authorization/policies';
import { EntityKind, Policy, argumentAt } from '../src/security/authorization/policy';
import { AccessRole } from '../src/common/access-role';
import {
  ALLOWED,
  Caller,
  ENTITY_UNITS,
  FORBIDDEN,
  Outcome,
  ROLES,
  UNAUTHENTICATED,
  callersOf,
  expectedOutcome,
  ownCaller,
  targetOf,
} from './support/authorization-matrix';
import { GraphqlWsClient } from './support/graphql-ws-client';
import { describeGaps, operationsOf, policyGaps, rootFieldsOf } from './support/operation-rules';
import { operationText, sampleArguments, scalarsWithoutSample } from './support/sample-arguments';
import { buildSmallCity } from './support/small-city';
import { GraphqlResponse, TestApp, startTestApp } from './support/test-app';

/**
 * Issue 6, item 5: every query, mutation, subscription and REST route × every role, no token, an
 * expired and a forged token, and a token for another unit, each sent to the running app and
 * answered as the policy table (src/security/authorization/policies.ts) says. Test names must be
 * known before the app starts, so the operations are read from the committed schema.gql, which
 * test/schema.e2e-spec.ts keeps equal to the code; a test below checks it against the running app.
 */
const COMMITTED_SCHEMA = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
const isRoute = (operation: string) => /^[A-Z]+ \//.test(operation);
const OPERATIONS = [...rootFieldsOf(COMMITTED_SCHEMA), ...Object.keys(POLICIES).filter(isRoute)];

const TODAY = '2026-05-15';
const HOUR_S = 3_600;
const WAIT_MS = 5_000;
/** Tokens with the right claims that the app must not accept: signed with a secret of their own. */
const FOREIGN_KEYS: TokenKeys = {
  algorithm: 'HS256',
  keyFor: () => undefined,
  signingKey: createSecretKey(randomBytes(32)),
  description: 'another secret',
};

const fieldOf = (schema: GraphQLSchema, operation: string) => {
  const [type, field] = operation.split('.');
  return (schema.getType(type) as GraphQLObjectType | undefined)?.getFields()[field];
};

/** Whether a unit-bound caller can leave every unit argument of the rule's scope out: the schema requires none of them. */
function omittable(operation: string, policy: Policy | undefined): boolean {
  const field = fieldOf(COMMITTED_SCHEMA, operation);
  if (!field || policy?.scope?.kind !== 'argument') return false;
  try {
    const args = sampleArguments(field);
    return policy.scope.paths.every((path) => argumentAt(args, path) === undefined);
  } catch {
    return false; // a scalar without a sample: its own test says so
  }
}

const CASES = OPERATIONS.flatMap((operation) => {
  const policy = POLICIES[operation];
  return callersOf(policy, omittable(operation, policy)).map((caller) => {
    const expected = expectedOutcome(policy, caller, targetOf(policy));
    return { title: `${operation} as ${caller.label}: ${expected}`, operation, caller, expected };
  });
});

const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const DRAFT_LETTER = `mutation($input: DraftLetterInput!) { draftLetter(input: $input) { letterId } }`;
const ORDER_INTERVIEW = `mutation($input: OrderInterviewInput!) { orderInterview(input: $input) { streamId } }`;
const LIST = `mutation($input: ListForRectificationInput!) { listForRectification(input: $input) { streamId } }`;
const FILE_APPEAL = `mutation($input: FileAppealInput!) { fileAppeal(input: $input) { appealId } }`;
const RAISE_PROBLEM = `mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { problemId } }`;
const PUBLISH = `mutation($day: Day!) { publishBulletin(day: $day) { streamId } }`;

const evidence = (unitId: string) => ({ unitId, period: { kind: 'MONTH', day: '2026-05-01' } });

interface Answer {
  outcome: Outcome;
  /** What the app said, shown when the outcome is not the expected one. */
  answer: string;
}

const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** Refused when an error carries a refusal code; anything else (data, or a NOT_FOUND, a BAD_USER_INPUT…) got past the guard. */
function answerOf({ data, errors }: GraphqlResponse): Answer {
  const refusal = errors?.find((e) => REFUSAL_CODES.has(String(e.extensions?.code)));
  if (refusal) return { outcome: `refused: ${String(refusal.extensions!.code)}` as Outcome, answer: refusal.message };
  return { outcome: ALLOWED, answer: errors ? `${String(errors[0].extensions?.code)}: ${errors[0].message}` : JSON.stringify(data) };
}

describe('authorization matrix: every operation × every caller', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const entityIds: Partial<Record<EntityKind, string>> = {};
  let bulletinDay = '2026-04-01';

  /** Subscriptions that send nothing until something happens, and what makes them send. */
  const FIRST_RESULT_TRIGGERS: Record<string, () => Promise<unknown>> = {
    'Subscription.bulletinPublished': () => t.ok(PUBLISH, { day: (bulletinDay = addDays(bulletinDay, 1)) }),
  };

  const tokenOf = (caller: Caller): string | undefined => {
    const request = { subject: `matrix-${caller.role.toLowerCase()}`, role: caller.role, units: caller.units, kind: caller.kind };
    switch (caller.token) {
      case 'none':
        return undefined;
      case 'valid':
        return t.tokens.mint(request);
      case 'expired':
        return t.tokens.mint({ ...request, expiresInSeconds: -HOUR_S });
      case 'forged':
        return mintToken(FOREIGN_KEYS, { ...request, expiresInSeconds: HOUR_S });
    }
  };

  /** The scope's unit, or the id of the suite's item of that unit, where the rule looks for it. */
  const placed = (operation: string, caller: Caller): Record<string, unknown> => {
    const target = targetOf(POLICIES[operation]);
    if (!target || caller.names === 'nothing') return {};
    if (caller.names === 'missing item') return { [target.path]: 'no-such-item' };
    return { [target.path]: target.entity ? entityIds[target.entity] : target.unit };
  };

  const post = async (query: string, variables: Record<string, unknown>, token: string | undefined): Promise<Answer> => {
    if (token) return answerOf(await t.gql(query, variables, { authorization: `Bearer ${token}` }));
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const answer = answerOf((await res.json()) as GraphqlResponse);
    return res.status === 401 ? { outcome: UNAUTHENTICATED, answer: answer.answer } : answer;
  };

  const subscribe = async (
    operation: string,
    query: string,
    variables: Record<string, unknown>,
    token: string | undefined,
  ): Promise<Answer> => {
    let ws: GraphqlWsClient;
    try {
      ws = await GraphqlWsClient.connect(t.url, token ? { authorization: `Bearer ${token}` } : {});
    } catch (error) {
      return { outcome: UNAUTHENTICATED, answer: `the connection was refused: ${(error as Error).message}` };
    }
    try {
      const results = await ws.subscribe(query, variables);
      await FIRST_RESULT_TRIGGERS[operation]?.();
      return answerOf(
        await results.next(WAIT_MS).catch((error: Error) => {
          throw new Error(
            `${operation} sent nothing (${error.message}): if it answers only when something happens, add what makes it answer to FIRST_RESULT_TRIGGERS`,
          );
        }),
      );
    } finally {
      await ws.close();
    }
  };

  const getRoute = async (operation: string, values: Record<string, unknown>, token: string | undefined): Promise<Answer> => {
    const inPath = new Set<string>();
    const route = operation.split(' ')[1].replace(/:(\w+)/g, (_, name: string) => {
      inPath.add(name);
      return encodeURIComponent(String(values[name] ?? 'sample-id'));
    });
    // A scope that is not in the route's path is a query parameter (?countyId=).
    const query = new URLSearchParams(Object.entries(values).flatMap(([name, value]) => (inPath.has(name) ? [] : [[name, String(value)]])));
    const path = query.size ? `${route}?${query}` : route;
    const method = operation.split(' ')[0];
    const res =
      method === 'GET' && token
        ? await t.get(path, token)
        : await fetch(new URL(path, t.url), { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
    const outcome = res.status === 401 ? UNAUTHENTICATED : res.status === 403 ? FORBIDDEN : ALLOWED;
    return { outcome, answer: `HTTP ${res.status} ${outcome === ALLOWED ? res.headers.get('content-type') : await res.text()}` };
  };

  /** Runs the operation as the caller, with arguments generated from the running schema. */
  const send = async (operation: string, caller: Caller): Promise<Answer> => {
    const token = tokenOf(caller);
    if (isRoute(operation)) return getRoute(operation, placed(operation, caller), token);
    const field = fieldOf(schema, operation);
    if (!field) throw new Error(`the running app has no ${operation}: regenerate schema.gql with npm run schema`);
    const args = sampleArguments(field, placed(operation, caller));
    const kind = operation.split('.')[0].toLowerCase() as 'query' | 'mutation' | 'subscription';
    const query = operationText(kind, field, args);
    return kind === 'subscription' ? subscribe(operation, query, args, token) : post(query, args, token);
  };

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue(TODAY);
    await buildSmallCity(t);
    await t.ok(APPOINT, {
      input: { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER', unitId: 'city', effectiveFrom: '2024-01-01' },
    });
    // One item of each kind the rules look up by id, each concerning the unit ENTITY_UNITS says.
    entityIds.letter = (
      await t.ok(DRAFT_LETTER, {
        input: {
          letterId: 'AM-L1',
          unitId: 'county-sx',
          title: '关于电诈发案上升的工作提示',
          findings: '5月以来发案上升。',
          requirements: ['加强预警劝阻'],
          deadline: '2026-05-31',
          evidence: evidence('county-sx'),
        },
      })
    ).draftLetter.letterId;
    await t.ok(ORDER_INTERVIEW, {
      input: {
        interviewId: 'AM-I1',
        unit: { unitId: 'st-a', chiefId: 'chief-st-a' },
        orderedBy: 'leader-1',
        reason: '5月发案上升',
        evidence: evidence('st-a'),
      },
    });
    entityIds.interview = 'AM-I1';
    await t.ok(LIST, {
      input: {
        listingId: 'AM-G1',
        stationId: 'st-a',
        reason: '5月发案上升',
        evidence: evidence('st-a'),
        deadline: '2026-06-30',
        exitConditions: [{ indicator: 'cases', comparator: 'AT_MOST', threshold: '1', per: 'DEKAD', consecutive: 2 }],
      },
    });
    entityIds.listing = 'AM-G1';
    entityIds.chief = 'chief-st-a';
    entityIds.appeal = (
      await t.ok(FILE_APPEAL, { input: { chiefId: 'chief-st-a', unitId: 'st-a', from: '2026-05-14', reason: '该日得分有误' } })
    ).fileAppeal.appealId;
    entityIds.problem = (
      await t.ok(RAISE_PROBLEM, {
        input: {
          countyId: 'county-sx',
          month: '2026-05',
          ownerChiefId: 'chief-st-a',
          deadline: '2026-05-31',
          title: '见面率偏低',
          description: '预警见面不及时',
          evidence: evidence('st-a'),
        },
      })
    ).raiseProblem.problemId;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  describe('completeness', () => {
    it('has a rule for every operation the app serves, and every rule names one', () => {
      expect(describeGaps(policyGaps(operationsOf(t.app), POLICIES))).toEqual([]);
    });

    it('covers every operation of the running app (when this fails, regenerate schema.gql with npm run schema)', () => {
      const served = operationsOf(t.app);
      expect({
        notInMatrix: served.filter((o) => !OPERATIONS.includes(o)),
        notServed: OPERATIONS.filter((o) => !served.includes(o)),
      }).toEqual({ notInMatrix: [], notServed: [] });
    });

    it('has a sample value for every scalar of the schema, to generate arguments with', () => {
      expect(scalarsWithoutSample(schema)).toEqual([]);
    });

    it('created the items of the units the expectations assume', async () => {
      const units = t.app.get(EntityUnits);
      const actual = Object.fromEntries(
        await Promise.all(Object.entries(entityIds).map(async ([kind, id]) => [kind, await units.unitOf(kind as EntityKind, id)])),
      );
      expect(actual).toEqual(ENTITY_UNITS);
    });
  });

  describe('a removed rule', () => {
    const OPERATION = 'Query.ranking';

    it('refuses the operation to every role, and the completeness check names it', async () => {
      const rule = POLICIES[OPERATION];
      delete POLICIES[OPERATION];
      try {
        const outcomes: Array<[AccessRole, Outcome]> = [];
        for (const role of ROLES) outcomes.push([role, (await send(OPERATION, ownCaller(role))).outcome]);
        expect(outcomes).toEqual(ROLES.map((role) => [role, FORBIDDEN]));
        const gaps = policyGaps(operationsOf(t.app), POLICIES);
        expect(gaps).toEqual({ missing: [OPERATION], unknown: [] });
        expect(describeGaps(gaps)).toEqual([
          `${OPERATION} has no rule: add one to src/security/authorization/policies.ts saying who may run it`,
        ]);
      } finally {
        POLICIES[OPERATION] = rule;
      }
      // Asked after the removal only: the response cache keeps allowed answers by role and units, without asking the rules again.
      expect((await send(OPERATION, ownCaller('EVALUATION_STAFF'))).outcome).toBe(ALLOWED);
    });

    it('reports a rule naming no operation', () => {
      POLICIES['Query.noSuchOperation'] = { roles: ['LEADERSHIP'] };
      try {
        expect(policyGaps(operationsOf(t.app), POLICIES).unknown).toEqual(['Query.noSuchOperation']);
      } finally {
        delete POLICIES['Query.noSuchOperation'];
      }
    });
  });

  describe('each operation and caller', () => {
    it.each(CASES)('$title', async ({ operation, caller, expected }) => {
      const { outcome, answer } = await send(operation, caller);
      // What the app answered goes with the outcome, for a failure to show.
      expect(`${outcome} (${answer})`).toMatch(new RegExp(`^${expected} \\(`));
    });
  });
});
