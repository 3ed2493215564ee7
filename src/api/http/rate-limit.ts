import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ErrorWithProps } from 'mercurius';

/** Refused for asking too often; Retry-After says when to ask again. */
export class TooManyRequestsError extends ErrorWithProps {
  constructor(perMinute: number, retryAfterSeconds: number) {
    super(
      `请求过于频繁：每人每分钟最多 ${perMinute} 次，请 ${retryAfterSeconds} 秒后再试 / Too many requests: at most ${perMinute} a minute for each user; retry in ${retryAfterSeconds} s`,
      { code: 'TOO_MANY_REQUESTS', retryAfterSeconds },
      429,
    );
  }
}

/** Who is counted: the authenticated subject; a request without one (open paths) by its address. */
export const rateLimitKey = (request: FastifyRequest & { principal?: { subject: string } }): string =>
  request.principal ? `subject:${request.principal.subject}` : `ip:${request.ip}`;

/**
 * At most `perMinute` requests a minute for each subject, on every route but health (load
 * balancers poll it). Counted at preValidation, after the authentication hook (onRequest) set the
 * principal. Counts are per process: a cluster of N workers lets a subject make up to N times as many.
 */
export async function limitRequestRate(fastify: FastifyInstance, perMinute: number) {
  await fastify.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    hook: 'preValidation',
    keyGenerator: rateLimitKey,
    allowList: (request) => request.url.startsWith('/health/'),
    errorResponseBuilder: (_request, context) => new TooManyRequestsError(context.max, Math.ceil(context.ttl / 1000)),
  });
}
