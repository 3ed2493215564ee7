import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppliedBatch, ProjectionRunner } from '../../read-store/projection-runner';

/** Entries beyond this are dropped oldest-first: a cache of rankings must not grow without bound. */
const MAX_ENTRIES = 500;

interface Entry {
  value: Promise<unknown>;
  /** The read-model tables the value was computed from; undefined: any of them. */
  tables: readonly string[] | undefined;
}

/**
 * Caches query results computed from the read models until a projection batch changes what they
 * were read from: an entry naming its tables outlives batches that leave those tables alone (the
 * organisation, while facts stream in); any other entry goes with every batch, since any new event
 * may change any score.
 */
@Injectable()
export class ReadModelCache implements OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  private readonly unsubscribe: () => void;

  constructor(@Inject(ProjectionRunner) runner: ProjectionRunner) {
    this.unsubscribe = runner.onApplied((applied) => this.invalidate(applied));
  }

  memo<T>(key: string, compute: () => Promise<T>, tables?: readonly string[]): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit.value as Promise<T>;
    const value = compute();
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, tables });
    // A failed computation is not remembered.
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    return value;
  }

  onModuleDestroy() {
    this.unsubscribe();
  }

  private invalidate({ tables }: AppliedBatch) {
    for (const [key, entry] of this.entries) {
      if (!entry.tables || entry.tables.some((t) => tables.includes(t))) this.entries.delete(key);
    }
  }
}
