import { BulletinFigures, DAY_TOTAL_KEYS, DayTotals } from './bulletin-content';
import { bulletinText, describeRankedArea } from './bulletin-text';

const ZERO = Object.fromEntries(DAY_TOTAL_KEYS.map((k) => [k, 0])) as DayTotals;
const figures = (over: Partial<BulletinFigures> = {}): BulletinFigures => ({
  ...ZERO,
  faceToFaceRate: null,
  alertsByCounty: [],
  top: [],
  bottom: [],
  ...over,
});

const SEED_COUNTIES = [
  { countyId: 'county-shaxian', countyName: '沙县', alerts: 3 },
  { countyId: 'county-datian', countyName: '大田', alerts: 2 },
];

describe('bulletinText', () => {
  it('opens with the seed bulletin line, word for word', () => {
    expect(bulletinText('2026-04-17', figures({ alerts: 5, alertsByCounty: SEED_COUNTIES }))).toBe(
      '4月17日,全市共接报涉电诈刑事警情5起,沙县3起、大田2起。当日无预警指令。当日无发案。当日无破案、抓获。当日无止付、冻结、返赃。',
    );
  });

  it('says so when no alert was received, writing months and days without leading zeros', () => {
    expect(bulletinText('2026-01-05', figures())).toBe(
      '1月5日,全市未接报涉电诈刑事警情。当日无预警指令。当日无发案。当日无破案、抓获。当日无止付、冻结、返赃。',
    );
  });

  it('reports alerts of stations outside any county without a county list', () => {
    expect(bulletinText('2026-04-17', figures({ alerts: 1 }))).toMatch(/^4月17日,全市共接报涉电诈刑事警情1起。/);
  });

  it('reports every figure of a busy day, amounts in exact 万元', () => {
    const busy = figures({
      alerts: 5,
      alertsByCounty: SEED_COUNTIES,
      warningsReceived: 12,
      faceToFace: 10,
      faceToFaceRate: '83.3',
      dissuaded: 9,
      victimisedAfterWarning: 1,
      cases: 3,
      lossFen: 12_345_678,
      casesSolved: 2,
      suspectsApprehended: 4,
      stoppedFen: 1_200_000,
      frozenFen: 3_000_000,
      returnedFen: 500_050,
      recoveredFen: 4_700_050,
      top: [
        { rank: 1, stationName: '凤岗派出所', countyName: '沙县', chiefName: '林建国', score: 3.5 },
        { rank: 2, stationName: '虬江派出所', countyName: '沙县', chiefName: '陈志强', score: 0 },
        { rank: 2, stationName: '荆西派出所', countyName: '高新区', chiefName: null, score: 0 },
      ],
      bottom: [{ rank: 4, stationName: '均溪派出所', countyName: '大田', chiefName: '王海峰', score: -2.25 }],
    });
    expect(bulletinText('2026-04-17', busy)).toBe(
      '4月17日,全市共接报涉电诈刑事警情5起,沙县3起、大田2起。' +
        '接收预警指令12条,见面10条,见面率83.3%,劝阻成功9人,预警后被骗1人。' +
        '发案3起,财损12.345678万元。' +
        '破案2起,抓获犯罪嫌疑人4人。' +
        '止付1.2万元、冻结3万元、返赃0.50005万元,挽损共计4.70005万元。' +
        '4月1日至17日防区长排名前3名:第1名凤岗派出所(沙县,林建国)3.5分;第2名虬江派出所(沙县,陈志强)0分;第2名荆西派出所(高新区,防区长空缺)0分。' +
        '后1名:第4名均溪派出所(大田,王海峰)-2.25分。',
    );
    // the ranking is of the month to date: on the 1st, that day alone
    expect(bulletinText('2026-05-01', busy)).toContain('。5月1日防区长排名前3名:第1名凤岗派出所');
  });

  it('names only the recovery measures taken, and writes a loss without decimals when whole', () => {
    const text = bulletinText('2026-04-17', figures({ cases: 1, lossFen: 5_000_000_000, frozenFen: 250_000, recoveredFen: 250_000 }));
    expect(text).toContain('发案1起,财损5000万元。');
    expect(text).toContain('冻结0.25万元,挽损共计0.25万元。');
  });

  it('omits the face-to-face rate when follow-ups arrived without a warning that day', () => {
    expect(bulletinText('2026-04-17', figures({ dissuaded: 1 }))).toContain('接收预警指令0条,见面0条,劝阻成功1人,预警后被骗0人。');
  });

  it('reports solved cases and apprehended suspects together when either is nonzero', () => {
    expect(bulletinText('2026-04-17', figures({ suspectsApprehended: 3 }))).toContain('破案0起,抓获犯罪嫌疑人3人。');
  });
});

describe('describeRankedArea', () => {
  it('writes scores to four decimals at most, without floating-point noise', () => {
    const area = { rank: 2, stationName: '凤岗派出所', countyName: '沙县', chiefName: '林建国' };
    expect(describeRankedArea({ ...area, score: 0.1 + 0.2 + 3.4 })).toBe('第2名凤岗派出所(沙县,林建国)3.7分');
    expect(describeRankedArea({ ...area, score: -15.345678 })).toBe('第2名凤岗派出所(沙县,林建国)-15.3457分');
    expect(describeRankedArea({ ...area, score: -0.00001 })).toBe('第2名凤岗派出所(沙县,林建国)0分');
  });

  it('leaves out an unknown county', () => {
    expect(describeRankedArea({ rank: 7, stationName: '城关派出所', countyName: null, chiefName: '张三', score: -1 })).toBe(
      '第7名城关派出所(张三)-1分',
    );
  });
});
