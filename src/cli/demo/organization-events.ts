import { Day } from '../../common/business-day';
import { Actor } from '../../event-store/event-store.port';
import { chiefStream, unitStream } from '../../organization/events/organization.events';
import { DEFAULT_RULE_SET } from '../../scoring/domain/default-rule-set';
import { ruleSetStream } from '../../scoring/events/rule-set.events';
import { dayStartMs } from './demo-clock';
import { DemoCity, ORGANIZATION_START } from './demo-organization';
import { DemoTimeline } from './demo-timeline';
import { CITY } from './sanming-geography';

const ADMIN: Actor = { subject: 'demo-admin', role: 'ADMINISTRATOR' };
const EVALUATION: Actor = { subject: 'demo-evaluation', role: 'EVALUATION_STAFF' };
const CORRELATION = 'demo-organization';

/**
 * Organisation changes take effect at midnight of their day, so the set-up precedes every
 * activity event of the first day and a 2026 change precedes that day's activity too.
 */
const at = (day: Day) => dayStartMs(day);

export function scheduleOrganization(city: DemoCity, timeline: DemoTimeline): void {
  const start = at(ORGANIZATION_START);
  const effectiveFrom = ORGANIZATION_START;
  const unit = (unitId: string) => timeline.stream(unitStream(unitId), { unitId, actor: ADMIN, correlationId: CORRELATION });

  unit(CITY.id).emit(start, {
    type: 'UnitCreated',
    data: { unitId: CITY.id, level: 'CITY', name: CITY.name, parentId: null, effectiveFrom },
  });
  for (const d of city.departments) {
    unit(d.id).emit(start, {
      type: 'UnitCreated',
      data: { unitId: d.id, level: 'DEPARTMENT', name: d.name, parentId: CITY.id, effectiveFrom },
    });
  }
  for (const c of city.counties) {
    unit(c.id).emit(start, {
      type: 'UnitCreated',
      data: { unitId: c.id, level: 'COUNTY', name: c.name, parentId: CITY.id, effectiveFrom },
    });
  }
  for (const s of city.stations) {
    const writer = unit(s.id);
    writer.emit(start, {
      type: 'UnitCreated',
      data: { unitId: s.id, level: 'STATION', name: s.name, parentId: s.countyId, effectiveFrom },
    });
    const { areaName, population, floatingPopulation } = s;
    writer.emit(start, { type: 'DefenseAreaDefined', data: { unitId: s.id, areaName, population, floatingPopulation, effectiveFrom } });
  }

  for (const chief of city.chiefs) {
    const writer = timeline.stream(chiefStream(chief.id), { unitId: chief.appointedBy, actor: ADMIN, correlationId: CORRELATION });
    const { id: chiefId, name, role, unitId, appointedFrom } = chief;
    writer.emit(at(appointedFrom), { type: 'ChiefAppointed', data: { chiefId, name, role, unitId, effectiveFrom: appointedFrom } });
    for (const scope of chief.scopes) {
      const data = { chiefId, effectiveFrom: scope.from };
      writer.emit(
        at(scope.from),
        role === 'DEPUTY_COUNTY_CHIEF'
          ? { type: 'DeputyAssigned', data: { ...data, stationIds: scope.unitIds } }
          : { type: 'CityChiefLinked', data: { ...data, countyIds: scope.unitIds } },
      );
    }
    if (chief.removedFrom)
      writer.emit(at(chief.removedFrom), { type: 'ChiefRemoved', data: { chiefId, effectiveFrom: chief.removedFrom } });
  }

  timeline
    .stream(ruleSetStream(DEFAULT_RULE_SET.ruleSetId), { unitId: CITY.id, actor: EVALUATION, correlationId: 'demo-rule-set' })
    .emit(start, { type: 'RuleSetPublished', data: DEFAULT_RULE_SET });
}
