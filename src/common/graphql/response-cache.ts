import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { OperationTypeNode, parse } from 'graphql';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ProjectionRunner } from '../../read-store/projection-runner';
import { Clock } from '../clock';

const MAX_ENTRIES = 1_000;
const MAX_PAYLOAD = 2 * 1024 * 1024;
const MAX_QUERY_TEXTS = 2_000;
/** Headers an answer may depend on: who asks (and, with tokens, what they may see). */
const VARYING_HEADERS = ['authorization', 'x-actor', 'x-actor-role'];

interface GraphqlBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

const KEY = Symbol('response-cache-key');
type CachedRequest = FastifyRequest & { [KEY]?: string };

/**
 * Whole GraphQL answers to queries, kept until the next projected event: a leadership screen
 * polled by many clients is then one JSON string sent again. Read models change only through
 * projection batches, so clearing on every batch keeps answers exactly as fresh as without the
 * cache. Keys hold the query, variables, caller headers and the business day (periods stop at
 * today). Mutations, subscriptions, errors and oversized answers are never kept.
 */
@Injectable()
export class GraphqlResponseCache implements OnModuleInit, OnModuleDestroy {
  private readonly answers = new Map<string, string>();
  private readonly isQuery = new Map<string, boolean>();
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onModuleInit() {
    if (!this.config.queryCache) return;
    this.unsubscribe = this.runner.onApplied(() => this.answers.clear());
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('preHandler', async (request: CachedRequest, reply: FastifyReply) => {
      const key = request.method === 'POST' && request.url === '/graphql' ? this.keyOf(request) : undefined;
      if (!key) return;
      const hit = this.answers.get(key);
      if (hit === undefined) {
        request[KEY] = key;
        return;
      }
      return reply.header('content-type', 'application/json; charset=utf-8').header('x-cache', 'hit').send(hit);
    });
    fastify.addHook('onSend', async (request: CachedRequest, reply: FastifyReply, payload: unknown) => {
      const key = request[KEY];
      if (!key || reply.statusCode !== 200 || typeof payload !== 'string' || payload.length > MAX_PAYLOAD) return payload;
      if (payload.includes('"errors"')) return payload;
      if (this.answers.size >= MAX_ENTRIES) this.answers.delete(this.answers.keys().next().value as string);
      this.answers.set(key, payload);
      return payload;
    });
  }

  onModuleDestroy() {
    this.unsubscribe?.();
  }

  private keyOf(request: FastifyRequest): string | undefined {
    const body = request.body as GraphqlBody | undefined;
    if (!body || typeof body.query !== 'string' || !this.queryOnly(body.query)) return undefined;
    const caller = VARYING_HEADERS.map((h) => request.headers[h] ?? '').join('\u0000');
    return JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null, caller, this.clock.today()]);
  }

  /** True when every operation of the document is a query; unparsable text is left to GraphQL to refuse. */
  private queryOnly(text: string): boolean {
    let known = this.isQuery.get(text);
    if (known === undefined) {
      try {
        known = parse(text).definitions.every((d) => d.kind !== 'OperationDefinition' || d.operation === OperationTypeNode.QUERY);
      } catch {
        known = false;
      }
      if (this.isQuery.size >= MAX_QUERY_TEXTS) this.isQuery.clear();
      this.isQuery.set(text, known);
    }
    return known;
  }
}
