import { Actor } from '../../event-store/event-store.port';
import { ProtectiveMeasure, WarningKind, warningStream } from '../../facts/warnings/events/warning-instruction.events';
import { ActivityContext, stationRecorder } from './activity-context';
import { WARNING_KINDS_MIX, WARNING_OUTCOMES as P } from './activity-rates';
import { HOUR_MS, MINUTE_MS, timeOfDay, toSecond } from './demo-clock';
import { Rng } from './prng';
import { avertLoss } from './recovery-activity';

const WARNING_PLATFORM: Actor = { subject: 'warning-platform', role: 'RECORDER' };
const LATEST_CONTACT_HOURS = 30;

/** One warning instruction received by a station, and what the station then did about it. */
export function simulateWarning(ctx: ActivityContext, stationId: string): void {
  const { rng } = ctx;
  const instructionId = ctx.nextId('YJ', 4);
  const receivedMs = timeOfDay(rng, ctx.dayStart);
  const kind = rng.weighted(WARNING_KINDS_MIX);
  const deadlineMs = receivedMs + (kind === 'FUND' ? 24 : 48) * HOUR_MS;
  const warningReceivedAt = new Date(receivedMs).toISOString();
  const stream = ctx.timeline.stream(warningStream(instructionId), {
    unitId: stationId,
    actor: WARNING_PLATFORM,
    correlationId: instructionId,
  });
  stream.emit(receivedMs, {
    type: 'WarningInstructionReceived',
    data: { instructionId, kind, deadline: new Date(deadlineMs).toISOString() },
  });
  if (!rng.chance(P.contacted)) return;

  const recorder = stationRecorder(stationId);
  const contactMs = contactTime(rng, kind, receivedMs, deadlineMs);
  const method = rng.chance(P.faceToFace) ? 'FACE_TO_FACE' : 'PHONE';
  const withinDeadline = contactMs <= deadlineMs;
  stream.emit(
    contactMs,
    { type: 'WarningContactMade', data: { instructionId, method, withinDeadline, firstContact: true, warningReceivedAt } },
    recorder,
  );

  let at = contactMs;
  if (rng.chance(P.protectiveMeasure)) {
    at += rng.int(2, 30) * MINUTE_MS;
    const measure = protectiveMeasureFor(rng, kind);
    stream.emit(at, { type: 'ProtectiveMeasureApplied', data: { instructionId, measure, warningReceivedAt } }, recorder);
  }
  const outcome = rng.next();
  if (outcome < P.dissuaded) {
    at += rng.int(5, 40) * MINUTE_MS;
    const dissuadedKey = stream.emit(at, { type: 'WarningDissuaded', data: { instructionId, warningReceivedAt } }, recorder);
    if (rng.chance(P.lossAverted)) avertLoss(ctx, stationId, instructionId, at + rng.int(10, 120) * MINUTE_MS, dissuadedKey);
  } else if (outcome < P.dissuaded + P.victimised) {
    at += toSecond(rng.between(2, 48) * HOUR_MS);
    stream.emit(at, { type: 'VictimisedAfterWarning', data: { instructionId, caseId: null, warningReceivedAt } }, recorder);
  }
}

/**
 * Most contacts come within a few hours. Only fund warnings (24 h) can miss their deadline, since
 * every contact is made within 30 h; withinDeadline is then derived from the times, never drawn.
 */
function contactTime(rng: Rng, kind: WarningKind, receivedMs: number, deadlineMs: number): number {
  const latest = receivedMs + LATEST_CONTACT_HOURS * HOUR_MS;
  if (kind === 'FUND' && rng.chance(P.lateFund)) return toSecond(rng.between(deadlineMs + MINUTE_MS, latest));
  for (;;) {
    const ms = receivedMs + (1 + rng.exponential(4)) * HOUR_MS;
    if (ms <= Math.min(deadlineMs, latest)) return toSecond(ms);
  }
}

function protectiveMeasureFor(rng: Rng, kind: WarningKind): ProtectiveMeasure {
  const paymentFirst = kind === 'FUND' || kind === 'APP';
  return rng.chance(paymentFirst ? 0.8 : 0.2) ? 'RESTRICT_PAYMENT' : 'RESTRICT_CALLS';
}
