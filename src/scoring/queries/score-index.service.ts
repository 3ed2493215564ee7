import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Day } from '../../common/business-day';
import { EventStore } from '../../event-store/event-store.port';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { ProjectionRunner } from '../../read-store/projection-runner';
import { emptyCounts, INDICATOR_KEYS } from '../domain/indicators';
import { RuleSet, ruleSetInForce } from '../domain/rule-set';
import { scoreTotal } from '../domain/score';
import { scoreVariance } from '../domain/score-variance';
import { dailyIndicatorsProjection } from '../projections/daily-indicators.projection';
import { DAILY_INDICATORS } from '../projections/indicator-tables';
import { DayFigures, DayScorer, ScoreIndex } from './score-index';
import { CaseLossRow, DailyRow, ScoringReader } from './scoring.reader';

/** Events after which every stored day is rescored: the rules or an area's population changed. */
const RESCORING_EVENTS = new Set(['RuleSetPublished', 'DefenseAreaDefined', 'DefenseAreaPopulationSet']);
const READ_BATCH = 2_000;

export interface ScoringContext {
  ruleSets: RuleSet[];
  populations: Map<string, number>;
}

/**
 * Keeps a ScoreIndex in step with the read models. It is built from the daily indicators on first
 * use; afterwards it re-reads from the log the events the projections applied since, and reloads
 * only the (area, day) rows those events touched. Followers see the same checkpoints as the leader,
 * so every instance stays current without running the projection itself.
 */
@Injectable()
export class ScoreIndexService implements OnApplicationBootstrap {
  private readonly logger = new Logger('ScoreIndex');
  private index: ScoreIndex | undefined;
  private context: ScoringContext = { ruleSets: [], populations: new Map() };
  private watermark = 0n;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly reader: ScoringReader,
    private readonly organization: OrganizationReader,
    @Inject(EventStore) private readonly events: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  /** Built in the background at start, so the first ranking does not wait for it. */
  onApplicationBootstrap() {
    this.current().catch((error: unknown) => this.logger.error(`Building the score index failed: ${String(error)}`));
  }

  /** The index with everything the projections had applied when called, and the rules it scored with. */
  async current(): Promise<{ index: ScoreIndex; context: ScoringContext }> {
    const target = this.runner.position;
    while (!this.index || this.watermark < target) {
      this.refreshing ??= this.refresh(this.runner.position).finally(() => (this.refreshing = undefined));
      await this.refreshing;
    }
    return { index: this.index, context: this.context };
  }

  /** Scores a day of an area with the given rules and populations. */
  static scorer(context: ScoringContext): DayScorer {
    const rulesByDay = new Map<Day, RuleSet | undefined>();
    return (areaId, day, counts, caseLossesFen) => {
      if (!rulesByDay.has(day)) rulesByDay.set(day, ruleSetInForce(context.ruleSets, day));
      const rules = rulesByDay.get(day);
      if (!rules) return { score: 0, variance: 0 };
      const input = { counts, caseLossesFen, population: context.populations.get(areaId) ?? 0 };
      return { score: scoreTotal(input, rules), variance: scoreVariance(input, rules) };
    };
  }

  private async refresh(target: bigint): Promise<void> {
    if (!this.index) return this.build(target);
    const touched = new Map<string, { areaId: string; day: Day }>();
    let rescore = false;
    for await (const batch of this.events.readAll(this.watermark, READ_BATCH)) {
      for (const event of batch) {
        if (event.position > target) break;
        rescore ||= RESCORING_EVENTS.has(event.type);
        for (const change of dailyIndicatorsProjection.project(event)) {
          if (change.table !== DAILY_INDICATORS || !('key' in change)) continue;
          const { areaId, day } = change.key as { areaId: string; day: Day };
          touched.set(`${areaId}|${day}`, { areaId, day });
        }
      }
      if (batch.length && batch[batch.length - 1].position >= target) break;
    }
    if (touched.size) await this.reloadDays([...touched.values()]);
    if (rescore) {
      this.context = await this.loadContext();
      this.index.rescore(ScoreIndexService.scorer(this.context));
    }
    this.watermark = target;
  }

  private async build(target: bigint): Promise<void> {
    const started = Date.now();
    this.context = await this.loadContext();
    const index = new ScoreIndex(ScoreIndexService.scorer(this.context));
    const range = await this.reader.dayRange();
    let rows = 0;
    // A year at a time keeps a province's rows from sitting in memory all at once.
    for (let year = Number(range?.from.slice(0, 4)); range && year <= Number(range.to.slice(0, 4)); year++) {
      const period = { from: `${year}-01-01`, to: `${year}-12-31` };
      const figures = await this.figures(this.reader.dailyRows(period), this.reader.caseLosses(period));
      index.load(figures);
      rows += figures.length;
    }
    this.index = index;
    this.watermark = target;
    this.logger.log(`Score index built from ${rows} area-days in ${Date.now() - started} ms`);
  }

  private async reloadDays(keys: Array<{ areaId: string; day: Day }>): Promise<void> {
    const days = [...new Set(keys.map((k) => k.day))];
    const areaIds = [...new Set(keys.map((k) => k.areaId))];
    const figures = await this.figures(this.reader.dailyRowsOn(days, areaIds), this.reader.caseLossesOn(days, areaIds));
    const found = new Map(figures.map((f) => [`${f.areaId}|${f.day}`, f]));
    // A key with no row any more (never, today: rows are only incremented) reads as zeros.
    this.index!.setDays(keys.map((k) => found.get(`${k.areaId}|${k.day}`) ?? { ...k, counts: emptyCounts(), caseLossesFen: [] }));
  }

  private async figures(rows: Promise<DailyRow[]>, losses: Promise<CaseLossRow[]>): Promise<DayFigures[]> {
    const lossesByDay = new Map<string, number[]>();
    for (const l of await losses) {
      const key = `${l.areaId}|${l.day}`;
      const list = lossesByDay.get(key);
      if (list) list.push(l.lossFen);
      else lossesByDay.set(key, [l.lossFen]);
    }
    return (await rows).map((row) => {
      const counts = emptyCounts();
      for (const k of INDICATOR_KEYS) counts[k] = (row[k] as number | null) ?? 0;
      return { areaId: row.areaId, day: row.day, counts, caseLossesFen: lossesByDay.get(`${row.areaId}|${row.day}`) ?? [] };
    });
  }

  private async loadContext(): Promise<ScoringContext> {
    const [ruleSets, stations] = await Promise.all([this.reader.ruleSets(), this.organization.units({ level: 'STATION' })]);
    return { ruleSets, populations: new Map(stations.map((s) => [s.unitId, s.population ?? 0])) };
  }
}
