import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Pages may use only what this service serves: the letter page is one document with an inline
 * <style> and the reader's own fonts, so nothing else is needed. No upgrade-insecure-requests:
 * the service may be reached over plain HTTP on an intranet.
 */
const SELF_ONLY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
};

/** Helmet's headers on every answer (HSTS, nosniff, frame and referrer policies, …) with the policy above. */
export async function addSecurityHeaders(fastify: FastifyInstance) {
  await fastify.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: SELF_ONLY } });
}
