import { createApp } from 'vue';
import App from './App.vue';
import { completeIdentityProviderSignIn } from './auth/oidc';
import { router } from './router';
import './styles/base.css';

// Back from the identity provider: the code becomes a token before the first screen asks for data.
void completeIdentityProviderSignIn().finally(() => createApp(App).use(router).mount('#app'));
