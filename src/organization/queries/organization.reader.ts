import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Day } from '../../common/business-day';
import { ProjectionRunner } from '../../read-store/projection-runner';
import { ReadStore } from '../../read-store/read-store.port';
import { UnitDirectory } from '../../recording/unit-directory';
import { ChiefRole, UnitLevel } from '../events/organization.events';
import { CHIEF_SCOPES, CHIEFS, UNITS } from '../projections/organization.projection';

export interface UnitRow {
  unitId: string;
  level: UnitLevel;
  name: string;
  parentId: string | null;
  effectiveFrom: Day;
  areaName: string | null;
  population: number | null;
  floatingPopulation: number | null;
}

export interface ChiefRow {
  chiefId: string;
  name: string;
  role: ChiefRole;
  unitId: string;
  appointedFrom: Day;
  removedFrom: Day | null;
}

export interface ChiefScopeRow {
  chiefId: string;
  effectiveFrom: Day;
  unitIds: string[];
}

/** Far above a city's units (a province has a few thousand). */
const MAX_CACHED_UNITS = 20_000;

/** Units nest a few levels deep at most (city → county → station); a cycle could not loop for ever. */
const MAX_UNIT_DEPTH = 8;

/**
 * Reads of the organisation read model, shared by commands (checks) and queries. Single units are
 * kept in memory until the organisation's projection next changes its units: every fact recorded
 * checks its unit and the token's scope, walking up the tree, a few reads each that a batch of a
 * thousand facts would otherwise repeat thousands of times.
 */
@Injectable()
export class OrganizationReader implements UnitDirectory, OnModuleDestroy {
  private readonly units$ = new Map<string, Promise<(UnitRow & Record<string, unknown>) | undefined>>();
  private readonly unsubscribe: () => void;

  constructor(
    @Inject(ReadStore) private readonly store: ReadStore,
    @Inject(ProjectionRunner) runner: ProjectionRunner,
  ) {
    this.unsubscribe = runner.onApplied(({ tables }) => tables.includes(UNITS) && this.units$.clear());
  }

  onModuleDestroy() {
    this.unsubscribe();
  }

  unit(unitId: string) {
    let unit = this.units$.get(unitId);
    if (!unit) {
      // Ids asked for that name no unit are kept too; a client sending thousands of them only empties the cache.
      if (this.units$.size >= MAX_CACHED_UNITS) this.units$.clear();
      unit = this.store.findOne<UnitRow & Record<string, unknown>>(UNITS, { unitId });
      this.units$.set(unitId, unit);
      // A failed read is not remembered.
      unit.catch(() => this.units$.get(unitId) === unit && this.units$.delete(unitId));
    }
    return unit;
  }

  async levelOf(unitId: string): Promise<UnitLevel | undefined> {
    return (await this.unit(unitId))?.level;
  }

  /** The unit is one of `units` or below one of them (a station below its county, a county below the city). */
  async isWithin(unitId: string, units: readonly string[]): Promise<boolean> {
    let current: string | null | undefined = unitId;
    for (let depth = 0; current && depth < MAX_UNIT_DEPTH; depth++) {
      if (units.includes(current)) return true;
      current = (await this.unit(current))?.parentId;
    }
    return false;
  }

  /** The city bureau's unit: what it decides and publishes (rules, bulletins, supervision) is recorded for it. */
  async cityUnitId(): Promise<string> {
    return (await this.units({ level: 'CITY' }))[0]?.unitId ?? 'city';
  }

  units(filter: { level?: UnitLevel; parentId?: string } = {}) {
    const where = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    return this.store.find<UnitRow & Record<string, unknown>>(UNITS, { where, orderBy: [['unitId', 'asc']] });
  }

  chief(chiefId: string) {
    return this.store.findOne<ChiefRow & Record<string, unknown>>(CHIEFS, { chiefId });
  }

  chiefs(filter: { role?: ChiefRole; unitId?: string } = {}) {
    const where = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    return this.store.find<ChiefRow & Record<string, unknown>>(CHIEFS, { where, orderBy: [['chiefId', 'asc']] });
  }

  /** The chiefs in office on a day (appointed on or before it, not removed by then). */
  async chiefsInOffice(day: Day, role?: ChiefRole): Promise<ChiefRow[]> {
    const all = await this.chiefs(role ? { role } : {});
    return all.filter((c) => c.appointedFrom <= day && (c.removedFrom === null || c.removedFrom > day));
  }

  /** Every dated scope of every chief: what rankings follow day by day. */
  scopes() {
    return this.store.find<ChiefScopeRow & Record<string, unknown>>(CHIEF_SCOPES, {
      orderBy: [
        ['chiefId', 'asc'],
        ['effectiveFrom', 'asc'],
      ],
    });
  }

  /** The stations or counties a chief answers for on a day, from the scope valid then. */
  async scopeOn(chiefId: string, day: Day): Promise<string[]> {
    const scopes = await this.store.find<ChiefScopeRow & Record<string, unknown>>(CHIEF_SCOPES, {
      where: { chiefId, effectiveFrom: { lte: day } },
      orderBy: [['effectiveFrom', 'desc']],
      limit: 1,
    });
    return scopes[0]?.unitIds ?? [];
  }
}
