import { Actor } from '../../event-store/event-store.port';
import { recoveryStream } from '../../facts/recoveries/events/recovery.events';
import { ActivityContext, stationRecorder } from './activity-context';
import { RECOVERY } from './activity-rates';
import { DAY_MS, midnightOf, MINUTE_MS, officeTime, toSecond } from './demo-clock';
import { Rng } from './prng';
import { AVERAGE_CONDUCT, StationConduct } from './station-conduct';

/** The anti-fraud centre (反诈中心) runs stop-payment and freezing with the banks. */
const ANTI_FRAUD_CENTRE: Actor = { subject: 'anti-fraud-centre', role: 'RECORDER' };

export interface FiledCase {
  caseId: string;
  stationId: string;
  filedMs: number;
  lossFen: number;
  /** Idempotency key of the CaseFiled event, the cause of what follows from the case. */
  filedKey: string;
}

/** A dissuasion that kept money in the victim's account: ¥1,000–¥200,000, small sums most often. */
export function avertLoss(ctx: ActivityContext, stationId: string, instructionId: string, at: number, causationId: string): void {
  const operationId = `BM${instructionId.slice(2)}`;
  const amountFen = Math.round(ctx.rng.logUniform(1_000, 200_000)) * 100;
  ctx.timeline
    .stream(recoveryStream(operationId), {
      unitId: stationId,
      actor: stationRecorder(stationId),
      correlationId: instructionId,
      causationId,
    })
    .emit(at, { type: 'LossAverted', data: { operationId, amountFen, instructionId } });
}

/**
 * Money chased after a case: stopped within hours (止付), frozen within days (冻结), some of it
 * returned weeks later (返赃). Each is a fraction of the loss, returned at most what was held; how
 * often each happens is the case's station's `conduct`.
 */
export function recoverCase(ctx: ActivityContext, filed: FiledCase, conduct: StationConduct = AVERAGE_CONDUCT): void {
  const { rng } = ctx;
  const operationId = `WS${filed.caseId.slice(2)}`;
  const stream = ctx.timeline.stream(recoveryStream(operationId), {
    unitId: filed.stationId,
    actor: ANTI_FRAUD_CENTRE,
    correlationId: filed.caseId,
    causationId: filed.filedKey,
  });
  let held = 0;
  if (rng.chance(conduct.paymentStopped)) {
    const amountFen = share(rng, filed.lossFen, RECOVERY.stopped.share);
    held += amountFen;
    // One draw as before, stretched by the station's pace, so every later draw of the demo stays where it was.
    const minutes = 10 + Math.round((rng.int(10, 180) - 10) * conduct.stopPace);
    const at = toSecond(filed.filedMs + minutes * MINUTE_MS);
    const reportedAt = new Date(toSecond(filed.filedMs)).toISOString();
    stream.emit(at, { type: 'PaymentStopped', data: { operationId, accounts: rng.int(1, 4), amountFen, reportedAt } });
  }
  if (rng.chance(conduct.fundsFrozen)) {
    const amountFen = share(rng, filed.lossFen, RECOVERY.frozen.share);
    held += amountFen;
    const at = officeTime(rng, midnightOf(filed.filedMs) + rng.int(1, 5) * DAY_MS);
    stream.emit(at, { type: 'FundsFrozen', data: { operationId, accounts: rng.int(1, 6), amountFen } });
  }
  if (held > 0 && rng.chance(conduct.fundsReturned)) {
    const amountFen = Math.max(100, share(rng, held, RECOVERY.returned.share));
    const at = officeTime(rng, midnightOf(filed.filedMs) + rng.int(15, 90) * DAY_MS);
    stream.emit(at, { type: 'FundsReturned', data: { operationId, amountFen } });
  }
}

function share(rng: Rng, fen: number, [min, max]: readonly [number, number]): number {
  return Math.max(100, Math.round((fen * rng.between(min, max)) / 100) * 100);
}
