import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { benchHeaders } from '../src/cli/bench/bench-tokens';
import { ServiceProcess } from '../src/cli/bench/service-process';
import { DEMO_DEFAULT_UNTIL } from '../src/cli/demo/demo-defaults';
import { buildDemoCity } from '../src/cli/demo/demo-organization';
import { PLANTED_GAMING } from '../src/cli/demo/planted-gaming';
import { GAMING_TARGETS, GamingFigures, gamingReport, measureGaming } from '../src/cli/demo/planted-gaming-figures';
import { graphqlFindingsSource } from '../src/cli/demo/planted-gaming-source';
import { seedDemoCity } from '../src/cli/demo/seed-demo-city';
import { demoTruth } from '../src/cli/demo/station-quality';

const SOURCES = { script: join(__dirname, '..', 'src', 'main.ts'), nodeArgs: ['-r', 'ts-node/register/transpile-only'] };

/**
 * issue 19's targets on the demo city, through the real service: the detectors, run month by month
 * over the demo year, find every planted gaming pattern and flag few of the other stations.
 */
describe('the detectors on the demo city’s planted gaming', () => {
  let dataDir: string;
  let service: ServiceProcess;
  let figures: GamingFigures;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'integrity-validation-e2e-'));
    const events = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    await seedDemoCity(events).finally(() => events.dispose());
    ({ service } = await ServiceProcess.start({ dataDir, queryCache: false, ...SOURCES }));
    const findings = graphqlFindingsSource(`${service.url}/graphql`, benchHeaders(dataDir, 'EVALUATION_STAFF'));
    const stations = buildDemoCity().stations.map((s) => s.id);
    // Once untimed, so the year is timed on a warm service as the bench times it.
    await findings({ from: '2026-01-01', to: '2026-01-31' });
    figures = await measureGaming(findings, stations, DEMO_DEFAULT_UNTIL);
    console.log(gamingReport(figures));
  }, 300_000);

  afterAll(async () => {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('plants gaming at a few stations other than those whose quality changes', () => {
    const changed = new Set(demoTruth().planted.map((s) => s.stationId));
    const gaming = new Set(PLANTED_GAMING.map((g) => g.stationId));
    expect(gaming.size).toBeGreaterThanOrEqual(4);
    expect([...gaming].filter((id) => changed.has(id))).toEqual([]);
  });

  it('finds every planted pattern with the detector meant for it, at its station, in a month of its period', () => {
    for (const planted of figures.planted) expect([planted.stationId, planted.foundIn.length > 0]).toEqual([planted.stationId, true]);
    expect(figures.recall).toBe(GAMING_TARGETS.recall);
  });

  it('flags at most 5% of the other stations in any month of the year', () => {
    expect(figures.months).toHaveLength(12);
    expect(figures.maxFalseFlagShare).toBeLessThanOrEqual(GAMING_TARGETS.falseFlagShare);
  });

  // How fast is the bench's to say (npm run bench -- --only integrity, target 5 s): a timed test fails on a slow machine.
  it('runs all the detectors over a year of the city at once, finding the gaming that lasts', () => {
    expect(figures.yearFindings).toBeGreaterThan(0);
  });
});
