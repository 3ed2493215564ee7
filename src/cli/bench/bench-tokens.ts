import { loadTokenKeys } from '../../security/auth/token-keys';
import { mintToken } from '../../security/auth/token-minter';
import { AccessRole } from '../../common/access-role';

const BENCH_HOURS = 2;

/**
 * The headers of a bench request: JSON and a bearer token signed with the data directory's secret
 * (the service made it when it started), as `npm run token` mints them.
 */
export function benchHeaders(dataDir: string, role: AccessRole, units: string[] = []): Record<string, string> {
  const token = mintToken(loadTokenKeys({ dataDir }), {
    subject: `bench-${role.toLowerCase()}`,
    role,
    units,
    expiresInSeconds: BENCH_HOURS * 3_600,
  });
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}
