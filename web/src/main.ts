import { createApp } from 'vue';
import App from './App.vue';
import { isIdentityProviderReturn } from './auth/sign-in-settings';
import { router } from './router';
import './styles/base.css';

// Back from the identity provider: the code becomes a token before the first screen asks for data.
// The OpenID Connect client is loaded only then (and on the sign-in button), not by every screen.
const signedIn = isIdentityProviderReturn()
  ? import('./auth/oidc').then((oidc) => oidc.completeIdentityProviderSignIn())
  : Promise.resolve();
void signedIn.finally(() => createApp(App).use(router).mount('#app'));
