import { EventMetadata } from '../event-store/event-store.port';

/**
 * Who asked for a command and how; becomes the metadata of every event it produces. The
 * idempotency key is the external key of the fact (e.g. the warning platform's instruction
 * number); recordedAt is stamped when the events are appended.
 */
export type CommandContext = Omit<EventMetadata, 'recordedAt' | 'requestDigest'> & {
  /** Why a fact long past is recorded only now, as the client said it: the recorder judges it (late-entry.ts). */
  lateReason?: string;
};
