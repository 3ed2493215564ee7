import { Actor } from '../../event-store/event-store.port';
import { alertStream, caseStream } from '../../facts/losses/events/loss.events';
import { ActivityContext, CASE_SYSTEM } from './activity-context';
import { CASE_AMENDED, CASE_REVOKED, CASE_SHARE_OF_ALERTS, FRAUD_TYPE_MIX, LOSS_MEDIAN_FEN, LOSS_SIGMA } from './activity-rates';
import { DAY_MS, HOUR_MS, midnightOf, officeTime, timeOfDay, toSecond } from './demo-clock';
import { Rng } from './prng';
import { FiledCase, recoverCase } from './recovery-activity';
import { AVERAGE_CONDUCT, StationConduct } from './station-conduct';

/** The 110 command centre that passes fraud alerts to the stations. */
const ALERT_PLATFORM: Actor = { subject: 'alert-platform', role: 'RECORDER' };
const FRAUD_TYPES = FRAUD_TYPE_MIX.map((entry) => [entry, entry[1]] as const);

/**
 * A fraud alert (警情) at a station; most become a filed case (发案) with a loss, some of which are
 * corrected later. Returns the case when it stays open for the detectives, null otherwise. The
 * station's `conduct` decides how much of the loss is recovered.
 */
export function simulateAlert(ctx: ActivityContext, stationId: string, conduct: StationConduct = AVERAGE_CONDUCT): FiledCase | null {
  const { rng } = ctx;
  const alertId = ctx.nextId('JQ', 3);
  const alertMs = timeOfDay(rng, ctx.dayStart);
  const [fraudType, , lossFactor] = rng.weighted(FRAUD_TYPES);
  const alertKey = ctx.timeline
    .stream(alertStream(alertId), { unitId: stationId, actor: ALERT_PLATFORM, correlationId: alertId })
    .emit(alertMs, { type: 'FraudAlertReceived', data: { alertId, fraudType } });
  if (!rng.chance(CASE_SHARE_OF_ALERTS)) return null;

  // The case keeps its alert's number (JQ… → AJ…) so the two can be matched by eye.
  const caseId = `AJ${alertId.slice(2)}`;
  const filedMs = toSecond(alertMs + rng.between(1, 8) * HOUR_MS);
  const caseFiledAt = new Date(filedMs).toISOString();
  const stream = ctx.timeline.stream(caseStream(caseId), {
    unitId: stationId,
    actor: CASE_SYSTEM,
    correlationId: alertId,
    causationId: alertKey,
  });
  let lossFen = drawLoss(rng, LOSS_MEDIAN_FEN * ctx.rates.lossScale * lossFactor);
  const filedKey = stream.emit(filedMs, { type: 'CaseFiled', data: { caseId, fraudType, lossFen } });

  let lastDay = midnightOf(filedMs);
  if (rng.chance(CASE_AMENDED)) {
    lastDay += rng.int(1, 20) * DAY_MS;
    const previousLossFen = lossFen;
    lossFen = amended(rng, previousLossFen);
    const reason = '核实银行流水后更正损失金额';
    stream.emit(officeTime(rng, lastDay), {
      type: 'CaseLossAmended',
      data: { caseId, lossFen, previousLossFen, caseFiledAt, reason, fraudType },
    });
  }
  if (rng.chance(CASE_REVOKED)) {
    lastDay += rng.int(3, 40) * DAY_MS;
    const reason = '经核查不构成电信网络诈骗，撤销案件';
    stream.emit(officeTime(rng, lastDay), { type: 'CaseRevoked', data: { caseId, reason, lossFen, caseFiledAt, fraudType } });
    return null;
  }
  const filed = { caseId, stationId, filedMs, lossFen, filedKey };
  recoverCase(ctx, filed, conduct);
  return filed;
}

/** Lognormal around the median, in whole yuan, at least ¥100: a heavy tail of very large losses. */
function drawLoss(rng: Rng, medianFen: number): number {
  const fen = medianFen * Math.exp(LOSS_SIGMA * rng.normal());
  return Math.max(100, Math.round(fen / 100)) * 100;
}

/** Bank statements usually show a bit more or a bit less than first reported; never the same. */
function amended(rng: Rng, fen: number): number {
  const next = Math.max(100, Math.round((fen * rng.between(0.5, 1.6)) / 100) * 100);
  return next === fen ? fen + 100 : next;
}
