import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { ErrorWithProps } from 'mercurius';
import { bilingual } from '../../common/bilingual';
import { InvalidInputError } from '../../common/graphql/api-errors';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { refusalOf } from '../../recording/client-error';
import { GraphqlContext } from '../../recording/request-context';
import { BatchFact, FactBatchService, FactOutcome } from '../commands/fact-batch.service';
import { FactInput, FactOutcomeType, FactStatus, RecordFactsResultType } from './fact-batch.types';

/** 批量录入: the warning platform and the case system send their facts here, many per request. */
@Resolver()
export class RecordFactsResolver {
  constructor(
    private readonly batch: FactBatchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => RecordFactsResultType, {
    description:
      '批量录入事实 (对接系统用): 每条与单条录入操作相同的校验、授权与幂等, 逐条作答 (已记录、重复、拒绝及原因); 一批最多 BATCH_MAX_FACTS 条 (默认 1000)',
  })
  async recordFacts(
    @Args('facts', { type: () => [FactInput] }) facts: FactInput[],
    @Context() ctx: GraphqlContext,
  ): Promise<RecordFactsResultType> {
    const max = this.config.batchMaxFacts;
    if (facts.length === 0 || facts.length > max) {
      const problem = bilingual(
        `一批须有 1 至 ${max} 条事实，本批 ${facts.length} 条`,
        `a batch carries 1 to ${max} facts, this one ${facts.length}`,
      );
      throw new InvalidInputError([{ field: 'facts', problem }]);
    }
    const named = facts.map(oneFact);
    const recorded = await this.batch.record(
      named.filter((fact): fact is BatchFact => 'mutation' in fact),
      ctx,
    );
    let next = 0;
    const outcomes = named.map((fact): FactOutcome => ('error' in fact ? { status: 'REFUSED', error: fact.error } : recorded[next++]));
    const answers = outcomes.map(toOutcomeType);
    const count = (status: FactStatus) => answers.filter((answer) => answer.status === status).length;
    return {
      recorded: count(FactStatus.RECORDED),
      duplicates: count(FactStatus.DUPLICATE),
      refused: count(FactStatus.REFUSED),
      facts: answers,
    };
  }
}

/** The one mutation a FactInput names; two or none refuse that fact alone. */
function oneFact(fact: FactInput): BatchFact | { error: ErrorWithProps } {
  const named = Object.keys(fact).filter((mutation) => fact[mutation] !== undefined && fact[mutation] !== null);
  if (named.length === 1) return { mutation: named[0], input: fact[named[0]]! };
  const problem = bilingual(
    named.length === 0 ? '未填写任何事实，须恰填一项' : `填写了 ${named.join('、')} 共 ${named.length} 项，须恰填一项`,
    named.length === 0
      ? 'no fact given: set exactly one field'
      : `${named.length} facts given (${named.join(', ')}): set exactly one field`,
  );
  return { error: new InvalidInputError([{ field: 'fact', problem }]) };
}

function toOutcomeType(outcome: FactOutcome, index: number): FactOutcomeType {
  if (outcome.status !== 'REFUSED') return { index, status: FactStatus[outcome.status], result: outcome.result, refusal: null };
  const refusal = { ...refusalOf(outcome.error), message: outcome.error.message };
  return { index, status: FactStatus.REFUSED, result: null, refusal };
}
