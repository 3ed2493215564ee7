import { router } from '../router';
import { signOut } from './session';

/** Why the sign-in screen was opened, as it tells the officer. */
export const SIGN_IN_REASONS = {
  expired: '登录已过期，请重新登录。',
  refused: '登录凭证无效或已被撤销，请重新登录。',
  signedOut: '您已退出登录。',
  identityProvider: '统一身份认证登录未完成，请重试。',
} as const;

export type SignInReason = keyof typeof SIGN_IN_REASONS;

/** Back to sign-in with the reason, never a blank page: the token is dropped first. */
export function returnToSignIn(reason: SignInReason): void {
  signOut();
  void router.replace({ name: 'sign-in', query: { reason } });
}
