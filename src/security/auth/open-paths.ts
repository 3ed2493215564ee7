/** How the application signs in (the identity provider's address and client id), read before sign-in. */
export const APP_CONFIG_PATH = '/app-config.json';

/**
 * The officers' application is one page and its assets; its screens live after the `#`, so these
 * are the only paths it needs, and they hold no data: its data comes from /graphql, with a token.
 */
export const isWebAppPath = (url: string): boolean => {
  // Every request passes here: no array for a URL without a query, as /graphql's POSTs are.
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  return path === '/' || path === '/index.html' || path === APP_CONFIG_PATH || path.startsWith('/assets/');
};

/** Paths answered without a token: health checks for load balancers, and the application's page and assets. */
export const isOpenPath = (url: string): boolean => url.startsWith('/health/') || isWebAppPath(url);
