import { Actor } from '../event-store/event-store.port';

/** Who asked for a command and how; becomes the metadata of every event it produces. */
export interface CommandContext {
  occurredAt: string;
  unitId: string;
  actor: Actor;
  source: string;
  correlationId: string;
  causationId: string;
  /** The external key of this fact (e.g. the warning platform's instruction number). */
  idempotencyKey: string;
}
