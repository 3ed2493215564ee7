import { BatchChangeEntry, BatchChanges } from './batch-changes';
import { Projection } from './projection';
import { ReadStore } from './read-store.port';
import { RunnerLogger, messageOf } from './runner-log';

/** How often a follower reads the checkpoints, to answer waitFor and invalidate caches. */
const FOLLOW_POLL_MS = 250;
/** With peers the leader's batches arrive as it applies them; reading checkpoints is only a safety net. */
const PEER_FOLLOW_POLL_MS = 2_000;

/** A batch the leader applied, as followers receive it: positions as decimal strings. */
export interface PeerBatch {
  checkpoints: Array<[projection: string, checkpoint: string]>;
  changes: BatchChangeEntry[];
}

export function peerBatchOf(checkpoints: ReadonlyMap<string, bigint>, changes: BatchChanges): PeerBatch {
  return { checkpoints: [...checkpoints].map(([name, checkpoint]) => [name, String(checkpoint)]), changes: changes.entries() };
}

/**
 * Follows the projections another instance runs: from the leader's batches over the peer channel
 * when there is one, which name the rows they changed, and from the checkpoints in the read store,
 * which tell only which projections moved (every row of their tables counts as changed).
 */
export class ProjectionFollower {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly readStore: ReadStore,
    private readonly projections: readonly Projection[],
    private readonly checkpoints: Map<string, bigint>,
    private readonly options: { withPeers: boolean; logger: RunnerLogger },
    private readonly advance: (changes: BatchChanges) => void,
  ) {}

  async start(): Promise<void> {
    await this.readCheckpoints();
    this.timer = setInterval(
      () => {
        this.readCheckpoints().catch((error: unknown) => this.options.logger.error(`Reading checkpoints failed: ${messageOf(error)}`));
      },
      this.options.withPeers ? PEER_FOLLOW_POLL_MS : FOLLOW_POLL_MS,
    ).unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** A batch the leader applied: committed before it was sent, so the read store holds it already. */
  fromPeer(batch: PeerBatch): void {
    let advanced = false;
    for (const [name, checkpoint] of batch.checkpoints) {
      const position = BigInt(checkpoint);
      if (!this.checkpoints.has(name) || position <= this.checkpoints.get(name)!) continue;
      this.checkpoints.set(name, position);
      advanced = true;
    }
    // Older than what the checkpoints showed: already followed, with every table counted as changed.
    if (advanced) this.advance(BatchChanges.fromEntries(batch.changes));
  }

  private async readCheckpoints(): Promise<void> {
    const changed = new BatchChanges();
    for (const projection of this.projections) {
      const checkpoint = await this.readStore.checkpoint(projection.name);
      if (checkpoint === this.checkpoints.get(projection.name)) continue;
      this.checkpoints.set(projection.name, checkpoint);
      for (const table of projection.tables) changed.addTable(table.name);
    }
    this.advance(changed);
  }
}
