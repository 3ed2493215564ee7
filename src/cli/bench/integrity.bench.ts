import { AppConfig } from '../../config/app-config';
import { DEMO_DEFAULT_UNTIL } from '../demo/demo-defaults';
import { buildDemoCity } from '../demo/demo-organization';
import { GAMING_TARGETS, gamingReport, measureGaming } from '../demo/planted-gaming-figures';
import { graphqlFindingsSource } from '../demo/planted-gaming-source';
import { benchHeaders } from './bench-tokens';
import { ensureDemoCity } from './ranking-load.bench';
import { Figure } from './report';
import { ServiceProcess } from './service-process';

const SECTION = '9 integrity (demo city)';

/**
 * The detectors on the demo city (seeded in `config.dataDir` if the ranking phase has not), through
 * the service as evaluation staff read them: all of them over a year of the city, the planted
 * gaming found month by month (recall), the other stations flagged, and the findings per month.
 */
export async function benchIntegrity(config: AppConfig): Promise<Figure[]> {
  await ensureDemoCity(config);
  const { service } = await ServiceProcess.start({ dataDir: config.dataDir, queryCache: false });
  try {
    const findings = graphqlFindingsSource(`${service.url}/graphql`, benchHeaders(config.dataDir, 'EVALUATION_STAFF'));
    await findings({ from: '2026-01-01', to: '2026-01-31' });
    const f = await measureGaming(
      findings,
      buildDemoCity().stations.map((s) => s.id),
      DEMO_DEFAULT_UNTIL,
    );
    console.log(gamingReport(f));
    const perMonth = f.months.map((m) => m.findings);
    return [
      {
        section: SECTION,
        name: 'all detectors over a year, the whole city',
        value: f.yearSeconds,
        unit: 's',
        target: { max: GAMING_TARGETS.yearSeconds },
        note: `${f.yearFindings} findings; integrityFindings over GraphQL, QUERY_CACHE=off`,
      },
      { section: SECTION, name: 'planted gaming found (recall)', value: f.recall, unit: 'share', target: { min: GAMING_TARGETS.recall } },
      {
        section: SECTION,
        name: 'other stations flagged in a month: max share',
        value: f.maxFalseFlagShare,
        unit: 'share',
        target: { max: GAMING_TARGETS.falseFlagShare },
      },
      {
        section: SECTION,
        name: 'findings per month: mean',
        value: perMonth.reduce((a, b) => a + b, 0) / perMonth.length,
        unit: 'findings',
        note: `by month ${f.months[0].from.slice(0, 7)} – ${f.months.at(-1)!.from.slice(0, 7)}: ${perMonth.join(', ')}`,
      },
    ];
  } finally {
    await service.stop();
  }
}
