import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLResolveInfo } from 'graphql';
import { Day } from '../business-day';

export interface DayRange {
  from: Day;
  to: Day;
}

/**
 * What a cached answer rests on: the tables it read, the day-keyed ones only on the days of
 * `ranges`. A change to any other table, or to other days of those, leaves it as it was.
 */
export interface ReadDependencies {
  dayKeyed: ReadonlySet<string>;
  ranges: DayRange[];
  /** Read whatever the day: any change to them drops the answer. */
  wholly: ReadonlySet<string>;
}

/**
 * The reads the root fields of one GraphQL request declared. A root field that declares nothing
 * may have read anything, so its answer is dropped on every change.
 */
export class AnswerScope {
  private readonly declared = new Map<string, ReadDependencies>();

  declare(rootField: string, dependencies: ReadDependencies): void {
    const earlier = this.declared.get(rootField);
    this.declared.set(rootField, earlier ? combine(earlier, dependencies) : dependencies);
  }

  /** What every one of `rootFields` rests on together; null when one of them declared nothing. */
  dependenciesOf(rootFields: readonly string[]): ReadDependencies | null {
    let all: ReadDependencies | null = null;
    for (const field of rootFields) {
      const own = this.declared.get(field);
      if (!own) return null;
      all = all ? combine(all, own) : own;
    }
    return all;
  }
}

/** The tables of either; a table one of them reads wholly is read wholly; the days are those of either. */
function combine(a: ReadDependencies, b: ReadDependencies): ReadDependencies {
  const wholly = new Set([...a.wholly, ...b.wholly]);
  const dayKeyed = new Set([...a.dayKeyed, ...b.dayKeyed].filter((table) => !wholly.has(table)));
  return { dayKeyed, ranges: [...a.ranges, ...b.ranges], wholly };
}

export const answerScopes = new AsyncLocalStorage<AnswerScope>();

/**
 * Called by a root query resolver that reads nothing but these tables, the day-keyed ones only on
 * `ranges`: its cached answer then survives changes to other tables and to other days of those.
 * Outside a cached request it does nothing.
 */
export function declareReads(
  info: GraphQLResolveInfo,
  reads: { dayKeyed: readonly string[]; wholly: readonly string[] },
  ranges: DayRange[],
): void {
  if (info.path.prev !== undefined) return;
  answerScopes.getStore()?.declare(String(info.path.key), { dayKeyed: new Set(reads.dayKeyed), ranges, wholly: new Set(reads.wholly) });
}
