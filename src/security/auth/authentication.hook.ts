import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticationError } from '../domain/principal';
import { WithPrincipal } from '../authorization/authorization.guard';
import { unauthenticatedMessage } from '../authorization/security-errors';
import { TokenVerifier } from './token-verifier';
import { isOpenPath } from './open-paths';

/**
 * Verifies the bearer token of every request before anything else reads it, and leaves the
 * principal on the request for the guard, the event metadata and the rate limit. A WebSocket
 * upgrade without a header is let through: its token comes in the connection's init payload.
 */
export function authenticateRequests(fastify: FastifyInstance, verifier: TokenVerifier): void {
  fastify.decorateRequest('principal', undefined);
  fastify.addHook('onRequest', async (request: FastifyRequest & WithPrincipal, reply: FastifyReply) => {
    if (isOpenPath(request.url)) return;
    const header = request.headers.authorization;
    if (!header && request.headers.upgrade?.toLowerCase() === 'websocket') return;
    try {
      request.principal = verifier.principalOfHeader(header);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      const message = unauthenticatedMessage(error.message);
      const body = request.url.startsWith('/graphql')
        ? { data: null, errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }
        : { statusCode: 401, error: 'Unauthorized', message };
      return reply.code(401).header('www-authenticate', 'Bearer').send(body);
    }
  });
}
