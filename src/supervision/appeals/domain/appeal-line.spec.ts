import { emptyCounts } from '../../../scoring/domain/indicators';
import { Evidence } from '../../evidence/domain/evidence';
import { AppealRecord, appealLine } from './appeal-line';

const figures = (score: number | null): Evidence => ({
  unitId: 'st-b',
  unitName: '虬江派出所',
  role: 'STATION_CHIEF',
  period: { kind: 'RANGE', from: '2026-05-15', to: '2026-05-15', label: '2026年5月15日' },
  rank: 3,
  rankedOf: 3,
  score,
  indicators: emptyCounts(),
  lastYear: emptyCounts(),
  bulletin: null,
});
const appeal: AppealRecord = {
  filedOn: '2026-05-16',
  appellant: { chiefId: 'chief-st-b', name: '陈志强', role: 'STATION_CHIEF', unitId: 'st-b' },
  target: {
    unitId: 'st-b',
    unitName: '虬江派出所',
    level: 'STATION',
    countyId: 'county-sx',
    from: '2026-05-15',
    to: '2026-05-15',
    fact: null,
  },
  figures: figures(-2.01),
  review: null,
};

describe('appealLine', () => {
  it('shows a pending score appeal with the score contested', () => {
    expect(appealLine(appeal, 'PENDING')).toBe('2026-05-16 陈志强申诉虬江派出所2026年5月15日得分（申诉时-2.01分）：待复核');
  });

  it('shows a corrected fact appeal with the correction and the score before and after', () => {
    const fact = { eventId: 'e', type: 'CaseFiled', streamId: 'case-AJ-1', position: '4', areaId: 'st-b', day: '2026-05-15' };
    const correction = {
      eventId: 'c',
      type: 'CaseRevoked',
      streamId: 'case-AJ-1',
      position: '9',
      recordedAt: 'x',
      areaId: 'st-b',
      day: '2026-05-15',
      summary: '撤案：案件AJ-1，核减发案1起、财损100.00元（重复立案）',
    };
    const corrected = { ...appeal, target: { ...appeal.target, fact }, review: { corrections: [correction], figures: figures(0) } };
    expect(appealLine(corrected, 'CORRECTED')).toBe(
      '2026-05-16 陈志强申诉虬江派出所2026年5月15日的立案（发案）（申诉时-2.01分）：已更正，撤案：案件AJ-1，核减发案1起、财损100.00元（重复立案）；复核时0分',
    );
  });

  it('says when the unit was not ranked', () => {
    expect(appealLine({ ...appeal, figures: figures(null), review: { corrections: [], figures: figures(null) } }, 'REJECTED')).toBe(
      '2026-05-16 陈志强申诉虬江派出所2026年5月15日得分（申诉时未参与排名）：已驳回；复核时未参与排名',
    );
  });
});
