/** The county a unit answers to: a county itself, a station its parent; null for units above the counties. */
export function countyOf(unit: { unitId: string; level: string; parentId: string | null }): string | null {
  if (unit.level === 'COUNTY') return unit.unitId;
  return unit.level === 'STATION' ? unit.parentId : null;
}
