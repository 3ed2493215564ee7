import { BatchOutcome, BatchedCommand } from './command-batch';

/**
 * Gathers the commands a batch of facts reaches FactRecorder with, each by its own path (resolver
 * input, command bus, handler), and flushes them together once every fact of the batch has either
 * handed in its command or failed before it could (an unknown unit, say). A fact hands in at most
 * one command.
 */
export class WriteBatch {
  private readonly commands: Array<{ slot: number; command: BatchedCommand; settle: (outcome: BatchOutcome) => void }> = [];
  private readonly waiting: Set<number>;

  constructor(
    size: number,
    private readonly flush: (commands: BatchedCommand[]) => Promise<BatchOutcome[]>,
  ) {
    this.waiting = new Set(Array.from({ length: size }, (_, slot) => slot));
    if (size === 0) void this.flushWhenReady();
  }

  /** The outcome of the slot's command, once the whole batch is flushed. */
  add(slot: number, command: BatchedCommand): Promise<BatchOutcome> {
    if (!this.waiting.has(slot)) throw new Error(`fact ${slot} of the batch handed in a second command`);
    return new Promise((settle) => {
      this.commands.push({ slot, command, settle });
      this.leave(slot);
    });
  }

  /** The slot's fact finished without a command (refused before), or after its command was flushed. */
  finished(slot: number): void {
    if (this.waiting.has(slot)) this.leave(slot);
  }

  private leave(slot: number): void {
    this.waiting.delete(slot);
    if (this.waiting.size === 0) void this.flushWhenReady();
  }

  private async flushWhenReady(): Promise<void> {
    const commands = this.commands.sort((a, b) => a.slot - b.slot);
    try {
      const outcomes = await this.flush(commands.map(({ command }) => command));
      commands.forEach(({ settle }, i) => settle(outcomes[i]));
    } catch (error) {
      for (const { settle } of commands) settle({ error });
    }
  }
}
