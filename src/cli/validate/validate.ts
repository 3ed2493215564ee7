import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEventStore } from '../../app/embedded-stores';
import { loadConfig } from '../../config/app-config';
import { benchHeaders } from '../bench/bench-tokens';
import { ServiceProcess } from '../bench/service-process';
import { progress } from '../bench/stats';
import { DEMO_DEFAULT_UNTIL } from '../demo/demo-defaults';
import { seedDemoCity } from '../demo/seed-demo-city';
import { PLANTED_CHANGE_DAY, demoTruth } from '../demo/station-quality';
import { graphqlRankingSource } from './graphql-ranking-source';
import { PlantedTruth, ScoringValidation, VALIDATION_THRESHOLDS, validateScoring } from './scoring-validation';

/** The demo city's planted truth in the validation's terms. */
export function plantedTruth(): PlantedTruth {
  return {
    changeDay: PLANTED_CHANGE_DAY,
    stations: demoTruth().stations.map((s) => ({
      stationId: s.stationId,
      population: s.population,
      quality: s.quality,
      changedTo: s.change ? s.quality + s.change.delta : null,
    })),
  };
}

const fixed = (x: number) => x.toFixed(3);
const verdict = (holds: boolean) => (holds ? 'PASS' : 'MISS');

/** The validation's figures as `npm run validate` prints them, one line per property with its threshold. */
export function validationReport(v: ScoringValidation): string {
  const t = VALIDATION_THRESHOLDS;
  return [
    `scoring validation: demo city, station ranking, year to date ${v.period.from} – ${v.period.to}`,
    `  size:     ρ(score, population) = ${fixed(v.populationRho)}, ρ(score, warnings received) = ${fixed(v.warningsRho)}   |ρ| ≤ ${t.sizeRho}  ${verdict(v.holds.size)}`,
    `  quality:  ρ(score, planted quality) = ${fixed(v.qualityRho)}   ≥ ${t.qualityRho}  ${verdict(v.holds.quality)}`,
    `  recall:   ${fixed(v.recall)} of ${v.changedStations} changed stations get a right-way arrow within two months   ≥ ${t.recall}  ${verdict(v.holds.recall)}`,
    `  false arrows: ${fixed(v.falseArrowShare)} of ${v.unchangedStationMonths} station-months of unchanged stations (${v.months.map((m) => m.slice(0, 7)).join(', ')})   ≤ ${t.falseArrows}  ${verdict(v.holds.falseArrows)}`,
  ].join('\n');
}

/**
 * `npm run validate`: seeds the demo city into a temporary data directory, starts the real service
 * on it and measures domain.md's "What must hold" through the GraphQL API. Exits 1 when a property misses.
 */
async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'anti-fraud-validate-'));
  try {
    process.env.DATA_DIR = dataDir;
    const events = openEventStore(loadConfig());
    progress('seeding the demo city');
    await seedDemoCity(events).finally(() => events.dispose());
    progress('starting the service');
    const { service } = await ServiceProcess.start({ dataDir, queryCache: true });
    try {
      const rank = graphqlRankingSource(`${service.url}/graphql`, benchHeaders(dataDir, 'LEADERSHIP'));
      const validation = await validateScoring(rank, plantedTruth(), DEMO_DEFAULT_UNTIL);
      console.log(validationReport(validation));
      if (Object.values(validation.holds).some((holds) => !holds)) process.exitCode = 1;
    } finally {
      await service.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
