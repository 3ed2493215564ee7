import { Charge, strikeStream } from '../../facts/strikes/events/strike.events';
import { ActivityContext, CASE_SYSTEM } from './activity-context';
import { SUSPECTS_APPREHENDED } from './activity-rates';
import { MINUTE_MS, officeTime } from './demo-clock';
import { FiledCase } from './recovery-activity';
import { AVERAGE_CONDUCT, StationConduct } from './station-conduct';

const SUSPECT_COUNTS: readonly (readonly [number, number])[] = [
  [1, 35],
  [2, 30],
  [3, 18],
  [4, 10],
  [5, 7],
];
const CHARGES: readonly (readonly [Charge, number])[] = [
  ['FRAUD', 55],
  ['ASSISTING', 30],
  ['CONCEALING', 15],
];
/** Draws for a case filed before today; the pool also holds a few filed overnight into today. */
const ATTEMPTS = 8;

/**
 * Cases solved today (破案), each drawn from the open cases filed before today, old or new: a
 * case solved months later still counts on the day it is solved. With `conductOf`, a case's
 * chance of being the one solved, and of its suspects being handled criminally, is its station's
 * conduct today; without, every station is average. The city's count of the day is the same.
 */
export function simulateStrikes(ctx: ActivityContext, openCases: FiledCase[], conductOf?: (stationId: string) => StationConduct): void {
  const { rng } = ctx;
  const solved = rng.poisson(ctx.rates.solvedPerDay);
  for (let i = 0; i < solved && openCases.length > 0; i += 1) {
    const index = conductOf ? pickWeightedCase(ctx, openCases, conductOf) : pickOpenCase(ctx, openCases);
    if (index < 0) return;
    const filed = openCases[index];
    openCases[index] = openCases[openCases.length - 1];
    openCases.pop();

    const operationId = ctx.nextId('DJ', 2);
    const stream = ctx.timeline.stream(strikeStream(operationId), {
      unitId: filed.stationId,
      actor: CASE_SYSTEM,
      correlationId: filed.caseId,
      causationId: filed.filedKey,
    });
    const solvedMs = officeTime(rng, ctx.dayStart);
    stream.emit(solvedMs, { type: 'CaseSolved', data: { operationId, caseId: filed.caseId } });
    if (!rng.chance(SUSPECTS_APPREHENDED)) continue;
    const { criminalMeasure } = conductOf?.(filed.stationId) ?? AVERAGE_CONDUCT;
    const measure = rng.chance(criminalMeasure) ? 'CRIMINAL' : 'ADMINISTRATIVE';
    const count = rng.weighted(SUSPECT_COUNTS);
    const charge = rng.weighted(CHARGES);
    const at = solvedMs + rng.int(30, 72 * 60) * MINUTE_MS;
    stream.emit(at, { type: 'SuspectsApprehended', data: { operationId, charge, measure, count } });
  }
}

function pickOpenCase(ctx: ActivityContext, openCases: FiledCase[]): number {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const index = ctx.rng.int(0, openCases.length - 1);
    if (openCases[index].filedMs < ctx.dayStart) return index;
  }
  return -1;
}

/** An open case filed before today, each as likely as its station's solve weight: one pass to sum, one to pick. */
function pickWeightedCase(ctx: ActivityContext, openCases: FiledCase[], conductOf: (stationId: string) => StationConduct): number {
  const weights = openCases.map((c) => (c.filedMs < ctx.dayStart ? conductOf(c.stationId).solveWeight : 0));
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) return -1;
  let r = ctx.rng.next() * total;
  let last = -1;
  for (let i = 0; i < weights.length; i += 1) {
    if (weights[i] === 0) continue;
    last = i;
    r -= weights[i];
    if (r < 0) return i;
  }
  return last;
}
