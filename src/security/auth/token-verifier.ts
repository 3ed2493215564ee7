import { shanghaiTimeOf } from '../../common/business-day';
import { bilingual } from '../../common/bilingual';
import { JsonWebTokenError, TokenExpiredError, decode, verify } from 'jsonwebtoken';
import { Principal } from '../../common/principal';
import { AuthenticationError, NO_TOKEN, principalOf } from '../domain/principal';
import { TokenKeys } from './token-keys';

/** jsonwebtoken's reasons a token is not valid, in Chinese. */
const INVALID_TOKEN_REASONS: Array<[RegExp, string]> = [
  [/^invalid signature/, '签名不符'],
  [/^jwt malformed|^invalid token/, '格式错误'],
  [/^jwt signature is required/, '缺少签名'],
  [/^invalid algorithm/, '签名算法不被接受'],
  [/^jwt issuer invalid/, '签发方（claim "iss"）不符'],
  [/^jwt audience invalid/, '使用方（claim "aud"）不符'],
  [/^jwt not active/, '尚未生效（claim "nbf"）'],
  [/^invalid (exp|nbf) value/, '有效期声明（claim "exp" 或 "nbf"）格式错误'],
];

const invalidTokenReason = (message: string) => INVALID_TOKEN_REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? '验证未通过';

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
    if (!header) throw new AuthenticationError(NO_TOKEN);
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) {
      throw new AuthenticationError(
        bilingual('请求头 Authorization 须为 "Bearer <令牌>"', 'the Authorization header must be "Bearer <token>"'),
      );
    }
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
    if (!header) throw new AuthenticationError(bilingual('令牌不是 JWT', 'the token is not a JWT'));
    const key = this.keys.keyFor(header.kid);
    if (!key) {
      const kid = JSON.stringify(header.kid ?? null);
      throw new AuthenticationError(bilingual(`没有可验证该令牌的密钥（kid ${kid}）`, `no key verifies this token (kid ${kid})`));
    }
    try {
      const claims = verify(token, key, { algorithms: [this.keys.algorithm], clockTolerance: CLOCK_TOLERANCE_S, ...this.checks });
      if (typeof claims === 'string' || claims.exp === undefined) {
        throw new AuthenticationError(bilingual('令牌未注明有效期（claim "exp"）', 'the token has no expiry (claim "exp")'));
      }
      // jsonwebtoken checks nbf but not iat: a token issued in the future was minted on a wrong clock, or forged ahead.
      if (claims.iat !== undefined && claims.iat > Date.now() / 1000 + CLOCK_TOLERANCE_S) {
        const issuedAt = new Date(claims.iat * 1000);
        throw new AuthenticationError(
          bilingual(
            `令牌的签发时间晚于当前时间（claim "iat" ${shanghaiTimeOf(issuedAt)}）`,
            `the token was issued in the future (claim "iat" ${issuedAt.toISOString()})`,
          ),
        );
      }
      // Without the clock tolerance: a token taken again must not outlive what verify would allow.
      return { principal: principalOf(claims), expiresAtMs: claims.exp * 1000 };
    } catch (error) {
      if (error instanceof TokenExpiredError) {
        throw new AuthenticationError(
          bilingual(`令牌已于 ${shanghaiTimeOf(error.expiredAt)} 过期`, `the token expired at ${error.expiredAt.toISOString()}`),
        );
      }
      if (error instanceof JsonWebTokenError) {
        throw new AuthenticationError(
          bilingual(`令牌无效：${invalidTokenReason(error.message)}`, `the token is not valid: ${error.message}`),
        );
      }
      throw error;
    }
  }
}
