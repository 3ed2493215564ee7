import { CheckResult } from '../../facts/warnings/events/warning-instruction.events';
import { ActivityContext, stationRecorder } from './activity-context';
import { MINUTE_MS, toSecond } from './demo-clock';
import { StationConduct } from './station-conduct';
import { DemoWarning } from './warning-activity';

/**
 * Most warnings are forwarded (流转) to the community officer within minutes and checked on site
 * (落地核查) within the hour or so ("第一时间流转指令、第一时间落地核查", seed 000); the rest are
 * worked by phone alone. A station's pace stretches or shortens both.
 */
const FORWARDED = 0.93;
/** Of warnings forwarded. */
const CHECKED = 0.85;
const FORWARD_MEAN_MINUTES = 6;
const CHECK_MEAN_MINUTES = 45;
const CHECK_RESULTS = [
  ['MET', 85],
  ['LIVES_ELSEWHERE', 12],
  ['NO_SUCH_PERSON', 3],
] as const satisfies ReadonlyArray<readonly [CheckResult, number]>;

/**
 * The forwarding and on-site check of a warning generated before, drawn (times and recording delays)
 * from the context's own stream so the warnings' other draws, and the validated ranking, stay as they were.
 */
export function simulateWarningSteps(ctx: ActivityContext, warning: DemoWarning, conduct: StationConduct): void {
  const { rng } = ctx;
  if (!rng.chance(FORWARDED)) return;
  const { stream, instructionId, receivedMs, ofWarning } = warning;
  const recorder = stationRecorder(warning.stationId);
  const forwardedMs = toSecond(receivedMs + (1 + rng.exponential(FORWARD_MEAN_MINUTES * conduct.stepPace)) * MINUTE_MS);
  const minutesSince = (ms: number) => Math.round((ms - receivedMs) / MINUTE_MS);
  stream.emit(
    forwardedMs,
    { type: 'WarningForwarded', data: { instructionId, toUnitId: null, minutesFromReceipt: minutesSince(forwardedMs), ...ofWarning } },
    recorder,
    rng,
  );
  if (!rng.chance(CHECKED)) return;
  const checkedMs = toSecond(forwardedMs + (10 + rng.exponential(CHECK_MEAN_MINUTES * conduct.stepPace)) * MINUTE_MS);
  const result = rng.weighted(CHECK_RESULTS);
  stream.emit(
    checkedMs,
    { type: 'WarningCheckedOnSite', data: { instructionId, result, minutesFromReceipt: minutesSince(checkedMs), ...ofWarning } },
    recorder,
    rng,
  );
}
