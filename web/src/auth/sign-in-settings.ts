/** What the service says about signing in (GET /app-config.json, readable before sign-in). */
export interface SignInSettings {
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
 * Whether this page load is the identity provider's return (`/?code=…&state=…`, before the `#`):
 * only then does the application load the OpenID Connect client before its first screen.
 */
export function isIdentityProviderReturn(): boolean {
  const query = new URLSearchParams(location.search);
  return query.has('state') && (query.has('code') || query.has('error'));
}
