import { changePercent } from '../../common/ratio';
import { INDICATOR_SECTIONS } from '../domain/indicator-sections';
import { IndicatorReport } from '../queries/indicator-report.service';
import { IndicatorComparison } from './scoring.types';

/** 期末在外 with 同比 and 环比, read as the report's other figures are: the end of each period against the others'. */
export function outflowAbroadComparison({ current, lastYear, previous }: IndicatorReport['outflowAbroad']): IndicatorComparison {
  return {
    indicator: 'outflowAbroad',
    label: '期末在外外流人员数',
    section: INDICATOR_SECTIONS.OUTFLOW,
    current: String(current),
    lastYear: String(lastYear),
    previous: String(previous),
    yearOnYearPercent: changePercent(current, lastYear),
    periodOnPeriodPercent: changePercent(current, previous),
  };
}
