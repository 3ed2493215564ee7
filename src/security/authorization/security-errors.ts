import { ErrorWithProps } from 'mercurius';
import { bilingual, splitBilingual } from '../../common/bilingual';

/** "未认证：<原因> / Not authenticated: <reason>", from a bilingual reason. */
export function unauthenticatedMessage(reason: string): string {
  const { zh, en } = splitBilingual(reason);
  return bilingual(`未认证：${zh}`, `Not authenticated: ${en}`);
}

/** No token, or one that cannot be used: the message says which. */
export class UnauthenticatedError extends ErrorWithProps {
  /** `reason` is bilingual ("中文 / English"). */
  constructor(reason: string) {
    super(unauthenticatedMessage(reason), { code: 'UNAUTHENTICATED' }, 401);
  }
}

/** A valid token whose role or units do not allow the operation: nothing was read or changed. */
export class ForbiddenError extends ErrorWithProps {
  /** "无权限：<operation>：<原因> / Not allowed: <operation>: <reason>", from a bilingual `reason`. */
  constructor(operation: string, reason: string) {
    const { zh, en } = splitBilingual(reason);
    super(bilingual(`无权限：${operation}：${zh}`, `Not allowed: ${operation}: ${en}`), { code: 'FORBIDDEN', operation }, 403);
  }
}
