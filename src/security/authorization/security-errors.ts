import { ErrorWithProps } from 'mercurius';

/** No token, or one that cannot be used: the message says which. */
export class UnauthenticatedError extends ErrorWithProps {
  constructor(reason: string) {
    super(`Not authenticated (未认证): ${reason}`, { code: 'UNAUTHENTICATED' }, 401);
  }
}

/** A valid token whose role or units do not allow the operation: nothing was read or changed. */
export class ForbiddenError extends ErrorWithProps {
  constructor(operation: string, reason: string) {
    super(`Not allowed (无权限): ${operation}: ${reason}`, { code: 'FORBIDDEN', operation }, 403);
  }
}
