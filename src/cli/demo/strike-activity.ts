import { Charge, strikeStream } from '../../facts/strikes/events/strike.events';
import { ActivityContext, CASE_SYSTEM } from './activity-context';
import { CRIMINAL_MEASURE, SUSPECTS_APPREHENDED } from './activity-rates';
import { MINUTE_MS, officeTime } from './demo-clock';
import { FiledCase } from './recovery-activity';

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
 * case solved months later still counts on the day it is solved.
 */
export function simulateStrikes(ctx: ActivityContext, openCases: FiledCase[]): void {
  const { rng } = ctx;
  const solved = rng.poisson(ctx.rates.solvedPerDay);
  for (let i = 0; i < solved && openCases.length > 0; i += 1) {
    const index = pickOpenCase(ctx, openCases);
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
    const measure = rng.chance(CRIMINAL_MEASURE) ? 'CRIMINAL' : 'ADMINISTRATIVE';
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
