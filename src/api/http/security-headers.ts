import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

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

/**
 * Helmet's headers (HSTS, nosniff, frame and referrer policies, …) with the policy above. They are
 * the same for every answer, so helmet works them out once at start: run per request, as
 * @fastify/helmet does, it re-parsed the policy on each one.
 */
export function addSecurityHeaders(fastify: FastifyInstance, identityProvider?: string): void {
  const headers = helmetHeaders(identityProvider);
  // onSend: answers sent from an earlier hook (a 401, a cached answer) get them too.
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    reply.headers(headers);
    done(null, payload);
  });
}

/**
 * With OpenID Connect sign-in, the application also talks to the identity provider (its discovery
 * document, keys and token endpoint): that origin, and only it, joins connect-src.
 */
function helmetHeaders(identityProvider?: string): Record<string, string> {
  const directives = identityProvider ? { ...SELF_ONLY, connectSrc: ["'self'", new URL(identityProvider).origin] } : SELF_ONLY;
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => (headers[name] = String(value)),
    removeHeader: (name: string) => delete headers[name],
  };
  helmet({ contentSecurityPolicy: { useDefaults: false, directives } })(
    {} as IncomingMessage,
    response as unknown as ServerResponse,
    () => undefined,
  );
  return headers;
}
