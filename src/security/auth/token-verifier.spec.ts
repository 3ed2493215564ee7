import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sign } from 'jsonwebtoken';
import { SECRET_FILE, loadTokenKeys } from './token-keys';
import { mintToken } from './token-minter';
import { TokenVerifier } from './token-verifier';
import { AuthenticationError } from '../domain/principal';

describe('bearer tokens', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tokens-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const hs256 = () => loadTokenKeys({ dataDir: dir });
  const chief = { subject: 'cc-sx', role: 'COUNTY_CHIEF' as const, units: ['county-sx'], name: '沙县局长', expiresInSeconds: 60 };

  it('makes the data directory secret once, owner-only, and verifies what it signs', () => {
    const keys = hs256();
    expect(statSync(join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    const secret = readFileSync(join(dir, SECRET_FILE), 'utf8');
    hs256();
    expect(readFileSync(join(dir, SECRET_FILE), 'utf8')).toBe(secret);
    const principal = new TokenVerifier(keys).principalOfHeader(`Bearer ${mintToken(keys, chief)}`);
    expect(principal).toEqual({ subject: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF', units: ['county-sx'], kind: 'PERSON' });
  });

  it.each([
    [
      'no header',
      undefined,
      '未携带令牌：请在请求头中发送 "Authorization: Bearer <令牌>"（可用 npm run token 生成） / no token: send "Authorization: Bearer <token>" (npm run token mints one)',
    ],
    ['another scheme', 'Basic abc', '请求头 Authorization 须为 "Bearer <令牌>" / the Authorization header must be "Bearer <token>"'],
    ['not a JWT', 'Bearer nonsense', '令牌不是 JWT / the token is not a JWT'],
  ])('refuses %s, in Chinese first', (_what, header, message) => {
    expect(() => new TokenVerifier(hs256()).principalOfHeader(header)).toThrow(new AuthenticationError(message));
  });

  it('refuses an expired token, a forged one, one without expiry and one with unusable claims', () => {
    const keys = hs256();
    const verifier = new TokenVerifier(keys);
    const expired = sign({ role: 'LEADERSHIP', exp: Math.floor(Date.now() / 1000) - 120 }, keys.signingKey!, { subject: 'x' });
    expect(() => verifier.principalOf(expired)).toThrow(/the token expired at/);
    const forged = sign({ role: 'LEADERSHIP' }, 'another secret', { subject: 'x', expiresIn: 60 });
    expect(() => verifier.principalOf(forged)).toThrow(
      new AuthenticationError('令牌无效：签名不符 / the token is not valid: invalid signature'),
    );
    expect(() => verifier.principalOf(sign({ role: 'LEADERSHIP' }, keys.signingKey!, { subject: 'x' }))).toThrow('no expiry');
    expect(() => verifier.principalOf(mintToken(keys, { ...chief, units: [] }))).toThrow('must name the units it serves');
    expect(() => verifier.principalOf(sign({ role: 'CHIEF' }, keys.signingKey!, { subject: 'x', expiresIn: 60 }))).toThrow(
      'must be one of LEADERSHIP',
    );
  });

  it('refuses a token issued in the future beyond the clock tolerance, and takes one issued a few seconds ahead', () => {
    const keys = hs256();
    const verifier = new TokenVerifier(keys);
    const now = Math.floor(Date.now() / 1000);
    const issuedAt = (iat: number) => sign({ role: 'LEADERSHIP', iat, exp: iat + 7200 }, keys.signingKey!, { subject: 'x' });
    expect(() => verifier.principalOf(issuedAt(now + 3600))).toThrow(/the token was issued in the future \(claim "iat" /);
    expect(verifier.principalOf(issuedAt(now + 5)).role).toBe('LEADERSHIP');
  });

  it("verifies an identity provider's RS256 tokens with its public key or key set, and refuses HS256 then", () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(join(dir, 'idp.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1' }] }));
    const token = (kid?: string) =>
      sign({ role: 'LEADERSHIP' }, privateKey, { algorithm: 'RS256', subject: 'leader', expiresIn: 60, ...(kid && { keyid: kid }) });
    const pem = new TokenVerifier(loadTokenKeys({ dataDir: dir, publicKeyFile: join(dir, 'idp.pem') }));
    expect(pem.principalOf(token()).role).toBe('LEADERSHIP');
    expect(() => pem.principalOf(mintToken(hs256(), chief))).toThrow('invalid algorithm');
    const jwks = new TokenVerifier(loadTokenKeys({ dataDir: dir, jwksFile: join(dir, 'jwks.json') }));
    expect(jwks.principalOf(token('k1')).subject).toBe('leader');
    expect(() => jwks.principalOf(token('k2'))).toThrow('no key verifies this token (kid "k2")');
    expect(() => loadTokenKeys({ dataDir: dir, publicKeyFile: join(dir, 'missing.pem') })).toThrow(
      /^JWT_PUBLIC_KEY_FILE=.*missing\.pem cannot be used/,
    );
  });

  it('takes a token verified before again only until it expires', () => {
    const keys = hs256();
    const verifier = new TokenVerifier(keys);
    const token = mintToken(keys, chief);
    expect(verifier.principalOf(token).subject).toBe('cc-sx');
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 120_000);
    try {
      expect(() => verifier.principalOf(token)).toThrow(/the token expired at/);
    } finally {
      now.mockRestore();
    }
  });

  it('checks issuer and audience when configured', () => {
    const keys = hs256();
    const verifier = new TokenVerifier(keys, { issuer: 'idp.sm.gov', audience: 'anti-fraud' });
    expect(() => verifier.principalOf(mintToken(keys, chief))).toThrow(/audience|issuer/);
  });
});
