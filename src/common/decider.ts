/**
 * An event as a decider sees it. Events read back from the store also carry their metadata,
 * whose occurredAt is the business time of the fact (decided events get it from the command).
 */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  metadata?: { occurredAt: string };
}

/** Emmett-style decider: pure, tested given/when/then, with no framework imports. */
export interface Decider<State, Command, Event extends DomainEvent> {
  initialState(): State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}

/** A domain rule refused the command; `field` names the input it is about, when there is one. */
export class DomainRuleError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainRuleError';
  }
}
