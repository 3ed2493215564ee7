import { KurrentDBClient, ReadStreamOptions, StreamNotFoundError } from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError } from '../event-store.errors';
import { NewEvent, StoredEvent } from '../event-store.port';
import { appendIdOf, streamStateFor, toEventData, toStoredEvent, toWrongExpectedVersion } from './kurrentdb-events';
import { StreamAccess, WrittenEvent } from './kurrentdb-idempotent-append';
import { withPermissionNamed } from './kurrentdb-permissions';

/** The client calls single streams need; a test stands a lagging cluster in for it. */
export type StreamClient = Pick<KurrentDBClient, 'readStream' | 'appendToStream'>;

/**
 * Single-stream reads and writes, in the port's terms. Every read asks for the leader: an append
 * decides on what the stream holds (a resend, the expected version) and reads back what it wrote,
 * and a follower may not have either yet, whichever node the client happens to be connected to.
 */
export class KurrentDbStreams implements StreamAccess {
  constructor(private readonly client: StreamClient) {}

  async read(streamId: string): Promise<StoredEvent[]> {
    return (await this.collect(streamId)).map(({ event }) => event);
  }

  readWritten(streamId: string, version: bigint, count: number): Promise<WrittenEvent[]> {
    return this.collect(streamId, { fromRevision: version, maxCount: count });
  }

  async write(streamId: string, events: NewEvent[], ids: string[], version: bigint, appendId: string): Promise<bigint> {
    const expected = version < 0n ? 'no_stream' : version;
    try {
      const data = events.map((event, i) => toEventData(event, ids[i], appendId));
      const result = await this.client.appendToStream(streamId, data, { streamState: streamStateFor(version) });
      // Only with throwOnAppendFailure=false in the connection string does a conflict resolve.
      if (!result.success) throw new WrongExpectedVersionError(streamId, expected, result.nextExpectedRevision);
      return result.nextExpectedRevision;
    } catch (error) {
      throw toWrongExpectedVersion(error, streamId, expected) ?? withPermissionNamed(error, `append to stream "${streamId}"`);
    }
  }

  /** A missing stream reads as empty, as the port has it. */
  private async collect(streamId: string, options?: ReadStreamOptions): Promise<WrittenEvent[]> {
    const events: WrittenEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, { ...options, requiresLeader: true })) {
        events.push({ event: toStoredEvent(resolved), appendId: appendIdOf(resolved) });
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw withPermissionNamed(error, `read stream "${streamId}"`);
    }
    return events;
  }
}
