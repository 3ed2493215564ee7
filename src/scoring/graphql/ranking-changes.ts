import type { SubscriptionContext } from 'mercurius';
import { RankingResult } from '../queries/ranking.service';

/** Published on this instance after every applied projection batch: any ranking may have moved. */
export const READ_MODELS_CHANGED = 'readModelsChanged';

/** What a screen shows of a ranking: order, scores and arrows; a batch that leaves them alone is not news. */
function fingerprint(result: RankingResult): string {
  return JSON.stringify([result.period.from, result.period.to, result.rows.map((r) => [r.subject.subjectId, r.rank, r.score, r.trend])]);
}

/**
 * The ranking now, then each time it changes: recomputed after every projection batch and sent
 * only when it differs. Stopping the subscription stops the topic's iterator at once, even while
 * it is waiting.
 */
export async function rankingChanges(
  pubsub: SubscriptionContext,
  compute: () => Promise<RankingResult>,
): Promise<AsyncIterableIterator<RankingResult>> {
  // Mercurius hands out a stream: its async iterator ends the topic subscription when returned.
  const batches = (await pubsub.subscribe(READ_MODELS_CHANGED))[Symbol.asyncIterator]();
  let last: string | undefined;
  const changed = async (): Promise<IteratorResult<RankingResult>> => {
    for (;;) {
      const result = await compute();
      const print = fingerprint(result);
      if (print !== last) {
        last = print;
        return { value: result, done: false };
      }
      if ((await batches.next()).done) return { value: undefined, done: true };
    }
  };
  const iterator: AsyncIterableIterator<RankingResult> = {
    next: changed,
    return: async () => {
      await batches.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
