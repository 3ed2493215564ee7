import { Collection, Db, MongoServerError } from 'mongodb';

interface LeaseDocument {
  _id: string;
  owner: string;
  expiresAt: Date;
}

const DUPLICATE_KEY = 11000;

/**
 * Leases in the `leases` collection, one document per name. Expiry compares the instances' own
 * clocks, as the embedded store does: they must agree to well within a lease's time to live.
 */
export class MongoLeases {
  private readonly leases: Collection<LeaseDocument>;

  constructor(db: Db) {
    this.leases = db.collection('leases');
  }

  /**
   * One conditional upsert decides: it matches the lease only when `owner` holds it or it has
   * expired. When it matches nothing, the upsert tries to insert the name again, and the unique
   * `_id` refuses it: that duplicate key is the answer "held by someone else", also for two
   * instances racing for a lease nobody held yet.
   */
  async acquire(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    try {
      const lease = await this.leases.findOneAndUpdate(
        { _id: name, $or: [{ owner }, { expiresAt: { $lte: new Date(now) } }] },
        { $set: { owner, expiresAt: new Date(now + ttlMs) } },
        { upsert: true, returnDocument: 'after' },
      );
      return lease?.owner === owner;
    } catch (error) {
      if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  async release(name: string, owner: string): Promise<void> {
    await this.leases.deleteOne({ _id: name, owner });
  }

  async holder(name: string): Promise<string | undefined> {
    return (await this.leases.findOne({ _id: name, expiresAt: { $gt: new Date() } }))?.owner;
  }
}
