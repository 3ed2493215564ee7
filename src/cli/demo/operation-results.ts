import { strikeStream } from '../../facts/strikes/events/strike.events';
import { ActivityContext, CASE_SYSTEM } from './activity-context';
import { officeTime } from './demo-clock';

/** City-wide per day: a seizure most days, dens and companies a few a month, 断卡 about weekly. */
const SEIZURES_PER_DAY = 0.6;
const DEN_RAIDS_PER_DAY = 0.08;
const LOCAL_DEN = 0.6;
const CARD_BREAKING_PER_DAY = 0.15;
const COMPANY_PENALTIES_PER_DAY = 0.03;
const PENALTIES = [
  ['WARNING', 40],
  ['FINE', 45],
  ['SUSPENSION', 12],
  ['LICENCE_REVOKED', 3],
] as const;
const COMPANY_KINDS = ['网络科技', '信息咨询', '商贸', '电子商务', '通信设备', '文化传媒'];

/**
 * What the city's operations take down on a day besides cases and suspects: phones and bank cards
 * seized, dens broken, cards cut off, companies penalised, each at a station drawn at random. Drawn
 * from a stream of its own (see CityActivity.contextOf), so the first facts of the demo stay as they were.
 */
export function simulateOperationResults(ctx: ActivityContext, stations: ReadonlyArray<{ id: string; name: string }>): void {
  const { rng } = ctx;
  const operation = (prefix: string) => {
    const station = rng.pick(stations);
    const operationId = ctx.nextId(prefix, 2);
    const stream = ctx.timeline.stream(strikeStream(operationId), {
      unitId: station.id,
      actor: CASE_SYSTEM,
      correlationId: operationId,
      delays: ctx.rng,
    });
    return { station, operationId, stream, at: officeTime(rng, ctx.dayStart) };
  };
  for (let i = rng.poisson(SEIZURES_PER_DAY); i > 0; i -= 1) {
    const { operationId, stream, at } = operation('SJ');
    stream.emit(at, { type: 'ItemsSeized', data: { operationId, phones: rng.int(1, 12), bankCards: rng.int(0, 8) } });
  }
  for (let i = rng.poisson(DEN_RAIDS_PER_DAY); i > 0; i -= 1) {
    const { operationId, stream, at } = operation('WD');
    stream.emit(at, { type: 'DensBroken', data: { operationId, count: rng.int(1, 2), local: rng.chance(LOCAL_DEN) } });
  }
  for (let i = rng.poisson(CARD_BREAKING_PER_DAY); i > 0; i -= 1) {
    const { operationId, stream, at } = operation('DK');
    stream.emit(at, { type: 'CardsCutOff', data: { operationId, phoneCards: rng.int(0, 20), bankCards: rng.int(2, 40) } });
  }
  for (let i = rng.poisson(COMPANY_PENALTIES_PER_DAY); i > 0; i -= 1) {
    const { station, operationId, stream, at } = operation('XZ');
    const company = `${station.name.replace(/派出所$/, '')}${rng.pick(COMPANY_KINDS)}有限公司`;
    stream.emit(at, { type: 'CompanyPenalised', data: { operationId, company, penalty: rng.weighted(PENALTIES) } });
  }
}
