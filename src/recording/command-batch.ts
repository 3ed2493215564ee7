import { CommandContext } from './command-context';
import { Decider, DomainEvent } from '../common/decider';
import { digestOf } from '../common/digest';
import { eventIdFor } from '../common/ids';
import { IdempotencyKeyReusedError } from '../event-store/event-store.errors';
import { AppendResult, EventStore, NewEvent, StoredEvent, StreamAppend } from '../event-store/event-store.port';
import { HandleOptions, handleCommand, producedBy, resendResult, toNewEvents } from './command-handler';

/** One command of a batch, with what handleCommand would be given for it alone. */
export interface BatchedCommand {
  streamId: string;
  decider: Decider<unknown, unknown, DomainEvent>;
  command: unknown;
  context: CommandContext;
  options: HandleOptions;
}

/** What became of one command: its append (its own slice of its stream's), or why it was refused. */
export type BatchOutcome = { result: AppendResult } | { error: unknown };

/** A stream as the batch sees it: what was stored when read, and what the batch adds to it. */
interface StreamDraft {
  stored: StoredEvent[];
  decider: Decider<unknown, unknown, DomainEvent>;
  state: unknown;
  added: NewEvent[];
  /** Per command that added to the stream: its index in the batch and its share of `added`. */
  owners: Array<{ index: number; from: number; to: number }>;
}

/**
 * handleCommand for many commands at once, with the same outcome for each as if they had been
 * handled one after another in order: every stream is read once, each command is decided on its
 * stream as the commands before it left it (a warning received and contacted in one file), and all
 * the events are appended in one appendMany. A refusal refuses that command alone. When the append
 * fails (another writer moved a stream meanwhile), the commands are handled one by one instead.
 */
export async function handleCommands(
  store: EventStore,
  commands: BatchedCommand[],
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<BatchOutcome[]> {
  const drafts = new Map<string, StreamDraft>();
  for (const { streamId, decider } of commands) {
    if (drafts.has(streamId)) continue;
    const stored = await store.readStream(streamId);
    const state = stored.reduce((s, e) => decider.evolve(s, e as unknown as DomainEvent), decider.initialState());
    drafts.set(streamId, { stored, decider, state, added: [], owners: [] });
  }
  const outcomes: Decided[] = commands.map((command, index) => decideOne(command, drafts.get(command.streamId)!, index));
  let appended: Map<number, AppendResult>;
  try {
    // A dry run decides every command and appends none: what a file would record, refusals and all.
    appended = dryRun ? new Map() : await appendDrafts(store, drafts);
  } catch {
    return oneByOne(store, commands);
  }
  const settle = (outcome: Decided, index: number): BatchOutcome => {
    if ('sameAs' in outcome) {
      const original = settle(outcomes[outcome.sameAs], outcome.sameAs);
      return 'result' in original ? { result: { ...original.result, duplicate: true } } : original;
    }
    if (!('decided' in outcome)) return outcome;
    return { result: appended.get(index) ?? nothingAppended(drafts.get(commands[index].streamId)!) };
  };
  return outcomes.map(settle);
}

type Decided = BatchOutcome | { sameAs: number } | { decided: true };

/** A command that decided on no event, as append answers an empty append. */
function nothingAppended({ stored }: StreamDraft): AppendResult {
  const last = stored[stored.length - 1];
  return { events: [], lastPosition: last?.position ?? 0n, nextExpectedVersion: last?.streamVersion ?? -1n, duplicate: false };
}

function decideOne({ streamId, decider, command, context, options }: BatchedCommand, draft: StreamDraft, index: number): Decided {
  try {
    const requestDigest = digestOf({ request: options.request ?? command, unitId: context.unitId });
    const originals = draft.stored.filter((e) => producedBy(e.metadata.idempotencyKey, context.idempotencyKey));
    if (originals.length > 0) {
      if (originals[0].metadata.requestDigest !== undefined && originals[0].metadata.requestDigest !== requestDigest) {
        throw new IdempotencyKeyReusedError(context.idempotencyKey, originals[0].streamId);
      }
      return { result: resendResult(draft.stored, originals) };
    }
    const earlier = draft.owners.find(({ from }) => producedBy(draft.added[from].metadata.idempotencyKey, context.idempotencyKey));
    if (earlier) {
      if (draft.added[earlier.from].metadata.requestDigest !== requestDigest) {
        throw new IdempotencyKeyReusedError(context.idempotencyKey, streamId);
      }
      return { sameAs: earlier.index };
    }
    if (decider !== draft.decider) throw new Error(`stream ${streamId} is decided by two deciders in one batch`);
    const admitted = options.admit?.() ?? {};
    const events = decider.decide(command, draft.state);
    const { lateReason: _judgedByAdmit, ...metadata } = context;
    const added = toNewEvents(events, { ...metadata, ...admitted, requestDigest });
    const version = draft.stored.length + draft.added.length;
    draft.owners.push({ index, from: draft.added.length, to: draft.added.length + added.length });
    draft.added.push(...added);
    // Folded as they will be stored (the id follows from the key): deciders read a fact's id and unit from it.
    const asStored = added.map((e, i) => ({
      ...e,
      id: eventIdFor(e.metadata.idempotencyKey),
      streamId,
      streamVersion: BigInt(version + i),
    }));
    draft.state = asStored.reduce((s, e) => decider.evolve(s, e as unknown as DomainEvent), draft.state);
    return { decided: true };
  } catch (error) {
    return { error };
  }
}

/** Appends every stream's additions at once; answers each command with its own events of the append. */
async function appendDrafts(store: EventStore, drafts: Map<string, StreamDraft>): Promise<Map<number, AppendResult>> {
  const changed = [...drafts].filter(([, draft]) => draft.added.length > 0);
  const appends: StreamAppend[] = changed.map(([streamId, { stored, added }]) => ({
    streamId,
    events: added,
    expected: stored.length === 0 ? 'no_stream' : BigInt(stored.length - 1),
  }));
  const results = await store.appendMany(appends);
  const byCommand = new Map<number, AppendResult>();
  changed.forEach(([, draft], i) => {
    for (const { index, from, to } of draft.owners) {
      const events = results[i].events.slice(from, to);
      const last = events[events.length - 1];
      byCommand.set(index, {
        events,
        lastPosition: last?.position ?? results[i].lastPosition,
        nextExpectedVersion: last?.streamVersion ?? results[i].nextExpectedVersion,
        duplicate: false,
      });
    }
  });
  return byCommand;
}

async function oneByOne(store: EventStore, commands: BatchedCommand[]): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  for (const { streamId, decider, command, context, options } of commands) {
    try {
      outcomes.push({ result: await handleCommand(store, streamId, decider, command, context, options) });
    } catch (error) {
      outcomes.push({ error });
    }
  }
  return outcomes;
}
