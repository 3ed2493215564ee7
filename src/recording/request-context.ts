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

/** The verified token of the request; the authentication hook and the guard refuse every operation without one before it gets here. */
export function principalOf(ctx: GraphqlContext): Principal {
  const principal = ctx.req.principal;
  if (!principal) throw new Error('an operation ran without an authenticated principal');
  return principal;
}

/** The verified token's holder: every event records who acted, in what role, for which units. */
export function actorOf(ctx: GraphqlContext): Actor {
  const { subject, role, name, units, kind } = principalOf(ctx);
  return { subject, role, name, units, kind };
}

/** The ids tying a request's events together: the `x-correlation-id` header, or a fresh id when none was sent; the request is their cause. */
export function correlationOf(ctx: GraphqlContext): Pick<CommandContext, 'correlationId' | 'causationId'> {
  const correlationId = header(ctx, 'x-correlation-id') ?? randomUUID();
  return { correlationId, causationId: correlationId };
}

export function commandContext(
  ctx: GraphqlContext,
  envelope: Omit<FactEnvelopeInput, 'occurredAt'> & { occurredAt: string },
): CommandContext {
  return {
    occurredAt: envelope.occurredAt,
    unitId: envelope.unitId,
    actor: actorOf(ctx),
    source: envelope.source ?? 'graphql',
    ...correlationOf(ctx),
    idempotencyKey: envelope.idempotencyKey ?? randomUUID(),
    ...(envelope.lateReason !== undefined && { lateReason: envelope.lateReason }),
  };
}
