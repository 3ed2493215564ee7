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

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions: { code: string } }> };
  };

  it.each(['STATION_CHIEF', 'COUNTY_CHIEF', 'BUREAU_LEADER'])(
    'explains every %s score of September exactly: the explanation totals the ranking’s score, term by term',
    async (role) => {
      const period = { kind: 'MONTH', day: '2026-09-15' };
      type Rows = { ranking: { rows: Array<{ subjectId: string; score: number }> } };
      const ranking = await gql<Rows>(
        `query($role: ChiefRole!, $period: PeriodInput!) { ranking(role: $role, period: $period) { rows { subjectId score } } }`,
        { role, period },
      );
      const rows = ranking.data!.ranking.rows;
      expect(rows.length).toBeGreaterThan(role === 'STATION_CHIEF' ? 100 : 3);
      for (const row of rows) {
        type Explained = { scoreExplanation: { total: number; ruleKind: string; terms: Array<{ points: number; weight: number }> } };
        const { data } = await gql<Explained>(
          `query($role: ChiefRole!, $id: ID!, $period: PeriodInput!) {
            scoreExplanation(role: $role, subjectId: $id, period: $period) { total ruleKind terms { points weight } } }`,
          { role, id: row.subjectId, period },
        );
        const explained = data!.scoreExplanation;
        expect([row.subjectId, explained.total]).toEqual([row.subjectId, row.score]);
        expect(explained.ruleKind).toBe('RATES');
        expect(explained.terms.reduce((sum, t) => sum + t.points, 0)).toBeCloseTo(row.score, 3);
        expect(explained.terms.reduce((sum, t) => sum + t.weight, 0)).toBe(100);
      }
    },
  );

  it('explains a term down to its figures, money in yuan, and refuses an id the ranking does not list', async () => {
    type Explained = { scoreExplanation: { name: string; terms: Array<Record<string, unknown>> } };
    const explain = (role: string, id: string) =>
      gql<Explained>(
        `query($role: ChiefRole!, $id: ID!) { scoreExplanation(role: $role, subjectId: $id, period: { kind: MONTH, day: "2026-09-15" }) {
          name terms { key label numerator denominator unit rate shrunk comparedWith reference points } } }`,
        { role, id },
      );
    const { data } = await explain('STATION_CHIEF', 'station-shaxian-01');
    const loss = data!.scoreExplanation.terms.find((t) => t.key === 'lossPer10k')!;
    expect(loss).toMatchObject({ label: '每万人财损', unit: '元/万人', comparedWith: '全市' });
    expect(loss.numerator).toMatch(/^\d+\.\d{2}$/);
    const timely = data!.scoreExplanation.terms.find((t) => t.key === 'timelyRate')!;
    expect(timely).toMatchObject({ unit: '比例', comparedWith: '目标', reference: 0.95 });
    expect(Number(timely.numerator)).toBeLessThanOrEqual(Number(timely.denominator));
    for (const [role, id] of [
      ['STATION_CHIEF', 'station-nowhere'],
      ['STATION_CHIEF', 'county-shaxian'],
    ]) {
      const refused = await explain(role, id);
      expect(refused.data).toBeNull();
      expect(refused.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(refused.errors![0].message).toContain(`"${id}"`);
    }
  });

  it('explains a day of a defense area under the rate rules as the day’s ranking scores it, and refuses an unknown area', async () => {
    type Day = { ranking: { rows: Array<{ subjectId: string; score: number }> } };
    const ranking = await gql<Day>(
      `{ ranking(role: STATION_CHIEF, period: { kind: DAY, day: "2026-09-15" }) { rows { subjectId score } } }`,
    );
    const score = ranking.data!.ranking.rows.find((r) => r.subjectId === 'station-shaxian-01')!.score;
    type Explained = { explainScore: { kind: string; total: number; terms: unknown[]; rateTerms: Array<{ key: string }> } };
    const query = `query($id: ID!) { explainScore(areaId: $id, day: "2026-09-15") { kind total terms { indicator } rateTerms { key } } }`;
    const { data } = await gql<Explained>(query, { id: 'station-shaxian-01' });
    expect(data!.explainScore).toMatchObject({ kind: 'RATES', total: score, terms: [] });
    expect(data!.explainScore.rateTerms).toHaveLength(15);
    const unknown = await gql(query, { id: 'station-nowhere' });
    expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('opens the facts behind a term to the chief whose score it is, page by page, and to no other chief', async () => {
    const chief = benchHeaders(dataDir, 'STATION_CHIEF', ['station-shaxian-01']);
    const ask = async (headersOf: Record<string, string>, term: string, after: string | null) => {
      const query = `query($term: String!, $after: String) {
        scoreFacts(role: STATION_CHIEF, subjectId: "station-shaxian-01", period: { kind: MONTH, day: "2026-09-15" }, term: $term, first: 3, after: $after) {
          total next facts { eventId what unitName occurredAt counted { indicator value } } } }`;
      const response = await fetch(url, {
        method: 'POST',
        headers: headersOf,
        body: JSON.stringify({ query, variables: { term, after } }),
      });
      return (await response.json()) as {
        data?: {
          scoreFacts: {
            total: number;
            next: string | null;
            facts: Array<{
              eventId: string;
              what: string;
              unitName: string;
              occurredAt: string;
              counted: Array<{ indicator: string; value: string }>;
            }>;
          };
        };
        errors?: Array<{ extensions: { code: string } }>;
      };
    };
    type Explained = { scoreExplanation: { terms: Array<{ key: string; numerator: string }> } };
    const { data } = await gql<Explained>(
      `{ scoreExplanation(role: STATION_CHIEF, subjectId: "station-shaxian-01", period: { kind: MONTH, day: "2026-09-15" }) { terms { key numerator } } }`,
    );
    const numerator = (key: string) => Number(data!.scoreExplanation.terms.find((t) => t.key === key)!.numerator);
    for (const [term, indicator] of [
      ['timelyRate', 'contactedInTime'],
      ['lossPer10k', 'loss'],
    ]) {
      const seen = new Set<string>();
      let sum = 0;
      let total = -1;
      for (let after: string | null = null, pages = 0; pages === 0 || after !== null; pages++) {
        const page: Awaited<ReturnType<typeof ask>> = await ask(chief, term, after);
        const facts = page.data!.scoreFacts;
        total = facts.total;
        for (const fact of facts.facts) {
          expect(seen.has(fact.eventId)).toBe(false);
          seen.add(fact.eventId);
          expect(fact.occurredAt).toMatch(/^2026-09-\d\dT.*\+08:00$/);
          expect(fact.unitName).toMatch(/[所队]$/);
          sum += fact.counted.filter((c) => c.indicator === indicator).reduce((s, c) => s + Number(c.value), 0);
        }
        after = facts.next;
        expect(pages).toBeLessThan(100);
      }
      expect(seen.size).toBe(total);
      expect(sum).toBeCloseTo(numerator(term), 2);
    }
    const other = await ask(benchHeaders(dataDir, 'STATION_CHIEF', ['station-shaxian-02']), 'timelyRate', null);
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    const unknown = await ask(chief, 'noSuchTerm', null);
    expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
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
