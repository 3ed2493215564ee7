import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppliedBatch, ProjectionRunner } from '../read-store/projection-runner';
import { Clock } from '../common/clock';
import { AnswerScope, ReadDependencies, answerScopes } from '../common/graphql/answer-scope';
import { QueryDocuments } from './query-documents';
import type { WithPrincipal } from '../security/authorization/authorization.guard';

const MAX_ENTRIES = 1_000;
const MAX_PAYLOAD = 2 * 1024 * 1024;
/**
 * Root fields whose answers rest on more than the events and the caller's role and units: on who
 * the caller is (an officer's notifications and read mark, a recorder's own records), or on the
 * clock (warnings falling due within the next hours). Never kept, nor shared with a caller alike.
 */
const UNCACHED_FIELDS: ReadonlySet<string> = new Set(['notifications', 'myRecords', 'openWarnings', 'importUploads', 'importUpload']);

interface GraphqlBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

interface Answer {
  payload: string;
  /** null: rests on anything, dropped by every change. */
  dependencies: ReadDependencies | null;
}

/** A request computing an answer others with the same key wait for. */
interface InFlight {
  key: string;
  generation: number;
  rootFields: readonly string[] | null;
  settle(payload: string | undefined): void;
}

const SCOPE = Symbol('answer-scope');
const FLIGHT = Symbol('in-flight');
type CachedRequest = FastifyRequest & { [SCOPE]?: AnswerScope; [FLIGHT]?: InFlight };

/**
 * Whole GraphQL answers to queries, kept until a projected change they rest on: a leadership screen
 * polled by many clients is then one JSON string sent again. Read models change only through
 * projection batches, so dropping an answer when a batch changes what it read keeps answers exactly
 * as fresh as without the cache. Answers whose root fields declared what they read (rankings: the
 * daily indicators of their periods' days, the organisation, the rule sets) survive batches
 * touching other tables or other days; every other answer is dropped by any batch. Concurrent
 * requests for an answer being computed wait for it instead of computing it again. Keys hold the
 * query, variables, caller headers and the business day (periods stop at today). Mutations,
 * subscriptions, errors and oversized answers are never kept.
 */
@Injectable()
export class GraphqlResponseCache implements OnModuleInit, OnModuleDestroy {
  private readonly answers = new Map<string, Answer>();
  private readonly inFlight = new Map<string, Promise<string | undefined>>();
  private readonly documents = new QueryDocuments();
  /** Bumped by every batch: an answer computed across one may rest on what it changed, so is not kept. */
  private generation = 0;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onModuleInit() {
    if (!this.config.queryCache) return;
    this.unsubscribe = this.runner.onApplied((batch) => this.invalidate(batch));
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', (request: CachedRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
      if (!isGraphqlPost(request)) return done();
      // The rest of the request runs inside the scope, so resolvers can declare what they read.
      const scope = (request[SCOPE] = new AnswerScope());
      answerScopes.run(scope, done);
    });
    fastify.addHook('preHandler', async (request: CachedRequest, reply: FastifyReply) => this.lookUp(request, reply));
    fastify.addHook('onSend', async (request: CachedRequest, reply: FastifyReply, payload: unknown) => {
      const flight = request[FLIGHT];
      if (!flight) return payload;
      const keep =
        reply.statusCode === 200 && typeof payload === 'string' && payload.length <= MAX_PAYLOAD && !payload.includes('"errors"');
      flight.settle(keep && flight.generation === this.generation ? payload : undefined);
      if (keep && flight.generation === this.generation) this.keep(flight, payload, request[SCOPE]);
      return payload;
    });
    // Errors and aborted requests never reach onSend with an answer: release whoever waits.
    fastify.addHook('onResponse', async (request: CachedRequest) => request[FLIGHT]?.settle(undefined));
  }

  onModuleDestroy() {
    this.unsubscribe?.();
  }

  private async lookUp(request: CachedRequest, reply: FastifyReply) {
    const body = isGraphqlPost(request) ? (request.body as GraphqlBody | undefined) : undefined;
    if (!body || typeof body.query !== 'string') return;
    const operation = this.documents.operation(body.query, typeof body.operationName === 'string' ? body.operationName : undefined);
    if (!operation?.queryOnly || operation.fieldNames.some((name) => UNCACHED_FIELDS.has(name))) return;
    // Answers depend on what the caller may see, which is his role and units: callers alike share them.
    const { role = '', units = [] } = (request as CachedRequest & WithPrincipal).principal ?? {};
    const caller = `${role}:${units.join(',')}`;
    const key = JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null, caller, this.clock.today()]);
    const hit = this.answers.get(key)?.payload ?? (await this.inFlight.get(key));
    if (hit !== undefined) return reply.header('content-type', 'application/json; charset=utf-8').header('x-cache', 'hit').send(hit);
    this.startFlight(request, key, operation.rootFields);
  }

  private startFlight(request: CachedRequest, key: string, rootFields: readonly string[] | null) {
    let settle!: (payload: string | undefined) => void;
    const answer = new Promise<string | undefined>((resolve) => (settle = resolve));
    const generation = this.generation;
    if (!this.inFlight.has(key)) this.inFlight.set(key, answer);
    request[FLIGHT] = {
      key,
      generation,
      rootFields,
      settle: (payload) => {
        settle(payload);
        if (this.inFlight.get(key) === answer) this.inFlight.delete(key);
      },
    };
  }

  private keep(flight: InFlight, payload: string, scope: AnswerScope | undefined) {
    if (this.answers.size >= MAX_ENTRIES) this.answers.delete(this.answers.keys().next().value as string);
    const dependencies = scope && flight.rootFields ? scope.dependenciesOf(flight.rootFields) : null;
    this.answers.set(flight.key, { payload, dependencies });
  }

  private invalidate(batch: AppliedBatch) {
    this.generation++;
    // Requests computing now may have read the state before the batch: later requests compute afresh.
    this.inFlight.clear();
    for (const [key, answer] of this.answers) if (changedUnder(answer.dependencies, batch)) this.answers.delete(key);
  }
}

const isGraphqlPost = (request: FastifyRequest) => request.method === 'POST' && request.url === '/graphql';

function changedUnder(dependencies: ReadDependencies | null, batch: AppliedBatch): boolean {
  if (!dependencies) return true;
  return batch.tables.some((table) => {
    if (dependencies.wholly.has(table)) return true;
    if (!dependencies.dayKeyed.has(table)) return false;
    const days = batch.daysOf(table);
    if (!days) return true;
    for (const day of days) if (dependencies.ranges.some((r) => day >= r.from && day <= r.to)) return true;
    return false;
  });
}
