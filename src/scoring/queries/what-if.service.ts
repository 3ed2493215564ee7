import { Injectable } from '@nestjs/common';
import { Day, businessDayOf } from '../../common/business-day';
import { ChiefRole } from '../../organization/events/organization.events';
import { PeriodRequest, ResolvedPeriod, resolvePeriod } from '../domain/resolve-period';
import { RuleSet, RulesInput } from '../domain/rule-set';
import { checkRateTerms, checkRuleTerms } from '../domain/rule-set.decider';
import { RankingOptions } from './rank-subjects';
import { RankingRow, RankingService } from './ranking.service';
import { ScoreIndexService } from './score-index.service';
import { PeriodRates } from './period-rates';
import { PeriodSegments, daySpans, periodSegments, subjectTotals } from './subject-totals';
import { WhatIfTermChange, termChanges } from './what-if-terms';
import { Subject } from '../domain/accountability';
import { RateTermScore } from '../domain/rate-score';

export type RuleSetDraft = { name?: string } & RulesInput;

export interface WhatIfMove {
  current: RankingRow;
  draft: RankingRow;
  /** Each term's points under both rule sets, most changed first; worked out only when asked for (rate rule sets only). */
  terms: () => WhatIfTermChange[];
}

export interface WhatIfResult {
  period: ResolvedPeriod;
  draftName: string;
  moves: WhatIfMove[];
}

/**
 * 规则试算: a draft rule set scored over a period as if it had applied to every day, beside the
 * ranking under the rules in force. Nothing is published and the live index is not touched.
 */
@Injectable()
export class WhatIfService {
  constructor(private readonly rankings: RankingService) {}

  async compare(
    role: ChiefRole,
    request: PeriodRequest,
    draft: RuleSetDraft,
    options: RankingOptions = {},
    today: Day = businessDayOf(new Date()),
  ): Promise<WhatIfResult> {
    const period = resolvePeriod(request, today);
    const [current, inputs] = await Promise.all([this.rankings.ranking(role, request, options, today), this.rankings.inputs()]);
    const published = { ruleSetId: 'draft', versionId: 'draft', name: draft.name ?? '规则草案', effectiveFrom: '0000-01-01', position: 0 };
    let drafted;
    let terms: (subject: Subject) => WhatIfTermChange[] = () => [];
    if (draft.kind === 'RATES') {
      checkRateTerms(draft.rateTerms, draft.priorDays, 'draft.rateTerms');
      const rules: RuleSet = { ...published, kind: 'RATES', rateTerms: draft.rateTerms, priorDays: draft.priorDays };
      // A rate rule set scores the periods' totals: the index needs no rescoring, only other rules.
      drafted = await this.rankings.rankWith(role, period, { ...inputs, ruleSets: [rules] }, options);
      const breakdown = (ruleSets: RuleSet[]) => {
        const rates = PeriodRates.of(period, inputs.index, inputs.populations, ruleSets);
        const segments: PeriodSegments = periodSegments(period, ruleSets);
        return (subject: Subject): RateTermScore[] => {
          const spans = daySpans(subject.spans);
          const totals = rates && subjectTotals(spans, segments, inputs.index, inputs.populations);
          return totals ? rates.breakdown(spans, totals).terms : [];
        };
      };
      const [underCurrent, underDraft] = [breakdown(inputs.ruleSets), breakdown([rules])];
      terms = (subject) => termChanges(underCurrent(subject), underDraft(subject));
    } else {
      checkRuleTerms(draft.terms, 'draft.terms');
      const rules: RuleSet = { ...published, kind: 'ADDITIVE', aggregation: draft.aggregation, terms: draft.terms };
      const context = { ruleSets: [rules], populations: inputs.populations };
      const index = inputs.index.rescoredCopy(period.from, period.to, ScoreIndexService.scorer(context));
      // Only the period itself is rescored: the draft is compared with today's rules, not with earlier periods.
      drafted = await this.rankings.rankWith(role, { ...period, previous: period, lastYear: period }, { index, ...context }, options);
    }
    const draftOf = new Map(drafted.map((row) => [row.subject.subjectId, row]));
    return {
      period,
      draftName: published.name,
      moves: current.rows.map((row) => ({ current: row, draft: draftOf.get(row.subject.subjectId)!, terms: () => terms(row.subject) })),
    };
  }
}
