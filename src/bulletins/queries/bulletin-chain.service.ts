import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '../../event-store/event-store.port';
import { ChainCheck, verifyBulletinChain } from '../domain/bulletin-hash';
import { BULLETIN_STREAM, BulletinPublished } from '../events/bulletin.events';

/** Proves the published bulletins unchanged: checked against the event log, the record itself, not a read model. */
@Injectable()
export class BulletinChainService {
  constructor(@Inject(EventStore) private readonly events: EventStore) {}

  async verify(): Promise<ChainCheck> {
    const stored = await this.events.readStream(BULLETIN_STREAM);
    return verifyBulletinChain(stored.map((e) => e.data as BulletinPublished['data']));
  }
}
