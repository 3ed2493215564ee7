import { shanghaiTimeOf } from '../../common/business-day';
import { formatYuan } from '../../common/money';
import { INDICATORS } from '../domain/indicators';
import { ScoreFactsPage } from '../queries/score-facts.service';
import { ScoreFactsPageType } from './score-facts.types';
import { apiIndicatorName } from './indicator-names';

export function toScoreFactsType(page: ScoreFactsPage): ScoreFactsPageType {
  return {
    period: page.period,
    termKey: page.term.key,
    termLabel: page.term.label,
    total: page.total,
    next: page.next,
    facts: page.facts.map((f) => ({
      eventId: f.eventId,
      what: f.what,
      unitId: f.unitId,
      unitName: f.unitName,
      occurredAt: shanghaiTimeOf(f.occurredAt),
      counted: f.counted.map(({ indicator, value }) => ({
        indicator: apiIndicatorName(indicator),
        label: INDICATORS[indicator].label,
        value: INDICATORS[indicator].unit === 'fen' ? formatYuan(value) : String(value),
      })),
    })),
  };
}
