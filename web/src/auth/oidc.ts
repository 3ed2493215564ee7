import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { signIn } from './session';

/** What the service says about signing in (GET /app-config.json, readable before sign-in). */
interface SignInSettings {
  oidc: { authority: string; clientId: string; scope: string; bearer: 'access_token' | 'id_token' } | null;
}

let settings: Promise<SignInSettings> | null = null;

export function signInSettings(): Promise<SignInSettings> {
  settings ??= fetch('/app-config.json')
    .then((response) => (response.ok ? (response.json() as Promise<SignInSettings>) : { oidc: null }))
    .catch(() => ({ oidc: null }));
  return settings;
}

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
  const query = new URLSearchParams(location.search);
  if (!query.has('state') || !(query.has('code') || query.has('error'))) return false;
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
