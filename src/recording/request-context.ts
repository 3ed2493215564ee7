import { randomUUID } from 'node:crypto';
import { Actor } from '../event-store/event-store.port';
import type { Principal } from '../common/principal';
import { CommandContext } from './command-context';
import { FactEnvelopeInput } from './fact-envelope.input';

export interface GraphqlContext {
  req: { headers: Record<string, string | string[] | undefined>; principal?: Principal };
}

const header = (ctx: GraphqlContext, name: string): string | undefined => {
  const value = ctx.req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The verified token's holder: every event records who acted, in what role, for which units. */
export function actorOf(ctx: GraphqlContext): Actor {
  const principal = ctx.req.principal;
  // The authentication hook and the guard refuse every operation without one before it gets here.
  if (!principal) throw new Error('an operation ran without an authenticated principal');
  const { subject, role, name, units, kind } = principal;
  return { subject, role, name, units, kind };
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
