import { EventStore, Subscription, SubscriptionHandlers } from './event-store.port';

/** A real store passed through, for specs that watch or alter one of its calls. */
export class DelegatingEventStore extends EventStore {
  constructor(protected readonly inner: EventStore) {
    super();
  }
  append(...args: Parameters<EventStore['append']>) {
    return this.inner.append(...args);
  }
  readStream(streamId: string) {
    return this.inner.readStream(streamId);
  }
  readPositions(positions: bigint[]) {
    return this.inner.readPositions(positions);
  }
  readAll(after: bigint, batchSize?: number) {
    return this.inner.readAll(after, batchSize);
  }
  headPosition() {
    return this.inner.headPosition();
  }
  countAfter(after: bigint, limit: number) {
    return this.inner.countAfter(after, limit);
  }
  dispose() {
    return this.inner.dispose();
  }
  subscribe(after: bigint, handlers: SubscriptionHandlers, options?: { batchSize?: number }): Subscription {
    return this.inner.subscribe(after, handlers, options);
  }
}
