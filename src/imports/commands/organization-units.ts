import { UnitRow } from '../../organization/queries/organization.reader';
import { UnitLookup } from '../domain/unit-lookup';

/**
 * Units as exports name them: by this service's unit id, by full name with its parent's
 * ("沙县公安局城关派出所"), or by its own name where that is unique in the city (county towns each
 * have a 城关派出所, so that name alone says nothing).
 */
export function organizationUnits(units: readonly UnitRow[]): UnitLookup {
  const byText = new Map<string, string>();
  const byName = new Map<string, string[]>();
  const names = new Map(units.map((unit) => [unit.unitId, unit.name]));
  for (const unit of units) {
    byText.set(unit.unitId, unit.unitId);
    const parent = unit.parentId ? names.get(unit.parentId) : undefined;
    if (parent) byText.set(`${parent}${unit.name}`, unit.unitId);
    byName.set(unit.name, [...(byName.get(unit.name) ?? []), unit.unitId]);
  }
  for (const [name, ids] of byName) if (ids.length === 1 && !byText.has(name)) byText.set(name, ids[0]);
  return {
    resolve: (text) => byText.get(text.replace(/\s+/g, '')),
    describe: () => '可填单位编号、上级单位名加单位名（如“沙县公安局城关派出所”），或在全市唯一的单位名称',
  };
}
