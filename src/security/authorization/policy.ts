import { AccessRole } from '../../common/access-role';
import { Principal } from '../../common/principal';

/** Where the read store keeps an entity, and which column names the unit it concerns. */
export type EntityKind = 'letter' | 'interview' | 'listing' | 'appeal' | 'problem' | 'chief';

/** The units an operation touches, from its arguments; unit-bound roles may touch only their own. */
export type ScopeOf = { kind: 'argument'; paths: readonly string[] } | { kind: 'entity'; entity: EntityKind; path: string };

/** The fact families whose streams a follow-up or correction appends to. */
export type FactStreamKind = 'warning' | 'alert' | 'case' | 'strike' | 'recovery' | 'prevention' | 'outflow';

/** A fact recorded before, named by the id at `path` (e.g. the warning of "input.instructionId"). */
export interface RecordedFact {
  stream: FactStreamKind;
  path: string;
}

/**
 * Who may run one operation. `scope` limits unit-bound roles (chiefs, recorders) to operations on
 * their own units; without it they may run it across the city (e.g. a chief reading the rankings).
 * `scopeRequired`: a unit-bound role must name a unit (a list query a chief runs for his county).
 */
export interface Policy {
  roles: readonly AccessRole[];
  /** Only tokens of these kinds (a system's batch endpoint); unset: people and systems alike. */
  kinds?: readonly Principal['kind'][];
  scope?: ScopeOf;
  scopeRequired?: boolean;
  /**
   * A follow-up or correction of a fact recorded before: a unit-bound role must also serve the unit
   * that recorded it. Refused here, without naming that unit, rather than by a decider that would.
   */
  recordedFact?: RecordedFact;
}

/** The unit named by the first of these arguments present, e.g. "input.unitId", or "unitId" or "countyId". */
export const unitArgument = (...paths: string[]): ScopeOf => ({ kind: 'argument', paths });
/** The unit of the entity whose id is at `path`, e.g. the addressee of the letter "input.letterId". */
export const unitOfEntity = (entity: EntityKind, path: string): ScopeOf => ({ kind: 'entity', entity, path });

/** The value at a dotted path of the arguments, or undefined. */
export function argumentAt(args: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
}
