import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestProblem } from './request-shape';

/**
 * Refuses a malformed GraphQL request with 400 and GraphQL's error shape, before the response
 * cache keys it and before Mercurius parses it: before validation too, which would turn a number
 * sent as the query into text. Added before the routes and the cache's own hooks.
 */
export function refuseMalformedRequests(fastify: FastifyInstance) {
  fastify.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.url !== '/graphql') return;
    const problem = requestProblem(request.method === 'GET' ? request.query : request.body);
    if (problem) return reply.code(400).send({ data: null, errors: [{ message: problem, extensions: { code: 'BAD_REQUEST' } }] });
  });
}
