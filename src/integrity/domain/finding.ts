/**
 * A lead for evaluation staff to verify (核查), never a penalty by itself (domain.md): which
 * detector saw what in which unit, the statistic it computed against its threshold, and the events
 * it rests on. Detectors are pure functions returning these; who sees them, and when, is decided above.
 */
export interface Finding {
  detector: DetectorKey;
  unitId: string;
  /** What of the unit the detector looked at (a rate, a threshold, a ranking): with the detector, unit and period, the finding's identity. */
  about: string;
  /** What was measured, in Chinese as staff read it, e.g. 劝阻成功率100.0%（412/412）. */
  summary: string;
  statistic: { name: string; value: number };
  /** The statistic flags when it is beyond this, in the direction the detector names. */
  threshold: { value: number; flagsWhen: 'BELOW' | 'ABOVE' };
  /** The events the statistic was computed from, as far as the detector was given them. */
  evidence: readonly string[];
  /** The instant the facts it rests on are as known at (facts recorded later left out): set where the detectors are run. */
  asOf?: string;
}

export const DETECTORS = {
  TOO_GOOD: '好得难以置信的比率',
  LATE_ENTRY: '事后补录',
  BUNCHING: '金额扎堆于门槛之下',
  CONVERSION_DRIFT: '警情转案率漂移',
  CORRECTIONS_AFTER_RANKING: '排名靠后后集中撤改',
  IDENTICAL_TIMES: '处置时间雷同或早于指令',
  IMPROVEMENT_AFTER_LETTER: '提示函后单独好转',
} as const;
export type DetectorKey = keyof typeof DETECTORS;
