import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Day } from '../../common/business-day';
import { Clock } from '../../common/clock';
import { EventStore } from '../../event-store/event-store.port';
import { buildDemoCity } from './demo-organization';
import { DEMO_DEFAULT_UNTIL } from './generate-demo-city';
import { demoAppealStream } from './supervision-appeal';
import { SupervisionSummary, recordSupervision } from './supervision-activity';
import { SupervisionCalendar } from './supervision-calendar';
import { SupervisionClient } from './supervision-client';

export type SeedDemoSupervisionResult = { skipped: true } | ({ skipped: false } & SupervisionSummary);

/**
 * Records the demo city's supervision history through the service's GraphQL API, on a service
 * whose store holds the demo city (seeded up to the same `until`). Skipped once its last step (the
 * appeal's review) is in the store. Every step has a fixed idempotency key, so a run cut short
 * and started again resends the steps it had recorded instead of recording them twice.
 */
export async function seedDemoSupervision(app: NestFastifyApplication, options: { until?: Day } = {}): Promise<SeedDemoSupervisionResult> {
  await app.init();
  const store = app.get<EventStore>(EventStore);
  if ((await store.readStream(demoAppealStream())).length > 1) return { skipped: true };
  const client = new SupervisionClient(app, app.get(Clock));
  try {
    const calendar = await SupervisionCalendar.read(client, options.until ?? DEMO_DEFAULT_UNTIL);
    return { skipped: false, ...(await recordSupervision(client, buildDemoCity(), calendar)) };
  } finally {
    client.restoreClock();
  }
}

/** One line for the console. */
export function supervisionSeededText(result: SeedDemoSupervisionResult): string {
  if (result.skipped) return 'Demo supervision history already recorded';
  const { visits, problems, letters, interviews, listings, decisions, bulletins, instructions, appeals } = result;
  return (
    `Recorded the supervision history: ${visits} dekad visits, ${problems} problems, ${letters} letters, ${interviews} interview, ` +
    `${listings} listing, ${decisions} suggestions decided, ${bulletins} bulletins published with ${instructions} leaders' instructions, ${appeals} appeal`
  );
}
