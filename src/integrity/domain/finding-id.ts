import { digestOf } from '../../common/digest';
import { Finding } from './finding';

/**
 * A finding's id, the same whenever the same detector flags the same thing of the same unit over the
 * same period, whatever its counts have become: findings are computed, not stored, and a
 * verification must find its finding again.
 */
export function findingIdOf(finding: Finding, period: { from: string; to: string }): string {
  return digestOf({ detector: finding.detector, unitId: finding.unitId, about: finding.about, period }).slice(0, 16);
}
