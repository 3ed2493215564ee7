import { hostname } from 'node:os';

/** The name an instance holds the lease under: "host:pid:tag", which holderIsGone reads back. */
export const leaseOwnerName = (tag: string) => `${hostname()}:${process.pid}:${tag}`;

/**
 * Whether the instance named `owner` ("host:pid:…", as leaseOwnerName names it) is known to have
 * stopped: it ran on this machine and its process is gone (a kill -9 leaves its lease behind until
 * it expires). An instance of another machine cannot be seen from here: its lease must expire.
 */
export function holderIsGone(owner: string, thisHost = hostname()): boolean {
  const [host, pid] = owner.split(':');
  if (host !== thisHost || !/^\d+$/.test(pid ?? '')) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but is another user's.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
