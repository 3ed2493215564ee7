import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { benchHeaders } from '../src/cli/bench/bench-tokens';
import { ServiceProcess } from '../src/cli/bench/service-process';
import { DEMO_DEFAULT_UNTIL } from '../src/cli/demo/demo-defaults';
import { seedDemoCity } from '../src/cli/demo/seed-demo-city';
import { graphqlRankingSource } from '../src/cli/validate/graphql-ranking-source';
import { ScoringValidation, VALIDATION_THRESHOLDS, validateScoring } from '../src/cli/validate/scoring-validation';
import { plantedTruth, validationReport } from '../src/cli/validate/validate';

const SOURCES = { script: join(__dirname, '..', 'src', 'main.ts'), nodeArgs: ['-r', 'ts-node/register/transpile-only'] };

/**
 * domain.md's "What must hold", measured on the demo city through the real service: the default
 * rule set must rank performance, not size, and its arrows must find the planted changes.
 */
describe('the default rule set on the demo city (npm run validate)', () => {
  let dataDir: string;
  let service: ServiceProcess;
  let url: string;
  let headers: Record<string, string>;
  let validation: ScoringValidation;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'validate-e2e-'));
    const events = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    await seedDemoCity(events).finally(() => events.dispose());
    ({ service } = await ServiceProcess.start({ dataDir, queryCache: true, ...SOURCES }));
    url = `${service.url}/graphql`;
    headers = benchHeaders(dataDir, 'LEADERSHIP');
    validation = await validateScoring(graphqlRankingSource(url, headers), plantedTruth(), DEMO_DEFAULT_UNTIL);
    console.log(validationReport(validation));
  }, 240_000);

  afterAll(async () => {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('does not rank size: the year-to-date score is unrelated to population and to warnings received', () => {
    expect(Math.abs(validation.populationRho)).toBeLessThanOrEqual(VALIDATION_THRESHOLDS.sizeRho);
    expect(Math.abs(validation.warningsRho)).toBeLessThanOrEqual(VALIDATION_THRESHOLDS.sizeRho);
  });

  it('ranks the planted quality: ρ ≥ 0.8 over the year to date', () => {
    expect(validation.qualityRho).toBeGreaterThanOrEqual(VALIDATION_THRESHOLDS.qualityRho);
  });

  it('finds at least 70% of the planted changes with a right-way arrow within two months', () => {
    expect(validation.changedStations).toBeGreaterThanOrEqual(6);
    expect(validation.recall).toBeGreaterThanOrEqual(VALIDATION_THRESHOLDS.recall);
  });

  it('puts an arrow on at most 10% of the station-months of stations that did not change', () => {
    expect(validation.unchangedStationMonths).toBeGreaterThan(400);
    expect(validation.falseArrowShare).toBeLessThanOrEqual(VALIDATION_THRESHOLDS.falseArrows);
  });

  it('shows an arrow exactly where the move is real with 0.9, and says plainly when it is within noise', async () => {
    const query = `{ ranking(role: STATION_CHIEF, period: { kind: MONTH, day: "2026-09-15" }) {
      rows { rank previousRank trend arrow moveProbability note } } }`;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
    const { data } = (await response.json()) as {
      data: {
        ranking: {
          rows: Array<{
            rank: number;
            previousRank: number;
            trend: string;
            arrow: string;
            moveProbability: number | null;
            note: string | null;
          }>;
        };
      };
    };
    const rows = data.ranking.rows;
    const moved = rows.filter((r) => r.rank !== r.previousRank);
    expect(moved.length).toBeGreaterThan(100);
    for (const row of moved) {
      expect(row.moveProbability).not.toBeNull();
      if (row.trend === 'UP' || row.trend === 'DOWN') {
        expect(row.moveProbability).toBeGreaterThanOrEqual(0.9);
        expect(row.arrow).toBe(row.trend === 'UP' ? '↑' : '↓');
      } else {
        expect(row).toMatchObject({ trend: 'UNCERTAIN', arrow: '', note: '名次变化仍在数据的随机波动范围内，不标升降。' });
        expect(row.moveProbability).toBeLessThan(0.9);
      }
    }
    expect(moved.some((r) => r.trend === 'UNCERTAIN')).toBe(true);
  });
});
