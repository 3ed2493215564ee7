import { randomUUID } from 'node:crypto';
import { Actor } from '../../event-store/event-store.port';
import { CommandContext } from '../command-context';
import { FactEnvelopeInput } from './fact-envelope.input';

export interface GraphqlContext {
  req: { headers: Record<string, string | string[] | undefined> };
}

const header = (ctx: GraphqlContext, name: string): string | undefined => {
  const value = ctx.req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Until token authentication lands, the caller names itself; every event still records who. */
export function actorOf(ctx: GraphqlContext): Actor {
  return { subject: header(ctx, 'x-actor') ?? 'anonymous', role: header(ctx, 'x-actor-role') ?? 'RECORDER' };
}

export function commandContext(ctx: GraphqlContext, envelope: Omit<FactEnvelopeInput, 'occurredAt'> & { occurredAt: string }): CommandContext {
  const correlationId = header(ctx, 'x-correlation-id') ?? randomUUID();
  return {
    occurredAt: envelope.occurredAt,
    unitId: envelope.unitId,
    actor: actorOf(ctx),
    source: envelope.source ?? 'graphql',
    correlationId,
    causationId: correlationId,
    idempotencyKey: envelope.idempotencyKey ?? randomUUID(),
  };
}
