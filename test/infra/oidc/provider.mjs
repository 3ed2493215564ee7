// A real OpenID Connect provider (node-oidc-provider, the certified implementation) standing in
// for the bureau's intranet identity provider in the browser test of sign-in. An ES module in a
// process of its own: jest's CommonJS runtime cannot load oidc-provider.
//
// Environment: PORT, CLIENT_ID, REDIRECT_URI, JWK (the private signing key, JSON), and OFFICER
// (the claims of whoever signs in, JSON). Prints "ready" once it listens.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { PORT, CLIENT_ID, REDIRECT_URI, JWK, OFFICER } = process.env;
const officer = JSON.parse(OFFICER);

const provider = new Provider(`http://127.0.0.1:${PORT}`, {
  clients: [
    {
      client_id: CLIENT_ID,
      token_endpoint_auth_method: 'none',
      redirect_uris: [REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [JSON.parse(JWK)] },
  // The bureau's provider maps its directory to these claims; the service reads them from the token.
  claims: { openid: ['sub'], profile: ['name', 'role', 'units'] },
  conformIdTokenClaims: false,
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, ...officer }) }),
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['test-only-cookie-key'] },
});

createServer(provider.callback()).listen(Number(PORT), '127.0.0.1', () => console.log('ready'));
