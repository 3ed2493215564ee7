import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLResolveInfo } from 'graphql';
import { Day } from '../business-day';

export interface DayRange {
  from: Day;
  to: Day;
}

/** What a cached answer rests on: day-keyed tables read only on these days; any other change drops it. */
export interface DayDependencies {
  tables: ReadonlySet<string>;
  ranges: DayRange[];
}

/**
 * The reads the root fields of one GraphQL request declared. A root field that declares nothing
 * may have read anything, so its answer is dropped on every change.
 */
export class AnswerScope {
  private readonly declared = new Map<string, DayDependencies>();

  declare(rootField: string, dependencies: DayDependencies): void {
    const earlier = this.declared.get(rootField);
    this.declared.set(rootField, earlier ? combine(earlier, dependencies) : dependencies);
  }

  /** What every one of `rootFields` rests on together; null when one of them declared nothing. */
  dependenciesOf(rootFields: readonly string[]): DayDependencies | null {
    let all: DayDependencies | null = null;
    for (const field of rootFields) {
      const own = this.declared.get(field);
      if (!own) return null;
      all = all ? combine(all, own) : own;
    }
    return all;
  }
}

/** A table is day-selective for both only if it is for each; the days are those of either. */
function combine(a: DayDependencies, b: DayDependencies): DayDependencies {
  return { tables: new Set([...a.tables].filter((t) => b.tables.has(t))), ranges: [...a.ranges, ...b.ranges] };
}

export const answerScopes = new AsyncLocalStorage<AnswerScope>();

/**
 * Called by a root query resolver that reads the day-keyed `tables` only on `ranges`: its cached
 * answer then survives changes to other days of those tables. Outside a cached request it does nothing.
 */
export function declareDayReads(info: GraphQLResolveInfo, tables: readonly string[], ranges: DayRange[]): void {
  if (info.path.prev !== undefined) return;
  answerScopes.getStore()?.declare(String(info.path.key), { tables: new Set(tables), ranges });
}
