import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Day } from '../../common/business-day';
import { EventStore } from '../../event-store/event-store.port';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { UNITS } from '../../organization/projections/organization.projection';
import { AppliedBatch, ProjectionRunner } from '../../read-store/projection-runner';
import { emptyCounts, INDICATOR_KEYS } from '../domain/indicators';
import { RuleSet, isAdditiveRuleSet, ruleSetInForce } from '../domain/rule-set';
import { scoreTotal } from '../domain/score';
import { scoreVariance } from '../domain/score-variance';
import { dailyIndicatorsProjection } from '../projections/daily-indicators.projection';
import { DAILY_INDICATORS } from '../projections/indicator-tables';
import { RULE_SETS } from '../projections/rule-sets.projection';
import { DayFigures, DayScorer, ScoreIndex } from './score-index';
import { CaseLossRow, DailyRow, ScoringReader } from './scoring.reader';

const READ_BATCH = 2_000;
/** Past this many area-days to reload, the index is built afresh: reading every row costs no more. */
const MAX_PENDING_AREA_DAYS = 50_000;

export interface ScoringContext {
  ruleSets: RuleSet[];
  populations: Map<string, number>;
}

interface AreaDay {
  areaId: string;
  day: Day;
}

/** What the batches applied since the index last caught up changed in what it reads. */
interface Pending {
  /** The daily-indicator rows they changed; a case's loss changes only with its area-day's row. */
  areaDays: Map<string, AreaDay>;
  /** A batch changed daily indicators without naming the rows. */
  unknownRows: boolean;
  /** The rule sets or the units changed: the rules or a population may differ. */
  context: boolean;
  /** Too many rows to reload one by one. */
  rebuild: boolean;
}

const nothingPending = (): Pending => ({ areaDays: new Map(), unknownRows: false, context: false, rebuild: false });
const areaDayKey = ({ areaId, day }: AreaDay) => `${areaId}|${day}`;
const addAreaDay = (areaDays: Map<string, AreaDay>, areaDay: AreaDay) => areaDays.set(areaDayKey(areaDay), areaDay);

/**
 * Keeps a ScoreIndex in step with the read models. It is built from the daily indicators on first
 * use; afterwards each applied batch names the (area, day) rows it changed, and the index reloads
 * just those from the read models. Followers get the same names from the leader's batches, so every
 * instance stays current without running the projections or reading the log.
 */
