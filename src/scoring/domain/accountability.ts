import { Day, addDays } from '../../common/business-day';
import { ChiefRole } from '../../organization/events/organization.events';

export interface UnitInfo {
  unitId: string;
  level: string;
  name: string;
  parentId: string | null;
  /** The day the unit was created: an area counts for nobody before it existed. */
  effectiveFrom: Day;
  areaName: string | null;
  population: number | null;
}

export interface ChiefInfo {
  chiefId: string;
  name: string;
  role: ChiefRole;
  unitId: string;
  appointedFrom: Day;
  removedFrom: Day | null;
}

export interface ScopeInfo {
  chiefId: string;
  effectiveFrom: Day;
  unitIds: string[];
}

/** Days [from, to] (to null: open) during which a subject answers for these defense areas. */
export interface Span {
  from: Day;
  to: Day | null;
  areaIds: string[];
}

/**
 * What one row of a ranking stands for: a defense area (防区长), a county (局长), or a person whose
 * areas follow their assignments (副局长, and the city's 局领导, 高级警长 and 部门长 through 挂钩).
 */
export interface Subject {
  subjectId: string;
  kind: 'AREA' | 'COUNTY' | 'CHIEF';
  name: string;
  unitId: string;
  countyId: string | null;
  /** The units a "within this unit" filter matches: own unit, its county, linked counties. */
  units: string[];
  spans: Span[];
}

const ALWAYS = '0000-01-01';

export const UNIT_ROLES: Partial<Record<ChiefRole, 'STATION' | 'COUNTY'>> = { STATION_CHIEF: 'STATION', COUNTY_CHIEF: 'COUNTY' };
const CITY_ROLES = new Set<ChiefRole>(['BUREAU_LEADER', 'SENIOR_CHIEF', 'DEPARTMENT_HEAD']);

/** Every subject ranked for a role, with the areas each answers for over time. */
export function subjectsOf(role: ChiefRole, units: UnitInfo[], chiefs: ChiefInfo[], scopes: ScopeInfo[]): Subject[] {
  const createdOn = new Map(units.map((u) => [u.unitId, u.effectiveFrom]));
  return assignedSubjects(role, units, chiefs, scopes).map((s) => ({
    ...s,
    spans: s.spans.flatMap((span) => existingAreas(span, createdOn)),
  }));
}

/** Splits a span where one of its areas comes into existence; each piece keeps the areas existing then. */
function existingAreas(span: Span, createdOn: Map<string, Day>): Span[] {
  const starts = [...new Set(span.areaIds.map((a) => createdOn.get(a) ?? ALWAYS))]
    .filter((d) => d > span.from && (span.to === null || d <= span.to))
    .sort();
  const bounds = [span.from, ...starts];
  const pieces = bounds.map((from, i) => ({
    from,
    to: i + 1 < bounds.length ? addDays(bounds[i + 1], -1) : span.to,
    areaIds: span.areaIds.filter((a) => (createdOn.get(a) ?? ALWAYS) <= from),
  }));
  return pieces.filter((piece) => piece.areaIds.length > 0);
}

function assignedSubjects(role: ChiefRole, units: UnitInfo[], chiefs: ChiefInfo[], scopes: ScopeInfo[]): Subject[] {
  const stations = units.filter((u) => u.level === 'STATION');
  const stationsOf = new Map<string, string[]>();
  for (const s of stations) {
    if (!s.parentId) continue;
    const list = stationsOf.get(s.parentId);
    if (list) list.push(s.unitId);
    else stationsOf.set(s.parentId, [s.unitId]);
  }
  if (role === 'STATION_CHIEF') {
    return stations.map((s) => ({
      subjectId: s.unitId,
      kind: 'AREA',
      name: s.areaName ?? s.name,
      unitId: s.unitId,
      countyId: s.parentId,
      units: [s.unitId, ...(s.parentId ? [s.parentId] : [])],
      spans: [{ from: ALWAYS, to: null, areaIds: [s.unitId] }],
    }));
  }
  if (role === 'COUNTY_CHIEF') {
    return units
      .filter((u) => u.level === 'COUNTY')
      .map((c) => ({
        subjectId: c.unitId,
        kind: 'COUNTY',
        name: c.name,
        unitId: c.unitId,
        countyId: c.unitId,
        units: [c.unitId],
        spans: [{ from: ALWAYS, to: null, areaIds: stationsOf.get(c.unitId) ?? [] }],
      }));
  }
  const toAreas = CITY_ROLES.has(role) ? (ids: string[]) => ids.flatMap((id) => stationsOf.get(id) ?? []) : (ids: string[]) => ids;
  const parentOf = new Map(units.map((u) => [u.unitId, u.parentId]));
  return chiefs
    .filter((c) => c.role === role)
    .map((chief) => {
      const own = scopes.filter((s) => s.chiefId === chief.chiefId).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      const spans = own.flatMap((scope, i): Span[] => {
        const from = scope.effectiveFrom > chief.appointedFrom ? scope.effectiveFrom : chief.appointedFrom;
        const ends = [own[i + 1]?.effectiveFrom, chief.removedFrom].filter((d): d is Day => !!d).map((d) => addDays(d, -1));
        const to = ends.length ? ends.sort()[0] : null;
        return to !== null && to < from ? [] : [{ from, to, areaIds: toAreas(scope.unitIds) }];
      });
      const linked = CITY_ROLES.has(role) ? own.flatMap((s) => s.unitIds) : [];
      const countyId = CITY_ROLES.has(role) ? null : chief.unitId;
      return {
        subjectId: chief.chiefId,
        kind: 'CHIEF' as const,
        name: chief.name,
        unitId: chief.unitId,
        countyId,
        units: [...new Set([chief.unitId, ...(parentOf.get(chief.unitId) ? [parentOf.get(chief.unitId)!] : []), ...linked])],
        spans,
      };
    });
}

/** The spans of a subject cut to [from, to]. */
export function spansWithin(spans: Span[], from: Day, to: Day): Span[] {
  const cut: Span[] = [];
  for (const s of spans) {
    const start = s.from > from ? s.from : from;
    const end = s.to !== null && s.to < to ? s.to : to;
    if (start <= end) cut.push({ from: start, to: end, areaIds: s.areaIds });
  }
  return cut;
}
