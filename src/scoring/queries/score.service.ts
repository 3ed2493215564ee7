import { bilingual } from '../../common/bilingual';
import { Inject, Injectable } from '@nestjs/common';
import { DomainRuleError } from '../../common/decider';
import { NotFoundError } from '../../common/graphql/api-errors';
import { Day } from '../../common/business-day';
import { emptyCounts } from '../domain/indicators';
import { isAdditiveRuleSet, isRateRuleSet, ruleSetInForce } from '../domain/rule-set';
import { RateTermScore } from '../domain/rate-score';
import { SubjectExplanationService } from './subject-explanation.service';
import { ScoreBreakdown, scoreOf } from '../domain/score';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { EventStore } from '../../event-store/event-store.port';
import { indicatorIncrements } from '../projections/daily-indicators.projection';
import { ReadModelCache } from './read-model-cache';
import { UNITS } from '../../organization/projections/organization.projection';
import { RULE_SETS } from '../projections/rule-sets.projection';
import { ScoringReader } from './scoring.reader';

export interface Explanation extends ScoreBreakdown {
  /** For a rate rule set: every term of the day's rates (and `terms` is empty). */
  rateTerms?: RateTermScore[];
  areaId: string;
  day: Day;
  ruleSet: { versionId: string; name: string; effectiveFrom: Day };
  /** For each indicator, the ids of the events that changed it that day. */
  eventIds: Map<string, string[]>;
}

/** Explains an area's day: every term under the rule set in force that day, down to the events. */
@Injectable()
export class ScoreService {
  constructor(
    private readonly reader: ScoringReader,
    private readonly organization: OrganizationReader,
    @Inject(EventStore) private readonly events: EventStore,
    private readonly cache: ReadModelCache,
    private readonly explanations: SubjectExplanationService,
  ) {}

  async explain(areaId: string, day: Day): Promise<Explanation> {
    const period = { from: day, to: day };
    const [rows, losses, ruleSets, positions, population] = await Promise.all([
      this.reader.dailyRows(period, [areaId]),
      this.reader.caseLosses(period, [areaId]),
      this.ruleSets(),
      this.reader.sourcePositions(areaId, day),
      this.populations(),
    ]);
    if (!population.has(areaId)) {
      throw new NotFoundError(bilingual(`没有防区 "${areaId}"`, `no defense area "${areaId}"`), 'areaId');
    }
    const rules = ruleSetInForce(ruleSets, day);
    if (isRateRuleSet(rules)) {
      // The day of the area's station ranking, explained as every ranking is.
      const { total, rateTerms } = await this.explanations.explain('STATION_CHIEF', areaId, { kind: 'DAY', day }, day);
      return {
        total: total ?? 0,
        terms: [],
        rateTerms,
        areaId,
        day,
        ruleSet: { versionId: rules.versionId, name: rules.name, effectiveFrom: rules.effectiveFrom },
        eventIds: await this.eventIdsByIndicator(positions),
      };
    }
    if (!isAdditiveRuleSet(rules))
      throw new DomainRuleError(bilingual(`日期 ${day} 没有生效的考评规则`, `no rule set is in force on ${day}`), 'day');
    const counts = ScoringReader.totalsByArea(rows).get(areaId) ?? emptyCounts();
    const breakdown = scoreOf({ counts, caseLossesFen: losses.map((l) => l.lossFen), population: population.get(areaId) ?? 0 }, rules);
    return {
      ...breakdown,
      areaId,
      day,
      ruleSet: { versionId: rules.versionId, name: rules.name, effectiveFrom: rules.effectiveFrom },
      eventIds: await this.eventIdsByIndicator(positions),
    };
  }

  private async eventIdsByIndicator(positions: bigint[]): Promise<Map<string, string[]>> {
    const byIndicator = new Map<string, string[]>();
    for (const event of await this.events.readPositions(positions)) {
      for (const indicator of Object.keys(indicatorIncrements(event))) {
        const ids = byIndicator.get(indicator);
        if (ids) ids.push(event.id);
        else byIndicator.set(indicator, [event.id]);
      }
    }
    return byIndicator;
  }

  private ruleSets() {
    return this.cache.memo('rule-sets', () => this.reader.ruleSets(), [RULE_SETS]);
  }

  private populations(): Promise<Map<string, number>> {
    return this.cache.memo(
      'populations',
      async () => {
        const stations = await this.organization.units({ level: 'STATION' });
        return new Map(stations.map((s) => [s.unitId, s.population ?? 0]));
      },
      [UNITS],
    );
  }
}
