import { KurrentDBClient, ReadStreamOptions, StreamNotFoundError } from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError } from '../event-store.errors';
import { NewEvent, StoredEvent } from '../event-store.port';
import { streamStateFor, toEventData, toStoredEvent, toWrongExpectedVersion } from './kurrentdb-events';
import { StreamAccess } from './kurrentdb-idempotent-append';

/** Single-stream reads and writes, in the port's terms. */
export class KurrentDbStreams implements StreamAccess {
  constructor(private readonly client: KurrentDBClient) {}

  read(streamId: string): Promise<StoredEvent[]> {
    return this.collect(streamId);
  }

  readFrom(streamId: string, version: bigint, count: number): Promise<StoredEvent[]> {
    return this.collect(streamId, { fromRevision: version, maxCount: count });
  }

  async write(streamId: string, events: NewEvent[], ids: string[], version: bigint): Promise<bigint> {
    const expected = version < 0n ? 'no_stream' : version;
    try {
      const data = events.map((event, i) => toEventData(event, ids[i]));
      const result = await this.client.appendToStream(streamId, data, { streamState: streamStateFor(version) });
      // Only with throwOnAppendFailure=false in the connection string does a conflict resolve.
      if (!result.success) throw new WrongExpectedVersionError(streamId, expected, result.nextExpectedRevision);
      return result.nextExpectedRevision;
    } catch (error) {
      throw toWrongExpectedVersion(error, streamId, expected) ?? error;
    }
  }

  /** A missing stream reads as empty, as the port has it. */
  private async collect(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, options)) events.push(toStoredEvent(resolved));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }
}
