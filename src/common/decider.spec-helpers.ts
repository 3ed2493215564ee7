/**
 * Given/when/then for deciders, for unit specs only (jest globals):
 *
 *   given(caseDecider, [filed]).when({ type: 'AmendLoss', ... }).then([{ type: 'CaseLossAmended', ... }]);
 *   given(caseDecider, []).when({ type: 'AmendLoss', ... }).thenThrows({ message: 'has not been filed', field: 'caseId' });
 *
 * Given-events are folded with `evolve` from `initialState()`, exactly as a command handler folds a
 * stream; like stored events they may carry `metadata: { occurredAt }`.
 */
import { Decider, DomainEvent, DomainRuleError } from './decider';

export type ExpectedError = string | RegExp | { message?: string | RegExp; field?: string };

export interface Given<State, Command, Event extends DomainEvent> {
  /** The state folded from the given events. */
  readonly state: State;
  when(command: Command): When<Event>;
}

export interface When<Event extends DomainEvent> {
  /** Asserts the decided events (exact equality) and returns them. */
  then(expected: Event[]): Event[];
  /**
   * Asserts that the decider refuses the command with a DomainRuleError whose message starts in
   * Chinese and gives the English after " / ". A string is a part of the message; a RegExp matches
   * the message; an object checks the message and/or the `field`.
   */
  thenThrows(expected: ExpectedError): DomainRuleError;
}

/** "案件 AJ-1 尚未立案 / case AJ-1 has not been filed": a Han character first, English after " / ". */
export const OFFICERS_READ = /^\p{Script=Han}.* \/ .*[A-Za-z]/su;

export function given<State, Command, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
  events: Event[],
): Given<State, Command, Event> {
  const state = events.reduce((s, e) => decider.evolve(s, e), decider.initialState());
  return {
    state,
    when(command) {
      const decide = () => decider.decide(command, state);
      return {
        then(expected) {
          const actual = decide();
          expect(actual).toEqual(expected);
          return actual;
        },
        thenThrows(expected) {
          let caught: unknown;
          let decided: Event[] | undefined;
          try {
            decided = decide();
          } catch (e) {
            caught = e;
          }
          if (caught === undefined) {
            throw new Error(`expected the command to be refused, but it decided ${JSON.stringify(decided)}`);
          }
          expect(caught).toBeInstanceOf(DomainRuleError);
          const error = caught as DomainRuleError;
          // Every refusal reaches officers: Chinese first, then the English for the logs.
          expect(error.message).toMatch(OFFICERS_READ);
          const { message, field } =
            typeof expected === 'string' || expected instanceof RegExp ? { message: expected, field: undefined } : expected;
          if (message === undefined && field === undefined) throw new Error('thenThrows needs a message part or a field');
          if (typeof message === 'string') expect(error.message).toContain(message);
          else if (message instanceof RegExp) expect(error.message).toMatch(message);
          if (field !== undefined) expect(error.field).toBe(field);
          return error;
        },
      };
    },
  };
}

/** A stored-looking event: data plus the business time the decider reads back from metadata. */
export function at<Event extends DomainEvent>(occurredAt: string, event: Omit<Event, 'metadata'>): Event {
  return { ...event, metadata: { occurredAt } } as Event;
}

/** The DomainRuleError a pure function throws, Chinese first, to check its message and field. */
export function refusal(fn: () => unknown): DomainRuleError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainRuleError);
    expect((e as DomainRuleError).message).toMatch(OFFICERS_READ);
    return e as DomainRuleError;
  }
  throw new Error('expected a DomainRuleError');
}
