import { AuthenticationError } from '../domain/principal';
import { WithPrincipal } from '../authorization/authorization.guard';
import { TokenVerifier } from './token-verifier';

interface ConnectionInit {
  payload?: { headers?: { authorization?: unknown }; authorization?: unknown } | null;
}

/**
 * Mercurius's onConnect for GraphQL over WebSocket: browsers cannot set headers on a WebSocket, so
 * the token comes in the connection_init payload ({ headers: { authorization } } or
 * { authorization }). The principal joins the subscription context for the guard; a connection
 * without a usable token is refused.
 */
export function authenticateSubscriptions(verifier: TokenVerifier) {
  return ({ payload }: ConnectionInit): WithPrincipal | false => {
    const header = payload?.headers?.authorization ?? payload?.authorization;
    try {
      return { principal: verifier.principalOfHeader(typeof header === 'string' ? header : undefined) };
    } catch (error) {
      if (error instanceof AuthenticationError) return false;
      throw error;
    }
  };
}
