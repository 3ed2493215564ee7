import { gzipSync } from 'node:zlib';
import { AppConfig } from '../../config/app-config';
import { isWebAppBuilt } from '../../api/http/web-app';
import { loadTokenKeys } from '../../security/auth/token-keys';
import { buildDemoCity } from '../demo/demo-organization';
import { signInLinks } from '../demo/sign-in-links';
import { launchBrowser } from './browser';
import { ensureDemoCity } from './ranking-load.bench';
import { Figure } from './report';
import { ServiceProcess } from './service-process';
import { Samples, progress } from './stats';

const SECTION = '7 web application (headless Chromium)';
const STATIONS = 120;
const DEBUGGING_PORT = 9333;

interface PageGlobals {
  document: { querySelectorAll(selector: string): { length: number } };
}

export interface WebOptions {
  /** Navigations timed, each in a fresh browser context (nothing cached in the browser). */
  navigations: number;
  /** Lighthouse runs per preset; the median is reported. */
  lighthouseRuns: number;
}

/** ESM-only packages (Lighthouse) from this CommonJS build: TypeScript would turn import() into require(). */
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

/**
 * The officers' application on the demo city, the service answering from its cache as it does in
 * the morning: the JavaScript the ranking screen needs before its table shows (gzip), the time from
 * navigation to the 120-row station ranking rendered, and Lighthouse's performance and
 * accessibility scores of that screen. The target is read on Lighthouse's desktop preset: the
 * application is laid out for officers' PCs and the command hall's screen (1366×768 and up), not
 * phones; the mobile preset (a mid-range phone on slow 4G) is printed beside it for information.
 * Lighthouse's scores vary from run to run, so each is the median of a few runs, as its authors advise.
 */
export async function benchWeb(config: AppConfig, options: WebOptions): Promise<Figure[]> {
  if (!isWebAppBuilt()) throw new Error('the web application is not built: npm run bench builds it (npm run build)');
  await ensureDemoCity(config);
  const { service } = await ServiceProcess.start({ dataDir: config.dataDir, queryCache: true });
  const browser = await launchBrowser([`--remote-debugging-port=${DEBUGGING_PORT}`]);
  try {
    const leadership = signInLinks(service.url, loadTokenKeys({ dataDir: config.dataDir }), buildDemoCity()).find(
      (l) => l.role === 'LEADERSHIP',
    )!;

    /** One navigation in a fresh context: milliseconds to the rendered ranking, and the scripts fetched by then. */
    const navigate = async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
      const page = await context.newPage();
      const scripts = new Map<string, Promise<Buffer | null>>();
      page.on('response', (response) => {
        // A body still arriving when the context closes is not counted (it came after the table).
        if (response.request().resourceType() === 'script')
          scripts.set(
            response.url(),
            response.body().catch(() => null),
          );
      });
      const started = Date.now();
      await page.goto(leadership.url);
      // Runs in the page (a function: the content policy forbids evaluating strings); this build has no DOM types.
      await page.waitForFunction(
        (rows) => (globalThis as unknown as PageGlobals).document.querySelectorAll('.ranking-table tbody tr').length === rows,
        STATIONS,
        { timeout: 30_000 },
      );
      const ms = Date.now() - started;
      const beforeTable = [...scripts.values()];
      const gzipped = (await Promise.all(beforeTable)).reduce((sum, body) => sum + (body ? gzipSync(body, { level: 9 }).length : 0), 0);
      await context.close();
      return { ms, gzipped, files: beforeTable.length };
    };

    progress('web: warming the cache');
    const first = await navigate();
    const samples = new Samples(options.navigations);
    for (let i = 0; i < options.navigations; i++) samples.add((await navigate()).ms * 1e6);
    const [p50, max] = samples.percentiles(50, 100).map((ns) => ns / 1e6);

    progress('web: Lighthouse on the ranking screen (desktop and mobile presets)');
    const desktop = await medianLighthouse(leadership.url, 'desktop', options.lighthouseRuns);
    const mobile = await medianLighthouse(leadership.url, 'mobile', options.lighthouseRuns);
    return [
      {
        section: SECTION,
        name: 'ranking screen: JavaScript before the table shows (gzip)',
        value: first.gzipped / 1024,
        unit: 'KB',
        target: { max: 400 },
        note: `${first.files} script files, gzip -9 of each as served; the chart's ECharts chunk follows the table`,
      },
      {
        section: SECTION,
        name: 'navigation to the 120-row station ranking rendered: median',
        value: p50,
        unit: 'ms',
        target: { max: 1_500 },
        note: `${options.navigations} navigations through the leadership sign-in link, each in a fresh browser context, QUERY_CACHE=on; slowest ${max.toFixed(0)} ms`,
      },
      {
        section: SECTION,
        name: 'Lighthouse performance (ranking screen, desktop preset)',
        value: desktop.performance,
        unit: 'score',
        target: { min: 90 },
        note: `median of ${desktop.runs}; lighthouse ${desktop.version}, ${desktop.preset}`,
      },
      {
        section: SECTION,
        name: 'Lighthouse accessibility (ranking screen, desktop preset)',
        value: desktop.accessibility,
        unit: 'score',
        target: { min: 90 },
      },
      {
        section: SECTION,
        name: 'Lighthouse performance (ranking screen, mobile preset: for information)',
        value: mobile.performance,
        unit: 'score',
        note: `median of ${mobile.runs}; ${mobile.preset}`,
      },
    ];
  } finally {
    await browser.close();
    await service.stop();
  }
}

interface LighthouseResult {
  lhr: {
    lighthouseVersion: string;
    configSettings: { formFactor: string; throttlingMethod: string };
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { displayValue?: string }>;
  };
}

/** The metrics the performance score is made of, printed beside it so a low score says why. */
const METRICS: Record<string, string> = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

type Preset = 'desktop' | 'mobile';
type Scores = Awaited<ReturnType<typeof lighthouseScores>>;

/** The run whose performance score is the median (its metrics then explain that score). */
async function medianLighthouse(url: string, preset: Preset, runs: number): Promise<Scores & { runs: number }> {
  const results: Scores[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouseScores(url, preset));
  results.sort((a, b) => a.performance - b.performance);
  return { ...results[Math.floor(results.length / 2)], runs };
}

async function lighthouseScores(url: string, preset: Preset) {
  const { default: lighthouse } = await importEsm<{
    default: (url: string, flags: object, config?: object) => Promise<LighthouseResult | undefined>;
  }>('lighthouse');
  // Lighthouse's own desktop configuration (no CPU slowdown, a wired connection, a 1350×940 screen).
  const config =
    preset === 'desktop' ? (await importEsm<{ default: object }>('lighthouse/core/config/desktop-config.js')).default : undefined;
  const result = await lighthouse(
    url,
    { port: DEBUGGING_PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    config,
  );
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, configSettings, lighthouseVersion, audits } = result.lhr;
  const metrics = Object.entries(METRICS)
    .map(([audit, label]) => `${label} ${audits[audit]?.displayValue ?? '?'}`)
    .join(', ');
  return {
    performance: Math.round((categories.performance.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
    version: lighthouseVersion,
    preset: `${configSettings.formFactor} preset, ${configSettings.throttlingMethod} throttling; ${metrics}`,
  };
}
