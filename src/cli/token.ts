import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config';
import { loadTokenKeys } from '../security/auth/token-keys';
import { mintToken } from '../security/auth/token-minter';
import { ACCESS_ROLES, UNIT_BOUND_ROLES, isAccessRole } from '../common/access-role';

const USAGE = `npm run -s token -- --role <role> [--unit <unitId>]… [--subject <id>] [--name <name>] [--hours <n>] [--system]
  roles: ${Object.entries(ACCESS_ROLES)
    .map(([role, label]) => `${role} (${label})`)
    .join(', ')}
  --unit is required for ${UNIT_BOUND_ROLES.join(', ')}: the units the holder serves (a county covers its stations).
  Prints the token alone, e.g.: TOKEN=$(npm run -s token -- --role LEADERSHIP)`;

/**
 * `npm run token`: a bearer token signed with the data directory's secret (DATA_DIR), for the
 * embedded default and the demo. With an identity provider's key configured it refuses: tokens
 * then come from that provider.
 */
function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      unit: { type: 'string', multiple: true },
      subject: { type: 'string' },
      name: { type: 'string' },
      hours: { type: 'string', default: '8' },
      system: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.error(USAGE);
  const role = values.role?.toUpperCase();
  if (!isAccessRole(role))
    throw new Error(`--role must be one of ${Object.keys(ACCESS_ROLES).join(', ')}, got ${values.role ?? 'nothing'}`);
  const units = values.unit ?? [];
  if (UNIT_BOUND_ROLES.includes(role) && !units.length) throw new Error(`a ${role} token needs --unit <unitId> (the units it serves)`);
  const hours = Number(values.hours);
  if (!(hours > 0 && hours <= 24 * 30)) throw new Error(`--hours must be more than 0 and at most 720, got ${values.hours}`);
  const config = loadConfig();
  const keys = loadTokenKeys({ dataDir: config.dataDir, publicKeyFile: config.auth.publicKeyFile, jwksFile: config.auth.jwksFile });
  const subject = values.subject ?? `${role.toLowerCase()}-${units[0] ?? 'city'}`;
  console.log(
    mintToken(keys, {
      subject,
      role,
      units,
      name: values.name,
      kind: values.system ? 'SYSTEM' : 'PERSON',
      expiresInSeconds: Math.round(hours * 3_600),
    }),
  );
}

try {
  main();
} catch (error) {
  console.error(`Cannot mint a token: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(1);
}
