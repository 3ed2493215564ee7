import { Inject, Injectable } from '@nestjs/common';
import { bilingual } from '../../common/bilingual';
import { businessDayOf } from '../../common/business-day';
import { InvalidInputError } from '../../common/graphql/api-errors';
import { parseInstant } from '../../common/graphql/scalars';
import { EventStore, StoredEvent } from '../../event-store/event-store.port';
import { FACT_RECORDS } from '../../facts/projections/fact-records.projection';
import { ProjectionRunner } from '../../read-store/projection-runner';
import { ReadStore } from '../../read-store/read-store.port';
import { CASE_LOSSES } from '../projections/indicator-tables';
import { LaterFacts, changedAreaDays, figuresKnownAt, laterFacts } from './known-at';
import { ScoreIndex } from './score-index';
import { ScoreIndexService, ScoringContext } from './score-index.service';
import { CaseLossRow } from './scoring.reader';

export interface KnownIndex {
  index: ScoreIndex;
  context: ScoringContext;
  /** What the facts recorded after the instant added, for the tables the index does not hold (the 指标 splits). */
  later: LaterFacts;
}

const READ_BATCH = 5_000;
/** Indexes as known at recent instants kept: each is a copy of the whole index. */
const KEPT = 3;
/** Facts stamped this long before now may still be on their way to the read models: an answer that recent is not kept. */
const SETTLING_MS = 60_000;

/**
 * The score index "as known at" an instant: facts recorded after it left out, the rules published
 * by then. Built from the live index less the facts recorded later (found by their recording time
 * in the fact records, so a correction recorded later is left out while the fact it corrects stays),
 * which is cheap for the recent instants leadership acts on. An answer for a settled instant never
 * changes: nothing can be recorded in the past.
 */
@Injectable()
export class AsOfIndexService {
  private readonly kept = new Map<string, Promise<KnownIndex>>();

  constructor(
    private readonly scoreIndex: ScoreIndexService,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(ReadStore) private readonly store: ReadStore,
    @Inject(EventStore) private readonly events: EventStore,
  ) {}

  at(asOf: string, now = new Date()): Promise<KnownIndex> {
    const instant = checkAsOf(asOf, now);
    const hit = this.kept.get(instant);
    if (hit) return hit;
    const known = this.build(instant);
    if (now.getTime() - Date.parse(instant) < SETTLING_MS) return known;
    if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(instant, known);
    known.catch(() => this.kept.get(instant) === known && this.kept.delete(instant));
    return known;
  }

  /**
   * Runs `read` on the index as known at each instant, the latest first: one copy of the index taken
   * back from instant to instant, so a year of month-end rankings costs one read of what was recorded
   * since the earliest. `read` must be done with the index before it returns: the next step changes it.
   */
  async eachKnownAt<T>(
    asOfs: readonly string[],
    read: (instant: string, known: Omit<KnownIndex, 'later'>) => Promise<T>,
    now = new Date(),
  ) {
    const instants = [...new Set(asOfs.map((asOf) => checkAsOf(asOf, now)))].sort().reverse();
    const results = new Map<string, T>();
    if (instants.length === 0) return results;
    const { index, context, later, cases } = await this.snapshot(instants.at(-1)!);
    const caseNow = new Map(cases.map((c) => [c.caseId, c]));
    let pending = later;
    let rules = context.ruleSets.length;
    for (const instant of instants) {
      // What was recorded after this instant and not yet taken back, in position order.
      const step = pending.filter((e) => e.metadata.recordedAt > instant);
      pending = pending.filter((e) => e.metadata.recordedAt <= instant);
      const facts = laterFacts(step);
      index.setDays(figuresKnownAt(facts, (areaId, day) => index.dayFigures(areaId, day).counts, [...caseNow.values()]));
      for (const [caseId, then] of facts.casesBefore) {
        if (then) caseNow.set(caseId, then);
        else caseNow.delete(caseId);
      }
      const known = knownContext(context, instant);
      if (known.ruleSets.length !== rules) index.rescore(ScoreIndexService.scorer(known));
      rules = known.ruleSets.length;
      index.endAt(businessDayOf(instant));
      results.set(instant, await read(instant, { index, context: known }));
    }
    return results;
  }

