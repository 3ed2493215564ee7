import { EventStore } from '../../event-store/event-store.port';
import { unitStream } from '../../organization/events/organization.events';
import { DEFAULT_RULE_SET } from '../../scoring/domain/default-rule-set';
import { ruleSetStream } from '../../scoring/events/rule-set.events';
import { appendEntries } from './append-entries';
import { DemoCityOptions, generateDemoCity } from './generate-demo-city';
import { CITY } from './sanming-geography';

export interface SeedDemoCityOptions extends DemoCityOptions {
  onProgress?: (appended: number) => void;
}

export interface SeedDemoCityResult {
  events: number;
  streams: number;
  /** True when the store already held the demo city (its city unit), so nothing was appended. */
  skipped: boolean;
}

/**
 * Appends the demo city to a store. Each window of consecutive events is appended one stream at a
 * time, streams in order of first appearance: every stream keeps its own order and every event
 * stays within its window, but a window's streams no longer interleave by the minute. Nothing
 * depends on that interleaving, since the projections place events by their occurredAt, and it
 * cuts the store's transactions from one per event to about one per stream and window.
 */
export async function seedDemoCity(store: EventStore, options: SeedDemoCityOptions = {}): Promise<SeedDemoCityResult> {
  const existing = await store.readStream(unitStream(CITY.id));
  if (existing.length > 0) return { events: 0, streams: 0, skipped: true };
  // The service publishes the default rules at start-up; publishing them again would be a new version.
  const ruleSet = ruleSetStream(DEFAULT_RULE_SET.ruleSetId);
  const rulesPublished = (await store.readStream(ruleSet)).length > 0;

  const streams = new Set<string>();
  function* toSeed() {
    for (const entry of generateDemoCity(options)) {
      if (rulesPublished && entry.streamId === ruleSet) continue;
      streams.add(entry.streamId);
      yield entry;
    }
  }
  const appended = await appendEntries(store, toSeed(), options.onProgress);
  return { events: appended, streams: streams.size, skipped: false };
}
