import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { isIdentityProviderReturn, type SignInSettings, signInSettings } from './sign-in-settings';
import { signIn } from './session';

/**
 * The identity provider's authorization code flow with PKCE. It returns to the application's page
 * (`/?code=…&state=…`, before the `#`), which completes the sign-in before any screen shows.
 */
function managerOf(oidc: NonNullable<SignInSettings['oidc']>): UserManager {
  return new UserManager({
    authority: oidc.authority,
    client_id: oidc.clientId,
    scope: oidc.scope,
    redirect_uri: `${location.origin}/`,
    response_type: 'code',
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
}

export async function startIdentityProviderSignIn(): Promise<void> {
  const { oidc } = await signInSettings();
  if (!oidc) throw new Error('OpenID Connect is not configured');
  await managerOf(oidc).signinRedirect();
}

/** On the provider's return: trades the code for tokens and keeps the bearer; false when this is no return. */
export async function completeIdentityProviderSignIn(): Promise<boolean> {
  if (!isIdentityProviderReturn()) return false;
  const query = new URLSearchParams(location.search);
  const { oidc } = await signInSettings();
  history.replaceState(null, '', '/#/sign-in?reason=identityProvider');
  if (!oidc || query.has('error')) return true;
  try {
    const user = await managerOf(oidc).signinRedirectCallback(`${location.origin}/?${query.toString()}`);
    const token = oidc.bearer === 'id_token' ? user.id_token : user.access_token;
    if (token && signIn(token)) history.replaceState(null, '', '/#/');
  } catch {
    // The sign-in screen says the sign-in did not complete.
  }
  return true;
}