@Injectable()
export class ScoreIndexService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ScoreIndex');
  private index: ScoreIndex | undefined;
  private context: ScoringContext = { ruleSets: [], populations: new Map() };
  /** The runner's position the index holds everything up to. */
  private watermark = 0n;
  private pending = nothingPending();
  private refreshing: Promise<void> | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly reader: ScoringReader,
    private readonly organization: OrganizationReader,
    @Inject(EventStore) private readonly events: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {
    // From construction on, so no batch applied while the index is first built goes unseen.
    this.unsubscribe = runner.onApplied((batch) => this.note(batch));
  }

  /** Built in the background at start, so the first ranking does not wait for it. */
  onApplicationBootstrap() {
    this.current().catch((error: unknown) => this.logger.error(`Building the score index failed: ${String(error)}`));
  }

  onModuleDestroy() {
    this.unsubscribe();
  }

  /** The index with everything the projections had applied when called, and the rules it scored with. */
  current(): Promise<{ index: ScoreIndex; context: ScoringContext }> {
    return this.withIndex(({ index, context }) => ({ index, context }));
  }

  /**
   * Runs `read` on the index brought up to date, synchronously, with the runner position it holds
   * everything up to: what derives a copy from it must see no later batch half applied.
   */
  async withIndex<T>(read: (state: { index: ScoreIndex; context: ScoringContext; position: bigint }) => T): Promise<T> {
    const target = this.runner.position;
    while (!this.index || this.watermark < target) {
      this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
      await this.refreshing;
    }
    return read({ index: this.index, context: this.context, position: this.watermark });
  }

  /** Scores a day of an area with the given rules and populations. */
  static scorer(context: ScoringContext): DayScorer {
    const rulesByDay = new Map<Day, RuleSet | undefined>();
    return (areaId, day, counts, caseLossesFen) => {
      if (!rulesByDay.has(day)) rulesByDay.set(day, ruleSetInForce(context.ruleSets, day));
      const rules = rulesByDay.get(day);
      // Rate rule sets score a period's totals, not its days.
      if (!isAdditiveRuleSet(rules)) return { score: 0, variance: 0 };
      const input = { counts, caseLossesFen, population: context.populations.get(areaId) ?? 0 };
      return { score: scoreTotal(input, rules), variance: scoreVariance(input, rules) };
    };
  }

  private note(batch: AppliedBatch): void {
    const pending = this.pending;
    if (batch.tables.includes(RULE_SETS) || batch.tables.includes(UNITS)) pending.context = true;
    if (pending.rebuild || !batch.tables.includes(DAILY_INDICATORS)) return;
    const keys = batch.keysOf?.(DAILY_INDICATORS) ?? null;
    if (!keys) {
      pending.unknownRows = true;
      return;
    }
    for (const key of keys) addAreaDay(pending.areaDays, { areaId: String(key.areaId), day: String(key.day) });
    if (pending.areaDays.size > MAX_PENDING_AREA_DAYS) {
      pending.rebuild = true;
      pending.areaDays.clear();
    }
  }

  /** Brings the index up to the runner's position with what the batches since named; on failure, they stay pending. */
  private async refresh(): Promise<void> {
    const target = this.runner.position;
    const pending = this.pending;
    this.pending = nothingPending();
    try {
      if (!this.index || pending.rebuild) return await this.build(target);
      if (pending.context) await this.reloadContext(this.index);
      if (pending.unknownRows) for (const areaDay of await this.areaDaysInLogAfter(this.watermark)) addAreaDay(pending.areaDays, areaDay);
      if (pending.areaDays.size) await this.reloadDays(this.index, [...pending.areaDays.values()]);
      this.watermark = target;
    } catch (error) {
      this.keepPending(pending);
      throw error;
    }
  }

  private keepPending(earlier: Pending): void {
    const later = this.pending;
    for (const [key, areaDay] of later.areaDays) earlier.areaDays.set(key, areaDay);
    this.pending = {
      areaDays: earlier.areaDays,
      unknownRows: earlier.unknownRows || later.unknownRows,
      context: earlier.context || later.context,
      rebuild: earlier.rebuild || later.rebuild || earlier.areaDays.size > MAX_PENDING_AREA_DAYS,
    };
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

  /** Rescores everything only when the rules or a population really changed, not for any new unit. */
  private async reloadContext(index: ScoreIndex): Promise<void> {
    const context = await this.loadContext();
    if (sameContext(context, this.context)) return;
    this.context = context;
    index.rescore(ScoreIndexService.scorer(context));
  }

  /**
   * The area-days of the daily-indicator events in the log after `after`. Only for batches known by
   * their checkpoints alone, i.e. a follower without peers (instances sharing a read store, each in
   * its own process): it re-reads the events the index has not seen, up to the end of the log (the
   * daily indicators may have applied more than every projection has), rather than reload the whole
   * index, which on a province takes seconds and would follow every batch the leader applies.
   */
  private async areaDaysInLogAfter(after: bigint): Promise<AreaDay[]> {
    const areaDays: AreaDay[] = [];
    for await (const batch of this.events.readAll(after, READ_BATCH)) {
      for (const event of batch) {
        for (const change of dailyIndicatorsProjection.project(event)) {
          if (change.table === DAILY_INDICATORS && 'key' in change)
            areaDays.push({ areaId: String(change.key.areaId), day: String(change.key.day) });
        }
      }
    }
    return areaDays;
  }

  private async reloadDays(index: ScoreIndex, keys: AreaDay[]): Promise<void> {
    const days = [...new Set(keys.map((k) => k.day))];
    const areaIds = [...new Set(keys.map((k) => k.areaId))];
    const figures = await this.figures(this.reader.dailyRowsOn(days, areaIds), this.reader.caseLossesOn(days, areaIds));
    const found = new Map(figures.map((f) => [areaDayKey(f), f]));
    // A key with no row any more (never, today: rows are only incremented) reads as zeros.
    index.setDays(keys.map((k) => found.get(areaDayKey(k)) ?? { ...k, counts: emptyCounts(), caseLossesFen: [] }));
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

/** Rule-set versions are never changed once published, so their ids tell them apart. */
function sameContext(a: ScoringContext, b: ScoringContext): boolean {
  if (a.ruleSets.length !== b.ruleSets.length || a.populations.size !== b.populations.size) return false;
  if (a.ruleSets.some((rules, i) => rules.versionId !== b.ruleSets[i].versionId)) return false;
  for (const [areaId, population] of a.populations) if (b.populations.get(areaId) !== population) return false;
  return true;
}
