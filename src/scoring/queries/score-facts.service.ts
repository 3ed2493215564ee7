import { Inject, Injectable } from '@nestjs/common';
import { bilingual } from '../../common/bilingual';
import { Day, businessDayOf } from '../../common/business-day';
import { NotFoundError } from '../../common/graphql/api-errors';
import { EventStore, StoredEvent } from '../../event-store/event-store.port';
import { factLabel } from '../../facts/domain/fact-catalogue';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { ChiefRole } from '../../organization/events/organization.events';
import { spansWithin } from '../domain/accountability';
import { INDICATORS, IndicatorKey } from '../domain/indicators';
import { PeriodRequest, ResolvedPeriod, resolvePeriod } from '../domain/resolve-period';
import { isRateRuleSet, ruleSetInForce } from '../domain/rule-set';
import { RESIDENTS } from '../events/rule-set.events';
import { indicatorIncrements } from '../projections/daily-indicators.projection';
import { RankingService } from './ranking.service';
import { ScoringReader } from './scoring.reader';

/** One fact behind a score, as a chief reads it: what, where, when, and the amount it counted. */
export interface ScoreFact {
  eventId: string;
  position: bigint;
  type: string;
  what: string;
  unitId: string;
  unitName: string;
  occurredAt: string;
  /** What the fact added to each indicator of the term (fen for amounts). */
  counted: Array<{ indicator: IndicatorKey; value: number }>;
}

export interface ScoreFactsPage {
  period: ResolvedPeriod;
  term: { key: string; label: string };
  facts: ScoreFact[];
  /** Facts behind the term in all, over every page. */
  total: number;
  /** The cursor of the next page; null on the last one. */
  next: string | null;
}

export const MAX_FACTS_PER_PAGE = 100;

/**
 * The facts behind one term of a ranked subject's score over a period: the events counted in its
 * numerator or denominator on the areas and days the subject answered for, oldest first, a page at
 * a time.
 */
@Injectable()
export class ScoreFactsService {
  constructor(
    private readonly rankings: RankingService,
    private readonly reader: ScoringReader,
    private readonly organization: OrganizationReader,
    @Inject(EventStore) private readonly events: EventStore,
  ) {}

  async facts(
    role: ChiefRole,
    subjectId: string,
    request: PeriodRequest,
    termKey: string,
    page: { first: number; after?: string | null },
    today?: Day,
    asOf?: string,
  ): Promise<ScoreFactsPage> {
    const period = resolvePeriod(request, today ?? businessDayOf(asOf ? new Date(asOf) : new Date()));
    const subject = (await this.rankings.subjects(role)).find((s) => s.subjectId === subjectId);
    if (!subject) throw new NotFoundError(bilingual(`排名中没有 "${subjectId}"`, `no "${subjectId}" is ranked among ${role}`), 'subjectId');
    const { ruleSets } = await this.rankings.inputs(asOf);
    const rules = ruleSetInForce(ruleSets, period.to);
    const term = isRateRuleSet(rules) ? rules.rateTerms.find((t) => t.key === termKey) : undefined;
    if (!term)
      throw new NotFoundError(
        bilingual(`考评规则中没有计分项 "${termKey}"`, `no term "${termKey}" in the rules scoring the period`),
        'term',
      );
    const indicators = new Set<IndicatorKey>([...term.numerator, ...(term.denominator === RESIDENTS ? [] : term.denominator)]);
    const positions = await this.positions(subject.spans, period);
    // As known at an instant: the facts and corrections recorded by then.
    const counted = (await this.events.readPositions(positions))
      .filter((event) => !asOf || Date.parse(event.metadata.recordedAt) <= Date.parse(asOf))
      .map((event) => ({ event, counted: this.countedIn(event, indicators) }))
      .filter((f) => f.counted.length > 0);
    const after = page.after ? BigInt(page.after) : -1n;
    const rest = counted.filter((f) => f.event.position > after);
    const shown = rest.slice(0, page.first);
    const names = new Map((await this.organization.units()).map((u) => [u.unitId, u.name]));
    return {
      period,
      term: { key: term.key, label: term.label },
      facts: shown.map(({ event, counted: c }) => ({
        eventId: event.id,
        position: event.position,
        type: event.type,
        what: factLabel(event.type),
        unitId: event.metadata.unitId,
        unitName: names.get(event.metadata.unitId) ?? event.metadata.unitId,
        occurredAt: event.metadata.occurredAt,
        counted: c,
      })),
      total: counted.length,
      next: rest.length > shown.length ? String(shown[shown.length - 1].event.position) : null,
    };
  }

  /** The positions of the events counted on the subject's areas, each on the days it answered for them. */
  private async positions(spans: Parameters<typeof spansWithin>[0], period: ResolvedPeriod): Promise<bigint[]> {
    const all: bigint[] = [];
    for (const span of spansWithin(spans, period.from, period.to)) {
      for (const row of await this.reader.sourcesOver({ from: span.from, to: span.to! }, span.areaIds)) all.push(...row.positions);
    }
    return [...new Set(all)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  private countedIn(event: StoredEvent, indicators: Set<IndicatorKey>): Array<{ indicator: IndicatorKey; value: number }> {
    const increments = indicatorIncrements(event);
    return Object.entries(increments)
      .filter(([key, value]) => indicators.has(key as IndicatorKey) && value !== 0 && Object.hasOwn(INDICATORS, key))
      .map(([key, value]) => ({ indicator: key as IndicatorKey, value: value as number }));
  }
}
