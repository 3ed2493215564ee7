import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ErrorWithProps } from 'mercurius';
import { bilingual } from '../../common/bilingual';
import { Principal } from '../../common/principal';
import { InvalidInputError } from '../../common/graphql/api-errors';
import { validationProblems } from '../../common/graphql/validation-problems';
import { FACT_MUTATIONS } from '../../facts/fact-mutations';
import { FactEnvelopeInput } from '../../recording/fact-envelope.input';
import { FactRecorder } from '../../recording/fact-recorder';
import { RecordResult } from '../../recording/record-result.type';
import { clientErrorOf } from '../../recording/client-error';
import { GraphqlContext, commandContext, correlationOf, principalOf } from '../../recording/request-context';
import { Authorizer } from '../../security/authorization/authorizer';

/** One fact of a batch: the mutation that would record it alone, and that mutation's input. */
export interface BatchFact {
  mutation: string;
  /** The input as GraphQL coerced it (scalars parsed); validated here as the mutation's would be. */
  input: Record<string, unknown>;
}

/** What became of one fact: recorded, a resend of one recorded before, or refused and why. */
export type FactOutcome = { status: 'RECORDED' | 'DUPLICATE'; result: RecordResult } | { status: 'REFUSED'; error: ErrorWithProps };

/**
 * Records many facts of any family at once, each exactly as its own mutation would: the input
 * validated by its class, the caller authorised for it by the policy table, the command built by the
 * fact's table and run through the command bus to its handler and decider. The recorder batches
 * the appends (FactRecorder.recordBatch); each fact answers for itself, so one refusal refuses
 * one fact.
 */
@Injectable()
export class FactBatchService {
  constructor(
    private readonly commands: CommandBus,
    private readonly recorder: FactRecorder,
    private readonly authorizer: Authorizer,
  ) {}

  /** `request` as a resolver has it: the verified token, and the correlation id every fact's events then share. */
  async record(facts: BatchFact[], request: GraphqlContext, { dryRun = false }: { dryRun?: boolean } = {}): Promise<FactOutcome[]> {
    const { correlationId } = correlationOf(request);
    const ctx: GraphqlContext = { req: { ...request.req, headers: { ...request.req.headers, 'x-correlation-id': correlationId } } };
    const principal = principalOf(ctx);
    const admitted = await Promise.all(facts.map((fact) => this.admit(fact, principal)));
    const accepted = admitted.flatMap((admission, index) => ('input' in admission ? [{ index, ...admission }] : []));
    const settled = await this.recorder.recordBatch(
      accepted.length,
      (slot) => {
        const { mutation, input } = accepted[slot];
        return this.commands.execute(FACT_MUTATIONS[mutation].command(input, commandContext(ctx, input)));
      },
      { dryRun },
    );
    const settledAt = new Map(accepted.map(({ index }, slot) => [index, settled[slot]]));
    return admitted.map((admission, index) => ('error' in admission ? refused(admission.error) : outcomeOf(settledAt.get(index)!)));
  }

  /** The fact's input as its class, validated and authorised; or why it is refused. */
  private async admit(
    { mutation, input }: BatchFact,
    principal: Principal,
  ): Promise<{ mutation: string; input: FactEnvelopeInput } | { error: ErrorWithProps }> {
    const fact = Object.hasOwn(FACT_MUTATIONS, mutation) ? FACT_MUTATIONS[mutation] : undefined;
    if (!fact) {
      const problem = bilingual(`没有名为 ${mutation} 的事实录入操作`, `there is no fact mutation named "${mutation}"`);
      return { error: new InvalidInputError([{ field: 'mutation', problem }]) };
    }
    const instance = plainToInstance(fact.input, input);
    const errors = await validate(instance, { whitelist: true, forbidUnknownValues: true });
    if (errors.length > 0) return { error: new InvalidInputError(validationProblems(errors, 'input')) };
    try {
      await this.authorizer.check(principal, `Mutation.${mutation}`, { input: instance });
    } catch (error) {
      return { error: clientErrorOf(error) };
    }
    return { mutation, input: instance };
  }
}

const refused = (error: ErrorWithProps): FactOutcome => ({ status: 'REFUSED', error });

function outcomeOf(settled: PromiseSettledResult<RecordResult>): FactOutcome {
  if (settled.status === 'rejected') return refused(clientErrorOf(settled.reason));
  return { status: settled.value.duplicate ? 'DUPLICATE' : 'RECORDED', result: settled.value };
}