  private async build(instant: string): Promise<KnownIndex> {
    const { index, context, facts, cases } = await this.snapshot(instant);
    const known = knownContext(context, instant);
    index.setDays(figuresKnownAt(facts, (areaId, day) => index.dayFigures(areaId, day).counts, cases));
    if (known.ruleSets.length !== context.ruleSets.length) index.rescore(ScoreIndexService.scorer(known));
    index.endAt(businessDayOf(instant));
    return { index, context: known, later: facts };
  }

  /**
   * A copy of the live index, the events recorded after `instant` it holds (in position order) and
   * what they added, and today's cases those events touched or whose area-days they changed: taken together, so no batch
   * applied meanwhile sits in one and not the other.
   */
  private async snapshot(instant: string) {
    for (;;) {
      // The fact records are complete up to this position: an index that moved past it is read again.
      const complete = this.runner.position;
      const recorded = await this.recordedAfter(instant);
      const all = laterFacts(recorded);
      const cases = await this.casesOf(all);
      const taken = await this.scoreIndex.withIndex(({ index, context, position }) => {
        if (position > complete) return null;
        // Facts the index has not applied yet are not in it to be taken back.
        const later = recorded.filter((e) => e.position <= position);
        const facts = later.length === recorded.length ? all : laterFacts(later);
        return { index: index.copyScoredBy(ScoreIndexService.scorer(context)), context, later, facts, cases };
      });
      if (taken) return taken;
    }
  }

  private async recordedAfter(instant: string): Promise<StoredEvent[]> {
    const rows = await this.store.find<{ position: number }>(FACT_RECORDS, {
      where: { recordedAt: { gt: instant } },
      columns: ['position'],
      orderBy: [['position', 'asc']],
    });
    const events: StoredEvent[] = [];
    for (let i = 0; i < rows.length; i += READ_BATCH) {
      events.push(...(await this.events.readPositions(rows.slice(i, i + READ_BATCH).map((r) => BigInt(r.position)))));
    }
    return events;
  }

  /** Today's cases of the area-days the later facts changed, and of the cases they touched. */
  private async casesOf(facts: LaterFacts): Promise<CaseLossRow[]> {
    const areaDays = changedAreaDays(facts);
    if (areaDays.length === 0) return [];
    const keys = new Set(areaDays.map((a) => `${a.areaId}|${a.day}`));
    const rows = await this.store.find<CaseLossRow & Record<string, unknown>>(CASE_LOSSES, {
      where: { day: { in: [...new Set(areaDays.map((a) => a.day))] }, areaId: { in: [...new Set(areaDays.map((a) => a.areaId))] } },
    });
    const touched = [...facts.casesBefore.keys()];
    const moved = touched.length
      ? await this.store.find<CaseLossRow & Record<string, unknown>>(CASE_LOSSES, { where: { caseId: { in: touched } } })
      : [];
    return [...rows.filter((r) => keys.has(`${r.areaId}|${r.day}`)), ...moved];
  }
}

/** An instant with its offset, not after now; in one spelling, so the same instant is kept once. */
export function checkAsOf(asOf: string, now = new Date()): string {
  let instant: string;
  try {
    instant = parseInstant(asOf);
  } catch (error) {
    throw new InvalidInputError([{ field: 'asOf', problem: (error as Error).message }]);
  }
  if (Date.parse(instant) > now.getTime()) {
    throw new InvalidInputError([
      { field: 'asOf', problem: bilingual(`不能晚于当前时间，实际为 ${asOf}`, `must not be in the future, got ${asOf}`) },
    ]);
  }
  return instant;
}

/** The rules published by the instant. */
const knownContext = (context: ScoringContext, instant: string): ScoringContext => ({
  ...context,
  ruleSets: context.ruleSets.filter((r) => !r.publishedAt || r.publishedAt <= instant),
});
