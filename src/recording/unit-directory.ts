/**
 * What the write path needs to know of the organisation: a unit's level, or nothing when there
 * is no such unit. The organisation, a layer above, provides it; the organisation's own changes
 * are recorded through the same write path, so the dependency points up only through this port.
 */
export abstract class UnitDirectory {
  abstract levelOf(unitId: string): Promise<string | undefined>;
}
