import { createRouter, createWebHashHistory } from 'vue-router';
import { closeSubscriptions } from './api/client';
import type { SignInReason } from './auth/expiry';
import { currentOfficer, officerOf, signIn, storedToken } from './auth/session';

/**
 * Hash history: the service serves one page at `/` and its assets; every screen lives after the
 * `#`, so no screen's address reaches the server (nor does a sign-in token in it).
 */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/sign-in', name: 'sign-in', component: () => import('./screens/sign-in/SignInScreen.vue'), meta: { open: true } },
    { path: '/ranking', name: 'ranking', component: () => import('./screens/ranking/RankingScreen.vue') },
    {
      path: '/explain/:role/:subjectId',
      name: 'explain',
      component: () => import('./screens/explanation/ExplanationScreen.vue'),
    },
    { path: '/indicators', name: 'indicators', component: () => import('./screens/indicators/IndicatorsScreen.vue') },
    { path: '/bulletins', name: 'bulletins', component: () => import('./screens/bulletins/BulletinsScreen.vue') },
    { path: '/unit', name: 'unit', component: () => import('./screens/unit/UnitScreen.vue') },
    { path: '/letters', name: 'letters', component: () => import('./screens/letters/LettersScreen.vue') },
    { path: '/supervision', name: 'supervision', component: () => import('./screens/supervision/SupervisionScreen.vue') },
    { path: '/suggestions', name: 'suggestions', component: () => import('./screens/suggestions/SuggestionsScreen.vue') },
    { path: '/integrity', name: 'integrity', component: () => import('./screens/integrity/IntegrityScreen.vue') },
    { path: '/rules', name: 'rules', component: () => import('./screens/rules/RulesScreen.vue') },
    { path: '/problems', name: 'problems', component: () => import('./screens/problems/ProblemsScreen.vue') },
    { path: '/interviews', name: 'interviews', component: () => import('./screens/interviews/InterviewsScreen.vue') },
    { path: '/listings', name: 'listings', component: () => import('./screens/listings/ListingsScreen.vue') },
    { path: '/appeals', name: 'appeals', component: () => import('./screens/appeals/AppealsScreen.vue') },
    { path: '/recording', name: 'recording', component: () => import('./screens/recording/RecordingScreen.vue') },
    { path: '/imports', name: 'imports', component: () => import('./screens/imports/ImportsScreen.vue') },
    { path: '/', name: 'home', redirect: () => landingOf() },
    { path: '/:rest(.*)', redirect: () => landingOf() },
  ],
});

/** Where an officer lands: a chief on his own unit, a recorder on 录入, leadership and staff on the ranking. */
export function landingOf(): { name: string } {
  const role = currentOfficer()?.role;
  if (role === 'RECORDER') return { name: 'recording' };
  return { name: role === 'COUNTY_CHIEF' || role === 'STATION_CHIEF' ? 'unit' : 'ranking' };
}

router.beforeEach((to) => {
  const token = to.name === 'sign-in' ? to.query.token : undefined;
  if (typeof token === 'string') return enterWithLink(token);
  if (to.meta.open || currentOfficer()) return true;
  return { name: 'sign-in', query: storedReason() };
});

/**
 * A sign-in link carries the token after the `#`: kept, and out of the address bar before any
 * screen loads (the link goes straight to the officer's landing, without the sign-in screen).
 */
function enterWithLink(token: string) {
  // Another officer's link opened in this tab: the old session's subscriptions go with it.
  closeSubscriptions();
  if (signIn(token.trim())) return { ...landingOf(), replace: true };
  const reason: SignInReason = officerOf(token.trim()) ? 'expired' : 'refused';
  return { name: 'sign-in', query: { reason }, replace: true };
}

/** An officer whose session ran out is told so; one who never signed in is simply asked to. */
function storedReason(): Record<string, string> {
  return storedToken() ? { reason: 'expired' } : {};
}
