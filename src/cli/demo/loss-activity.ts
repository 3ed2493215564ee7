import { Actor } from '../../event-store/event-store.port';
import { alertStream, caseStream } from '../../facts/losses/events/loss.events';
import { ActivityContext, CASE_SYSTEM, stationRecorder } from './activity-context';
import { planCase } from './case-analysis-activity';
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
 * station's `conduct` decides how much of the loss is recovered. With `analysed`, a context of its
 * own random stream, the case carries its method and victim group and its victim is usually visited.
 */
export function simulateAlert(
  ctx: ActivityContext,
  stationId: string,
  conduct: StationConduct = AVERAGE_CONDUCT,
  analysed?: ActivityContext,
): FiledCase | null {
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
  const { analysis, visitMs } = analysed ? planCase(analysed.rng, fraudType, filedMs) : { analysis: {}, visitMs: null };
  // Filed from its alert (警情→发案): the link draws nothing, so every later draw stays where it was.
  const filedKey = stream.emit(filedMs, { type: 'CaseFiled', data: { caseId, fraudType, lossFen, alertId, ...analysis } });
  // The visit goes into the stream in time order among the corrections, its recording delay drawn from its own stream.
  let visited = false;
  const visitBefore = (ms: number) => {
    if (visitMs === null || visited || visitMs > ms) return;
    const data = { caseId, caseFiledAt, firstVisit: true, ...analysis };
    stream.emit(visitMs, { type: 'VictimVisited', data }, stationRecorder(stationId), analysed?.rng);
    visited = true;
  };

  let lastDay = midnightOf(filedMs);
  if (rng.chance(CASE_AMENDED)) {
    lastDay += rng.int(1, 20) * DAY_MS;
    const previousLossFen = lossFen;
    lossFen = amended(rng, previousLossFen);
    const reason = '核实银行流水后更正损失金额';
    const amendedMs = officeTime(rng, lastDay);
    visitBefore(amendedMs);
    stream.emit(amendedMs, {
      type: 'CaseLossAmended',
      data: { caseId, lossFen, previousLossFen, caseFiledAt, reason, fraudType, ...analysis },
    });
  }
  if (rng.chance(CASE_REVOKED)) {
    lastDay += rng.int(3, 40) * DAY_MS;
    const reason = '经核查不构成电信网络诈骗，撤销案件';
    const revokedMs = officeTime(rng, lastDay);
    visitBefore(revokedMs);
    const data = { caseId, reason, lossFen, caseFiledAt, fraudType, alertId, ...analysis, ...(visited ? { victimVisited: true } : {}) };
    stream.emit(revokedMs, { type: 'CaseRevoked', data });
    return null;
  }
  visitBefore(Infinity);
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
