import { loadConfig } from '../config/app-config';
import { createApp } from '../app/app';
import { progressBar } from '../read-store/progress-bar';
import { seedDemoCity } from './demo/seed-demo-city';
import { seedDemoSupervision, supervisionSeededText } from './demo/seed-demo-supervision';
import { openEventStore } from '../app/embedded-stores';
import { loadTokenKeys } from '../security/auth/token-keys';
import { mintToken } from '../security/auth/token-minter';
import { buildDemoCity, demoCountyOrder } from './demo/demo-organization';
import { signInLinks } from './demo/sign-in-links';
import { isWebAppBuilt } from '../api/http/web-app';

/** Expected size of the default demo city, for the progress bar only. */
const DEMO_EVENTS = 197_541;

/** `npm run demo`: the demo city (三明, 120 defense areas, 2025 to late 2026) on the embedded store, then the service. */
async function main() {
  // The demo bureau lists its counties in Sanming's administrative order, as its bulletins do.
  process.env.BULLETIN_COUNTY_ORDER ??= demoCountyOrder();
  const config = loadConfig();
  const store = openEventStore(config);
  const bar = progressBar('Seeding the demo city');
  const seeded = await seedDemoCity(store, { onProgress: (n) => bar.update(n, Math.max(n, DEMO_EVENTS)) });
  bar.stop();
  await store.dispose();
  console.log(seeded.skipped ? `Demo city already in ${config.dataDir}` : `Seeded ${seeded.events} events in ${seeded.streams} streams`);

  const app = await createApp();
  console.log(supervisionSeededText(await seedDemoSupervision(app)));
  await app.listen(config.port, config.host);
  const origin = `http://${config.host}:${config.port}`;
  const base = `${origin}/graphql`;
  const keys = loadTokenKeys({ dataDir: config.dataDir });
  if (isWebAppBuilt()) {
    console.log(`\n主防考评工作台 ${origin}/ — sign in as (8 hours each):`);
    for (const link of signInLinks(origin, keys, buildDemoCity())) console.log(`  ${link.label}\n    ${link.url}`);
  } else {
    console.log('\nThe web application is not built: npm run build builds it (npm run demo does).');
  }
  // A leadership token for the examples: every request but /health needs one (npm run token mints others).
  const token = mintToken(keys, {
    subject: 'demo-leadership',
    role: 'LEADERSHIP',
    name: '演示局领导',
    expiresInSeconds: 8 * 3_600,
  });
  const curl = (query: string) =>
    `curl -s ${base} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\\n  -d '{"query":"${query}"}'`;
  console.log(`\nGraphQL: ${base}\nTOKEN=${token}   (LEADERSHIP, 8 hours)`);
  console.log(
    `Try: ${curl('{ ranking(role: STATION_CHIEF, period: { kind: DAY, day: \\"2026-11-20\\" }) { rows { rank name countyName score arrow chief { name } } } }')}`,
  );
  console.log(
    `Supervision: ${curl('{ supervisionOverview(from: \\"2026-09-01\\", to: \\"2026-11-20\\") { summary overdue { kindLabel title deadline } } }')}`,
  );
}

main().catch((error: unknown) => {
  console.error(`Cannot start the demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
