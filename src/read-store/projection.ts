import { StoredEvent } from '../event-store/event-store.port';
import { Change, TableSpec } from './read-store.port';

/**
 * A projection is a pure mapping from events to read-model changes. Events carry everything the
 * mapping needs (deciders copy the facts a correction must undo), so replays need no lookups.
 */
export interface Projection {
  name: string;
  /** Bump when the mapping or tables change: start-up then rebuilds the projection from scratch. */
  version: number;
  tables: TableSpec[];
  /** The event types it maps (others give no change); lets a server filter what it sends. Unset: all. */
  eventTypes?: readonly string[];
  project(event: StoredEvent): Change[];
  /**
   * A trail every event adds a row to (the audit trail): mostly SQLite writing, so the embedded
   * store keeps the trails in a file of their own, rebuilt in a thread of their own.
   */
  trail?: boolean;
}
