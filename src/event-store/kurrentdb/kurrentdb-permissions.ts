import { AccessDeniedError } from '@kurrent/kurrentdb-client';

/** gRPC's UNAUTHENTICATED: the client reports it as AccessDeniedError too, but it means bad credentials. */
const UNAUTHENTICATED = 16;

/** A refusal by the server's access control: retrying will not help, an operator must act. */
export class KurrentDbPermissionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KurrentDbPermissionError';
  }
}

/**
 * The error as a KurrentDbPermissionError saying what was refused and what to grant, when the
 * server refused access; any other error unchanged. `action`: what the service tried, e.g.
 * 'subscribe to $all'.
 */
export function withPermissionNamed(error: unknown, action: string): unknown {
  if (!(error instanceof AccessDeniedError)) return error;
  if ((error as { code?: number }).code === UNAUTHENTICATED) {
    return new KurrentDbPermissionError(
      `KurrentDB refused the credentials in KURRENTDB_URL when the service tried to ${action}: ` +
        'give the user name and password of a KurrentDB user in the connection string (kurrentdb+discover://user:password@…), see README, "Production"',
    );
  }
  const grant = action.includes('$all')
    ? 'reading $all is for $admins unless granted: make the user a member of $admins, or give it read on $all ' +
      '(as an admin: setStreamMetadata("$all", { acl: { readRoles: ["$admins", "<user>"] } }))'
    : 'the stream ACLs (or $userStreamAcl in $settings) must let the user read and write the fact streams';
  return new KurrentDbPermissionError(
    `KurrentDB denied the user in KURRENTDB_URL permission to ${action}: ${grant}; see README, "Production"`,
  );
}
