import { JsonWebTokenError, TokenExpiredError, decode, verify } from 'jsonwebtoken';
import { Principal } from '../../common/principal';
import { AuthenticationError, principalOf } from '../domain/principal';
import { TokenKeys } from './token-keys';

/** Seconds a token's times may be off between the identity provider's clock and ours. */
const CLOCK_TOLERANCE_S = 30;

export interface TokenChecks {
  issuer?: string;
  audience?: string;
}

/** Verified tokens kept, so a screen polling with one token is verified once, not on every request. */
const MAX_VERIFIED = 1_000;

/** Bearer tokens to principals: signature, algorithm, expiry (required), issuer and audience when configured, then the claims. */
export class TokenVerifier {
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();

  constructor(
    private readonly keys: TokenKeys,
    private readonly checks: TokenChecks = {},
  ) {}

  /** The principal of an `Authorization` header's value; AuthenticationError says what is wrong. */
  principalOfHeader(header: string | undefined): Principal {
    if (!header) throw new AuthenticationError('no token: send "Authorization: Bearer <token>" (npm run token mints one)');
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new AuthenticationError('the Authorization header must be "Bearer <token>"');
    return this.principalOf(match[1]);
  }

  /** A token verified before is taken again until it expires; any other is verified in full. */
  principalOf(token: string): Principal {
    const known = this.verified.get(token);
    if (known && known.expiresAtMs > Date.now()) return known.principal;
    this.verified.delete(token);
    const { principal, expiresAtMs } = this.verify(token);
    if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { principal, expiresAtMs });
    return principal;
  }

  private verify(token: string): { principal: Principal; expiresAtMs: number } {
    const header = decode(token, { complete: true })?.header;
    if (!header) throw new AuthenticationError('the token is not a JWT');
    const key = this.keys.keyFor(header.kid);
    if (!key) throw new AuthenticationError(`no key verifies this token (kid ${JSON.stringify(header.kid ?? null)})`);
    try {
      const claims = verify(token, key, { algorithms: [this.keys.algorithm], clockTolerance: CLOCK_TOLERANCE_S, ...this.checks });
      if (typeof claims === 'string' || claims.exp === undefined) throw new AuthenticationError('the token has no expiry (claim "exp")');
      // jsonwebtoken checks nbf but not iat: a token issued in the future was minted on a wrong clock, or forged ahead.
      if (claims.iat !== undefined && claims.iat > Date.now() / 1000 + CLOCK_TOLERANCE_S) {
        throw new AuthenticationError(`the token was issued in the future (claim "iat" ${new Date(claims.iat * 1000).toISOString()})`);
      }
      // Without the clock tolerance: a token taken again must not outlive what verify would allow.
      return { principal: principalOf(claims), expiresAtMs: claims.exp * 1000 };
    } catch (error) {
      if (error instanceof TokenExpiredError) throw new AuthenticationError(`the token expired at ${error.expiredAt.toISOString()}`);
      if (error instanceof JsonWebTokenError) throw new AuthenticationError(`the token is not valid: ${error.message}`);
      throw error;
    }
  }
}
