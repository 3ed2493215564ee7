import { Actor, NewEvent } from '../../event-store/event-store.port';
import { AlertEvent, CaseEvent } from '../../facts/losses/events/loss.events';
import { ChiefEvent, UnitEvent } from '../../organization/events/organization.events';
import { RecoveryEvent } from '../../facts/recoveries/events/recovery.events';
import { RuleSetPublished } from '../../scoring/events/rule-set.events';
import { StrikeEvent } from '../../facts/strikes/events/strike.events';
import { WarningEvent } from '../../facts/warnings/events/warning-instruction.events';
import { OutflowEvent } from '../../facts/outflow/events/outflow.events';
import { PreventionEvent } from '../../facts/prevention/events/prevention.events';
import { dayIndexOf, MINUTE_MS } from './demo-clock';
import { Rng } from './prng';

type DemoEvent =
  | UnitEvent
  | ChiefEvent
  | WarningEvent
  | AlertEvent
  | CaseEvent
  | StrikeEvent
  | RecoveryEvent
  | OutflowEvent
  | PreventionEvent
  | RuleSetPublished;
/** Type and data of one of the events above, kept paired so the data is checked against its type. */
type Fact<E = DemoEvent> = E extends { type: infer T; data: infer D } ? { type: T; data: D } : never;

export interface DemoEntry {
  streamId: string;
  event: NewEvent;
}

interface Scheduled extends DemoEntry {
  ms: number;
  seq: number;
}

export interface StreamContext {
  unitId: string;
  actor: Actor;
  correlationId: string;
  /** What caused the first event of the stream; later events are caused by their predecessor. */
  causationId?: string;
  /**
   * The random stream of its recording delays, for facts added to the demo after the first ones:
   * drawn from the city's stream, every later draw would shift and the validated city change.
   */
  delays?: Rng;
}

/**
 * Events bucketed by the business day they occur on. Follow-ups are decided when their cause is
 * generated (a contact hours later, an amendment days later) and wait here for their day.
 */
export class DemoTimeline {
  private readonly days = new Map<number, Scheduled[]>();
  private seq = 0;

  constructor(private readonly rng: Rng) {}

  stream(streamId: string, context: StreamContext): StreamWriter {
    return new StreamWriter(this, streamId, context);
  }

  schedule(ms: number, streamId: string, event: NewEvent): void {
    const day = dayIndexOf(ms);
    let bucket = this.days.get(day);
    if (!bucket) this.days.set(day, (bucket = []));
    bucket.push({ ms, seq: this.seq++, streamId, event });
  }

  /** The clerk records a fact a few minutes after it happened. */
  recordingDelay(rng: Rng = this.rng): number {
    return rng.int(1, 15) * MINUTE_MS + rng.int(0, 59) * 1000;
  }

  /** One day's events in occurredAt order; ties keep generation order, which is each stream's order. */
  take(dayIndex: number): DemoEntry[] {
    const bucket = this.days.get(dayIndex) ?? [];
    this.days.delete(dayIndex);
    bucket.sort((a, b) => a.ms - b.ms || a.seq - b.seq);
    return bucket.map(({ streamId, event }) => ({ streamId, event }));
  }
}

/** Writes one stream: numbers its events for their idempotency keys and chains their causation. */
export class StreamWriter {
  private version = 0;
  private lastKey: string;

  constructor(
    private readonly timeline: DemoTimeline,
    readonly streamId: string,
    private readonly context: StreamContext,
  ) {
    this.lastKey = context.causationId ?? context.correlationId;
  }

  /** Schedules the stream's next event at `ms` and returns its idempotency key; `delays` as in StreamContext. */
  emit(ms: number, fact: Fact, actor: Actor = this.context.actor, delays: Rng | undefined = this.context.delays): string {
    const idempotencyKey = `${this.streamId}:${this.version++}`;
    this.timeline.schedule(ms, this.streamId, {
      type: fact.type,
      data: fact.data,
      metadata: {
        occurredAt: new Date(ms).toISOString(),
        recordedAt: new Date(ms + this.timeline.recordingDelay(delays)).toISOString(),
        unitId: this.context.unitId,
        actor,
        source: 'demo',
        correlationId: this.context.correlationId,
        causationId: this.lastKey,
        idempotencyKey,
      },
    });
    this.lastKey = idempotencyKey;
    return idempotencyKey;
  }
}
