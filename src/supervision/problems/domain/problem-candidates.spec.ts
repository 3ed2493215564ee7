import { refusal } from '../../../common/decider.spec-helpers';
import { IndicatorCounts, emptyCounts } from '../../../scoring/domain/indicators';
import { CountyMonthFigures, RankedUnit, problemCandidates, targetRatio } from './problem-candidates';

const counts = (over: Partial<IndicatorCounts> = {}): IndicatorCounts => ({ ...emptyCounts(), ...over });
const unit = (
  unitId: string,
  name: string,
  rank: number,
  rankedOf: number,
  now: Partial<IndicatorCounts> = {},
  lastYear: Partial<IndicatorCounts> = {},
): RankedUnit => ({
  unitId,
  name,
  rank,
  rankedOf,
  counts: counts(now),
  lastYear: counts(lastYear),
});
const NINETY = { numerator: 9, denominator: 10 };

const figures = (over: Partial<CountyMonthFigures> = {}): CountyMonthFigures => ({
  month: '2026-05',
  monthLabel: '2026年5月',
  county: unit('SX', '沙县分局', 1, 12),
  stations: [],
  ...over,
});
const keys = (f: CountyMonthFigures, target = NINETY) => problemCandidates(f, target).map((c) => c.key);

describe('candidate problems from the figures', () => {
  it('suggests nothing for a county doing well', () => {
    expect(
      problemCandidates(
        figures({ county: unit('SX', '沙县分局', 1, 12, { cases: 3, warningsReceived: 10, faceToFace: 10 }, { cases: 3 }) }),
        NINETY,
      ),
    ).toEqual([]);
  });

  it('suggests cases up year on year, with the exact ratio and the change as the seeds print it', () => {
    const [candidate] = problemCandidates(figures({ county: unit('SX', '沙县分局', 1, 12, { cases: 244 }, { cases: 51 }) }), NINETY);
    expect(candidate).toEqual({
      key: 'CASES_UP_YEAR_ON_YEAR:SX:2026-05',
      rule: 'CASES_UP_YEAR_ON_YEAR',
      unitId: 'SX',
      unitName: '沙县分局',
      title: '沙县分局发案同比上升',
      description: '2026年5月沙县分局发案244起，去年同期51起，同比+378.4%',
      ratio: { numerator: 244, denominator: 51 },
    });
  });

  it('suggests cases up when last year had none, and not when they merely held', () => {
    const [candidate] = problemCandidates(figures({ county: unit('SX', '沙县分局', 1, 12, { cases: 2 }) }), NINETY);
    expect(candidate.description).toBe('2026年5月沙县分局发案2起，去年同期0起，去年同期无发案');
    expect(keys(figures({ county: unit('SX', '沙县分局', 1, 12, { cases: 2 }, { cases: 2 }) }))).toEqual([]);
  });

  it('compares the face-to-face rate with the target exactly: 9 of 10 meets 90%, 1,826 of 1,832 misses 99.7%', () => {
    const at = (faceToFace: number, warningsReceived: number) =>
      figures({ county: unit('SX', '沙县分局', 1, 12, { faceToFace, warningsReceived }) });
    expect(keys(at(9, 10))).toEqual([]);
    expect(keys(at(8, 10))).toEqual(['FACE_TO_FACE_BELOW_TARGET:SX:2026-05']);
    // 1826/1832 = 0.99672…: under 0.997, though it prints as 99.7%.
    expect(keys(at(1826, 1832), { numerator: 997, denominator: 1000 })).toEqual(['FACE_TO_FACE_BELOW_TARGET:SX:2026-05']);
    expect(keys(at(1826, 1832), { numerator: 996, denominator: 1000 })).toEqual([]);
    expect(keys(at(0, 0))).toEqual([]);
    const [candidate] = problemCandidates(at(8, 10), NINETY);
    expect(candidate).toMatchObject({
      title: '沙县分局预警见面率低于90.0%',
      description: '2026年5月沙县分局接收预警指令10条，见面8条，见面率80.0%，低于目标90.0%',
      ratio: { numerator: 8, denominator: 10 },
    });
  });

  it('suggests each station with warnings handled past their deadline', () => {
    const stations = [
      unit('st-a', '凤岗派出所', 1, 12, { missedDeadline: 2, warningsReceived: 7 }),
      unit('st-b', '虬江派出所', 2, 12, { warningsReceived: 5 }),
    ];
    const [candidate, ...others] = problemCandidates(figures({ stations }), NINETY);
    expect(others).toEqual([]);
    expect(candidate).toEqual({
      key: 'WARNINGS_PAST_DEADLINE:st-a:2026-05',
      rule: 'WARNINGS_PAST_DEADLINE',
      unitId: 'st-a',
      unitName: '凤岗派出所',
      title: '凤岗派出所预警超时见面/联系',
      description: '2026年5月凤岗派出所有2条预警指令超过时限才见面/联系（共接收7条）',
      ratio: { numerator: 2, denominator: 7 },
    });
  });

  it('suggests the county or a station in the last three places of its ranking', () => {
    expect(keys(figures({ county: unit('SX', '沙县分局', 9, 12) }))).toEqual([]);
    expect(keys(figures({ county: unit('SX', '沙县分局', 10, 12) }))).toEqual(['BOTTOM_OF_RANKING:SX:2026-05']);
    const stations = [unit('st-a', '凤岗派出所', 117, 120), unit('st-b', '虬江派出所', 118, 120)];
    const bottom = problemCandidates(figures({ stations }), NINETY);
    expect(bottom.map((c) => c.key)).toEqual(['BOTTOM_OF_RANKING:st-b:2026-05']);
    expect(bottom[0]).toMatchObject({
      title: '虬江派出所排名靠后',
      description: '2026年5月虬江派出所在全市120个防区中排名第118位（倒数第3位），处于后三位',
      ratio: null,
    });
    expect(problemCandidates(figures({ county: unit('SX', '沙县分局', 12, 12) }), NINETY)[0].description).toBe(
      '2026年5月沙县分局在全市12个县（区）中排名末位，处于后三位',
    );
  });

  it('never counts first place as the bottom, even among three or fewer, or all tied', () => {
    expect(keys(figures({ county: unit('SX', '沙县分局', 1, 2) }))).toEqual([]);
    expect(keys(figures({ county: unit('SX', '沙县分局', 2, 2) }))).toEqual(['BOTTOM_OF_RANKING:SX:2026-05']);
    expect(keys(figures({ county: unit('SX', '沙县分局', 1, 12) }))).toEqual([]);
  });

  it("gives the county's candidates first, then each station's, and none for a county not ranked", () => {
    const county = unit('SX', '沙县分局', 12, 12, { cases: 1, warningsReceived: 2, faceToFace: 1 });
    const stations = [unit('st-a', '凤岗派出所', 119, 120, { missedDeadline: 1, warningsReceived: 1 })];
    expect(keys(figures({ county, stations }))).toEqual([
      'CASES_UP_YEAR_ON_YEAR:SX:2026-05',
      'FACE_TO_FACE_BELOW_TARGET:SX:2026-05',
      'BOTTOM_OF_RANKING:SX:2026-05',
      'WARNINGS_PAST_DEADLINE:st-a:2026-05',
      'BOTTOM_OF_RANKING:st-a:2026-05',
    ]);
    expect(keys(figures({ county: null, stations }))).toEqual(['WARNINGS_PAST_DEADLINE:st-a:2026-05', 'BOTTOM_OF_RANKING:st-a:2026-05']);
    const texts = problemCandidates(figures({ county, stations }), NINETY).flatMap((c) => [c.title, c.description]);
    expect(texts.filter((text) => /\p{Script=Han}[,:;()]|[,:;()] ?\p{Script=Han}/u.test(text))).toEqual([]);
  });
});

describe('targetRatio', () => {
  it.each([
    [0.9, 9, 10],
    [1, 1, 1],
    [0.95, 95, 100],
    [0.9975, 9975, 10000],
  ])('reads %s as %s/%s', (value, numerator, denominator) => {
    expect(targetRatio(value, 'faceToFaceTarget')).toEqual({ numerator, denominator });
  });

  it.each([0, -0.5, 1.1, 90, 0.12345, 1e-7])('refuses %s, naming the field', (value) => {
    const error = refusal(() => targetRatio(value, 'faceToFaceTarget'));
    expect(error.field).toBe('faceToFaceTarget');
    expect(error.message).toContain('at most 1 with at most 4 decimals');
  });
});
