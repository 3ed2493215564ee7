import { EventStore, NewEvent } from '../../event-store/event-store.port';
import { DemoEntry } from './demo-timeline';

/** Events per window, about a week of the demo city: nearly every warning stream fits in one append. */
const WINDOW = 2_000;

/**
 * Appends generated entries in windows, as the demo seeding does: each window of consecutive events one
 * stream at a time, streams in order of first appearance, so every stream keeps its order and
 * there is about one append per stream and window. Returns the number of events appended.
 */
export async function appendEntries(
  store: EventStore,
  entries: Iterable<DemoEntry>,
  onProgress?: (appended: number) => void,
): Promise<number> {
  let window = new Map<string, NewEvent[]>();
  let pending = 0;
  let appended = 0;
  const flush = async () => {
    for (const [streamId, events] of window) await store.append(streamId, events, 'any');
    appended += pending;
    window = new Map();
    pending = 0;
    onProgress?.(appended);
  };
  for (const { streamId, event } of entries) {
    const events = window.get(streamId);
    if (events) events.push(event);
    else window.set(streamId, [event]);
    if (++pending >= WINDOW) await flush();
  }
  await flush();
  return appended;
}
