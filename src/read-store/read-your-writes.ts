interface Waiter {
  position: bigint;
  settle(reached: boolean): void;
}

/**
 * Callers waiting for the projections to reach a position: a mutation answers only once the read
 * models hold its event, so whoever sent it reads it back at once.
 */
export class PositionWaiters {
  private readonly waiters = new Set<Waiter>();

  /** True once `reached` passes `position`; false after `timeoutMs` or on `releaseAll`. */
  wait(position: bigint, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        settle: (reached) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.settle(false), timeoutMs);
      this.waiters.add(waiter);
    });
  }

  reached(position: bigint): void {
    for (const waiter of this.waiters) if (waiter.position <= position) waiter.settle(true);
  }

  /** Nothing more will be applied: waiting longer could not help. */
  releaseAll(): void {
    for (const waiter of this.waiters) waiter.settle(false);
  }
}
