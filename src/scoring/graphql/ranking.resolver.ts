import { bilingual } from '../../common/bilingual';
import { Args, Context, ID, Info, Int, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { SubscriptionContext } from 'mercurius';
import { InvalidInputError, doesNotExist } from '../../common/graphql/api-errors';
import { declareReads } from '../../common/graphql/answer-scope';
import { ChiefRoleEnum } from '../../organization/graphql/organization.inputs';
import { ChiefRole } from '../../organization/events/organization.events';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { RankingOptions } from '../queries/rank-subjects';
import { periodsRead } from '../queries/period-rates';
import { SubjectExplanationService } from '../queries/subject-explanation.service';
import { MAX_FACTS_PER_PAGE, ScoreFactsService } from '../queries/score-facts.service';
import { ScoreFactsPageType } from './score-facts.types';
import { toScoreFactsType } from './score-facts.mapper';
import { toSubjectExplanationType } from './subject-explanation.mapper';
import { SubjectScoreExplanation } from './subject-explanation.types';
import { RankingResult, RankingService } from '../queries/ranking.service';
import { WhatIfService } from '../queries/what-if.service';
import { AS_OF, PeriodInput } from './period.input';
import { rankingChanges } from './ranking-changes';
import { toRankingType, toWhatIfType } from './ranking.mapper';
import { RankingType } from './ranking.types';
import { RuleSetDraftInput } from './rule-set.types';
import { WhatIfType } from './what-if.types';
import { rulesOf } from './rule-set-input';
import { DAY_KEYED_INDICATOR_TABLES } from '../projections/indicator-tables';
import { ruleSetsProjection } from '../projections/rule-sets.projection';
import { organizationProjection } from '../../organization/projections/organization.projection';
import { ScoreIndexService } from '../queries/score-index.service';
import { DateTimeScalar, DayScalar } from '../../common/graphql/scalars';
import { checkAsOf } from '../queries/as-of-index.service';

const MAX_PEER_GROUPS = 6;

/**
 * What a ranking or a score explanation reads: the daily indicators on the days of its periods, the
 * organisation and the rule sets whatever the day (test/response-cache.e2e-spec.ts finds nothing
 * else read). As of an instant they also read the fact records, to which nothing recorded before
 * that instant is added later.
 */
export const SCORE_READS = {
  dayKeyed: DAY_KEYED_INDICATOR_TABLES,
  wholly: [...organizationProjection.tables, ...ruleSetsProjection.tables].map((table) => table.name),
};

@Resolver()
export class RankingResolver {
  constructor(
    private readonly rankings: RankingService,
    private readonly organization: OrganizationReader,
    private readonly whatIf: WhatIfService,
    private readonly explanations: SubjectExplanationService,
    private readonly scoreFactsService: ScoreFactsService,
    private readonly scoreIndex: ScoreIndexService,
  ) {}

  @Query(() => DayScalar, {
    nullable: true,
    description: '最新数据日期: the last business day any fact was recorded for (screens open on its month); null before the first',
  })
  async latestFactDay(): Promise<string | null> {
    return (await this.scoreIndex.current()).index.latestDay();
  }

  @Query(() => ScoreFactsPageType, {
    description: '得分背后的事实: the facts counted in one term of a ranked subject’s score over a period, oldest first',
  })
  async scoreFacts(
    @Args('role', { type: () => ChiefRoleEnum }) role: ChiefRole,
    @Args('subjectId', { type: () => ID }) subjectId: string,
    @Args('period') period: PeriodInput,
    @Args('term', { description: 'The key of a term of the rules scoring the period, e.g. casesPer10k' }) term: string,
    @Args('first', { type: () => Int, nullable: true, description: `Facts per page, 1–${MAX_FACTS_PER_PAGE} (default 20)` }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'The `next` of the previous page' }) after?: string,
    @Args('asOf', { type: () => DateTimeScalar, nullable: true, description: AS_OF }) asOf?: string,
  ): Promise<ScoreFactsPageType> {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > MAX_FACTS_PER_PAGE) {
      throw new InvalidInputError([
        {
          field: 'first',
          problem: bilingual(
            `每页条数须在 1 至 ${MAX_FACTS_PER_PAGE} 之间，实际为 ${size}`,
            `must be between 1 and ${MAX_FACTS_PER_PAGE}, got ${size}`,
          ),
        },
      ]);
    }
    if (after != null && !/^\d{1,19}$/.test(after)) {
      throw new InvalidInputError([
        { field: 'after', problem: bilingual('翻页标记无效，请使用上一页返回的 next', 'not a cursor: pass the next of the previous page') },
      ]);
    }
    const known = asOf && checkAsOf(asOf);
    return toScoreFactsType(await this.scoreFactsService.facts(role, subjectId, period, term, { first: size, after }, undefined, known));
  }

  @Query(() => SubjectScoreExplanation, {
    description: '得分说明: every term of a ranked subject’s score over a period, computed as the ranking computes it',
  })
  async scoreExplanation(
    @Info() info: GraphQLResolveInfo,
    @Args('role', { type: () => ChiefRoleEnum }) role: ChiefRole,
    @Args('subjectId', { type: () => ID, description: 'A defense area, a county or a chief, as the ranking of the role lists it' })
    subjectId: string,
    @Args('period') period: PeriodInput,
    @Args('asOf', { type: () => DateTimeScalar, nullable: true, description: AS_OF }) asOf?: string,
  ): Promise<SubjectScoreExplanation> {
    const explanation = await this.explanations.explain(role, subjectId, period, undefined, asOf && checkAsOf(asOf));
    declareReads(info, SCORE_READS, periodsRead(explanation.period));
    return toSubjectExplanationType(explanation);
  }

  @Query(() => RankingType, { description: '三级六长排名: any of the six chiefs, any period' })
  async ranking(
    @Info() info: GraphQLResolveInfo,
    @Args('role', { type: () => ChiefRoleEnum }) role: ChiefRole,
    @Args('period') period: PeriodInput,
    @Args('peerGroups', { type: () => Int, nullable: true, description: 'Rank within this many bands of similar population (2–6)' })
    peerGroups?: number,
    @Args('withinUnitId', { type: () => ID, nullable: true, description: 'Only rows within this unit, e.g. one county' })
    withinUnitId?: string,
    @Args('asOf', { type: () => DateTimeScalar, nullable: true, description: AS_OF }) asOf?: string,
  ): Promise<RankingType> {
    const options = await this.options(peerGroups, withinUnitId);
    const result = await this.rankings.ranking(role, period, options, undefined, asOf && checkAsOf(asOf));
    // The daily figures read are those of the period and its comparisons; a cached answer outlives events on other days.
    declareReads(info, SCORE_READS, periodsRead(result.period));
    return toRankingType(result);
  }

  @Subscription(() => RankingType, {
    description: '排名变动: the ranking at once, then again each time new events change its order, scores or arrows',
    resolve: (result: RankingResult) => toRankingType(result),
  })
  async rankingChanged(
    @Context('pubsub') pubsub: SubscriptionContext,
    @Args('role', { type: () => ChiefRoleEnum }) role: ChiefRole,
    @Args('period') period: PeriodInput,
    @Args('peerGroups', { type: () => Int, nullable: true }) peerGroups?: number,
    @Args('withinUnitId', { type: () => ID, nullable: true }) withinUnitId?: string,
  ) {
    const options = await this.options(peerGroups, withinUnitId);
    return rankingChanges(pubsub, () => this.rankings.ranking(role, period, options));
  }

  @Query(() => WhatIfType, {
    description: '规则试算: a draft rule set beside the current ranking, who moves up and down; publishes nothing',
  })
  async whatIfRanking(
    @Args('role', { type: () => ChiefRoleEnum }) role: ChiefRole,
    @Args('period') period: PeriodInput,
    @Args('draft') draft: RuleSetDraftInput,
    @Args('peerGroups', { type: () => Int, nullable: true }) peerGroups?: number,
    @Args('withinUnitId', { type: () => ID, nullable: true }) withinUnitId?: string,
  ): Promise<WhatIfType> {
    const rules = { name: draft.name, ...rulesOf(draft) };
    return toWhatIfType(await this.whatIf.compare(role, period, rules, await this.options(peerGroups, withinUnitId)));
  }

  private async options(peerGroups?: number | null, withinUnitId?: string | null): Promise<RankingOptions> {
    if (peerGroups != null && (peerGroups < 2 || peerGroups > MAX_PEER_GROUPS)) {
      throw new InvalidInputError([
        {
          field: 'peerGroups',
          problem: bilingual(
            `分组数须在 2 至 ${MAX_PEER_GROUPS} 之间，实际为 ${peerGroups}`,
            `must be between 2 and ${MAX_PEER_GROUPS}, got ${peerGroups}`,
          ),
        },
      ]);
    }
    if (withinUnitId != null && !(await this.organization.unit(withinUnitId))) {
      throw doesNotExist('unit', withinUnitId, 'withinUnitId');
    }
    return { ...(peerGroups != null && { peerGroups }), ...(withinUnitId != null && { withinUnitId }) };
  }
}
