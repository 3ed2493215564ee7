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

  private async build(instant: string): Promise<KnownIndex> {
    for (;;) {
      // The fact records are complete up to this position: an index that moved past it is read again.
      const complete = this.runner.position;
      const later = await this.recordedAfter(instant);
      const all = laterFacts(later);
      const cases = await this.casesOf(all);
      const built = await this.scoreIndex.withIndex(({ index, context, position }) => {
        if (position > complete) return null;
        // Facts the index has not applied yet are not in it to be taken back.
        const facts = later.some((e) => e.position > position) ? laterFacts(later.filter((e) => e.position <= position)) : all;
        const known = { ...context, ruleSets: context.ruleSets.filter((r) => !r.publishedAt || r.publishedAt <= instant) };
        const figures = figuresKnownAt(facts, (areaId, day) => index.dayFigures(areaId, day).counts, cases);
        const rescore = known.ruleSets.length !== context.ruleSets.length;
        const copy = index.knownCopy(figures, ScoreIndexService.scorer(known), rescore, businessDayOf(instant));
        return { index: copy, context: known, later: facts };
      });
      if (built) return built;
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
  const instant = parseInstant(asOf);
  if (Date.parse(instant) > now.getTime()) {
    throw new InvalidInputError([
      { field: 'asOf', problem: bilingual(`不能晚于当前时间，实际为 ${asOf}`, `must not be in the future, got ${asOf}`) },
    ]);
  }
  return instant;
}
