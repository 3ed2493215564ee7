import { Injectable } from '@nestjs/common';
import { bilingual } from '../../common/bilingual';
import { Day, businessDayOf } from '../../common/business-day';
import { NotFoundError } from '../../common/graphql/api-errors';
import { CHIEF_ROLE_LABELS, ChiefRole } from '../../organization/events/organization.events';
import { Subject } from '../domain/accountability';
import { IndicatorCounts } from '../domain/indicators';
import { RateTermScore } from '../domain/rate-score';
import { PeriodRequest, ResolvedPeriod, resolvePeriod } from '../domain/resolve-period';
import { RuleSet, ruleSetInForce, ruleSegments } from '../domain/rule-set';
import { PeriodRates } from './period-rates';
import { RankingService } from './ranking.service';
import { countsOf } from './score-index';
import { daySpans, periodSegments, subjectTotals } from './subject-totals';

export interface SubjectExplanation {
  role: ChiefRole;
  subject: Subject;
  period: ResolvedPeriod;
  /** The rule set in force on the period's last day, which scores it. */
  rules: RuleSet | undefined;
  /** Other rule sets in force on earlier days of the period, which do not score it. */
  earlierRules: RuleSet[];
  /** The same score the ranking gives; null when the subject answered for nothing in the period. */
  total: number | null;
  days: number;
  population: number;
  counts: IndicatorCounts | null;
  rateTerms: RateTermScore[];
}

/**
 * Why a subject of a ranking scored what it did over a period: every term of the rule set with its
 * numerator, denominator, raw and shrunk rate, reference and points, computed exactly as the
 * ranking computes the score.
 */
@Injectable()
export class SubjectExplanationService {
  constructor(private readonly rankings: RankingService) {}

  async explain(role: ChiefRole, subjectId: string, request: PeriodRequest, today?: Day, asOf?: string): Promise<SubjectExplanation> {
    const period = resolvePeriod(request, today ?? businessDayOf(asOf ? new Date(asOf) : new Date()));
    const subject = (await this.rankings.subjects(role)).find((s) => s.subjectId === subjectId);
    if (!subject) {
      throw new NotFoundError(
        bilingual(`${CHIEF_ROLE_LABELS[role]}排名中没有 "${subjectId}"`, `no "${subjectId}" is ranked among ${role}`),
        'subjectId',
      );
    }
    const { index, ruleSets, populations } = await this.rankings.inputs(asOf);
    const rules = ruleSetInForce(ruleSets, period.to);
    const earlierRules = ruleSegments(ruleSets, period.from, period.to)
      .map((s) => s.rules)
      .filter((r): r is RuleSet => !!r && r !== rules);
    const spans = daySpans(subject.spans);
    const totals = subjectTotals(spans, periodSegments(period, ruleSets), index, populations);
    const base = { role, subject, period, rules, earlierRules: [...new Set(earlierRules)] };
    if (!totals) return { ...base, total: null, days: 0, population: 0, counts: null, rateTerms: [] };
    const rates = PeriodRates.of(period, index, populations, ruleSets);
    const breakdown = rates?.breakdown(spans, totals);
    return {
      ...base,
      total: breakdown ? breakdown.total : totals.score,
      days: totals.days,
      population: totals.population,
      counts: countsOf(totals.sums),
      rateTerms: breakdown?.terms ?? [],
    };
  }
}
