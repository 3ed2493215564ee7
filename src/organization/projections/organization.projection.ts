import { Projection } from '../../read-store/projection';
import { Change, TableSpec } from '../../read-store/read-store.port';
import { ChiefEvent, UnitEvent } from '../events/organization.events';

export const UNITS = 'units';
export const CHIEFS = 'chiefs';
export const CHIEF_SCOPES = 'chief_scopes';

const tables: TableSpec[] = [
  {
    name: UNITS,
    columns: {
      unitId: 'text',
      level: 'text',
      name: 'text',
      parentId: 'text',
      effectiveFrom: 'text',
      areaName: 'text',
      population: 'integer',
      floatingPopulation: 'integer',
    },
    key: ['unitId'],
    indexes: [['level'], ['parentId']],
  },
  {
    name: CHIEFS,
    columns: { chiefId: 'text', name: 'text', role: 'text', unitId: 'text', appointedFrom: 'text', removedFrom: 'text' },
    key: ['chiefId'],
    indexes: [['unitId'], ['role']],
  },
  {
    // A chief's stations (deputies) or linked counties (city chiefs), each valid until the next row.
    name: CHIEF_SCOPES,
    columns: { chiefId: 'text', effectiveFrom: 'text', unitIds: 'json' },
    key: ['chiefId', 'effectiveFrom'],
  },
];

function changesOf(event: UnitEvent | ChiefEvent): Change[] {
  switch (event.type) {
    case 'UnitCreated': {
      const { unitId, ...values } = event.data;
      return [{ op: 'upsert', table: UNITS, key: { unitId }, values }];
    }
    case 'DefenseAreaDefined':
    case 'DefenseAreaPopulationSet': {
      const { unitId, effectiveFrom: _from, ...values } = event.data;
      return [{ op: 'upsert', table: UNITS, key: { unitId }, values }];
    }
    case 'ChiefAppointed': {
      const { chiefId, effectiveFrom, ...rest } = event.data;
      return [{ op: 'upsert', table: CHIEFS, key: { chiefId }, values: { ...rest, appointedFrom: effectiveFrom, removedFrom: null } }];
    }
    case 'ChiefRemoved':
      return [{ op: 'upsert', table: CHIEFS, key: { chiefId: event.data.chiefId }, values: { removedFrom: event.data.effectiveFrom } }];
    case 'DeputyAssigned':
      return [scope(event.data.chiefId, event.data.effectiveFrom, event.data.stationIds)];
    case 'CityChiefLinked':
      return [scope(event.data.chiefId, event.data.effectiveFrom, event.data.countyIds)];
  }
}

const scope = (chiefId: string, effectiveFrom: string, unitIds: string[]): Change => ({
  op: 'upsert',
  table: CHIEF_SCOPES,
  key: { chiefId, effectiveFrom },
  values: { unitIds },
});

const HANDLED = new Set([
  'UnitCreated',
  'DefenseAreaDefined',
  'DefenseAreaPopulationSet',
  'ChiefAppointed',
  'ChiefRemoved',
  'DeputyAssigned',
  'CityChiefLinked',
]);

/** The organisation as it stands: units, chiefs and their dated scopes. */
export const organizationProjection: Projection = {
  name: 'organization',
  version: 1,
  tables,
  eventTypes: [...HANDLED],
  project: (event) => (HANDLED.has(event.type) ? changesOf(event as unknown as UnitEvent | ChiefEvent) : []),
};
