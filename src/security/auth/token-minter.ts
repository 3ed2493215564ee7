import { sign } from 'jsonwebtoken';
import { AccessRole } from '../../common/access-role';
import { TokenKeys } from './token-keys';

export interface TokenRequest {
  subject: string;
  role: AccessRole;
  units?: string[];
  name?: string;
  kind?: 'PERSON' | 'SYSTEM';
  /** Seconds until it expires. */
  expiresInSeconds: number;
}

/** A token for the embedded default's secret (`npm run token`, the tests); an identity provider mints production tokens. */
export function mintToken(keys: TokenKeys, request: TokenRequest): string {
  if (!keys.signingKey) throw new Error(`tokens are verified with ${keys.description}: mint them with that identity provider`);
  const { subject, role, units = [], name, kind, expiresInSeconds } = request;
  return sign({ role, units, ...(name && { name }), ...(kind && { kind }) }, keys.signingKey, {
    algorithm: 'HS256',
    subject,
    expiresIn: expiresInSeconds,
  });
}
