import { Actor } from '../../event-store/event-store.port';
import { ProtectiveMeasure, WarningKind, warningStream } from '../../facts/warnings/events/warning-instruction.events';
import { ActivityContext, stationRecorder } from './activity-context';
import { StreamWriter } from './demo-timeline';
import { WARNING_KINDS_MIX, WARNING_OUTCOMES as P } from './activity-rates';
import { HOUR_MS, MINUTE_MS, timeOfDay, toSecond } from './demo-clock';
import type { WarningGaming } from './planted-gaming';
import { Rng } from './prng';
import { avertLoss } from './recovery-activity';
import { AVERAGE_CONDUCT, StationConduct } from './station-conduct';

const WARNING_PLATFORM: Actor = { subject: 'warning-platform', role: 'RECORDER' };
/** Even a 48 h warning, when reached in time, is reached within 30 h: stations work warnings the day they come. */
const LATEST_CONTACT_HOURS = 30;
/** A missed deadline is missed by hours, not days: the station catches up within the next shift. */
const LATE_CONTACT_HOURS = 12;

/** A warning as generated: its stream, for steps drawn afterwards from another random stream (warning-steps-activity). */
export interface DemoWarning {
  stream: StreamWriter;
  stationId: string;
  instructionId: string;
  receivedMs: number;
  ofWarning: { warningReceivedAt: string; warningKind: WarningKind };
}

/**
 * One warning instruction received by a station, and what the station, as good as `conduct`, then
 * did about it; with `gaming`, as a gaming station records it (planted-gaming), the city's draws unchanged.
 */
export function simulateWarning(
  ctx: ActivityContext,
  stationId: string,
  conduct: StationConduct = AVERAGE_CONDUCT,
  gaming?: WarningGaming,
): DemoWarning {
  const { rng } = ctx;
  const instructionId = ctx.nextId('YJ', 4);
  const receivedMs = timeOfDay(rng, ctx.dayStart);
  const kind = rng.weighted(WARNING_KINDS_MIX);
  const deadlineMs = receivedMs + (kind === 'FUND' ? 24 : 48) * HOUR_MS;
  // What every follow-up copies from its warning, as the decider has them do.
  const ofWarning = { warningReceivedAt: new Date(receivedMs).toISOString(), warningKind: kind };
  const stream = ctx.timeline.stream(warningStream(instructionId), {
    unitId: stationId,
    actor: WARNING_PLATFORM,
    correlationId: instructionId,
  });
  stream.emit(receivedMs, {
    type: 'WarningInstructionReceived',
    data: { instructionId, kind, deadline: new Date(deadlineMs).toISOString() },
  });
  const warning = { stream, stationId, instructionId, receivedMs, ofWarning };
  const inTime = rng.chance(conduct.contactedInTime);
  if (!inTime && rng.chance(P.neverContacted)) return warning;

  const recorder = stationRecorder(stationId);
  const madeMs = inTime ? contactInTime(rng, receivedMs, deadlineMs) : contactLate(rng, deadlineMs);
  const contactMs = gaming ? gaming.recordedContact(madeMs, deadlineMs) : madeMs;
  const method = rng.chance(conduct.faceToFace) || gaming?.everyContactAVisit ? 'FACE_TO_FACE' : 'PHONE';
  const withinDeadline = contactMs <= deadlineMs;
  stream.emit(
    contactMs,
    { type: 'WarningContactMade', data: { instructionId, method, withinDeadline, firstContact: true, ...ofWarning } },
    recorder,
  );

  let at = contactMs;
  if (rng.chance(P.protectiveMeasure)) {
    at += rng.int(2, 30) * MINUTE_MS;
    const measure = protectiveMeasureFor(rng, kind);
    stream.emit(at, { type: 'ProtectiveMeasureApplied', data: { instructionId, measure, ...ofWarning } }, recorder);
  }
  const outcome = rng.next();
  const claims = gaming?.dissuadesAll;
  if (claims && outcome >= conduct.dissuaded) {
    stream.emit(at + claims.int(5, 40) * MINUTE_MS, { type: 'WarningDissuaded', data: { instructionId, ...ofWarning } }, recorder, claims);
  }
  if (outcome < conduct.dissuaded) {
    at += rng.int(5, 40) * MINUTE_MS;
    const dissuadedKey = stream.emit(at, { type: 'WarningDissuaded', data: { instructionId, ...ofWarning } }, recorder);
    if (rng.chance(P.lossAverted)) avertLoss(ctx, stationId, instructionId, at + rng.int(10, 120) * MINUTE_MS, dissuadedKey);
  } else if (outcome < conduct.dissuaded + conduct.victimised) {
    at += toSecond(rng.between(2, 48) * HOUR_MS);
    stream.emit(at, { type: 'VictimisedAfterWarning', data: { instructionId, caseId: null, ...ofWarning } }, recorder);
  }
  return warning;
}

/**
 * Most contacts come within a few hours; whether a contact was in time is decided by the station's
 * conduct, and withinDeadline is then derived from the times, never drawn.
 */
function contactInTime(rng: Rng, receivedMs: number, deadlineMs: number): number {
  const latest = receivedMs + LATEST_CONTACT_HOURS * HOUR_MS;
  for (;;) {
    const ms = receivedMs + (1 + rng.exponential(4)) * HOUR_MS;
    if (ms <= Math.min(deadlineMs, latest)) return toSecond(ms);
  }
}

function contactLate(rng: Rng, deadlineMs: number): number {
  return toSecond(rng.between(deadlineMs + MINUTE_MS, deadlineMs + LATE_CONTACT_HOURS * HOUR_MS));
}

function protectiveMeasureFor(rng: Rng, kind: WarningKind): ProtectiveMeasure {
  const paymentFirst = kind === 'FUND' || kind === 'APP';
  return rng.chance(paymentFirst ? 0.8 : 0.2) ? 'RESTRICT_PAYMENT' : 'RESTRICT_CALLS';
}
