import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { ProjectionRunner } from '../../read-store/projection-runner';

/** Entries beyond this are dropped oldest-first: a cache of rankings must not grow without bound. */
const MAX_ENTRIES = 500;

/**
 * Caches query results computed from the read models until the next projection batch is applied:
 * any new event may change any score, so every entry goes at once.
 */
@Injectable()
export class ReadModelCache implements OnModuleDestroy {
  private readonly entries = new Map<string, Promise<unknown>>();
  private readonly unsubscribe: () => void;

  constructor(@Inject(ProjectionRunner) runner: ProjectionRunner) {
    this.unsubscribe = runner.onApplied(() => this.entries.clear());
  }

  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit as Promise<T>;
    const value = compute();
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
    // A failed computation is not remembered.
    value.catch(() => this.entries.get(key) === value && this.entries.delete(key));
    return value;
  }

  onModuleDestroy() {
    this.unsubscribe();
  }
}
