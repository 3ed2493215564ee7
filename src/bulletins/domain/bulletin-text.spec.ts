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
  it('opens with the seed bulletin line, in full-width punctuation', () => {
    expect(bulletinText('2026-04-17', figures({ alerts: 5, alertsByCounty: SEED_COUNTIES }))).toBe(
      '4月17日，全市共接报涉电诈刑事警情5起，其中沙县3起、大田2起。当日无预警指令。当日无发案。当日无破案、无抓获。当日无止付、冻结、返赃。',
    );
  });

  it('says so when no alert was received, writing months and days without leading zeros', () => {
    expect(bulletinText('2026-01-05', figures())).toBe(
      '1月5日，全市未接报涉电诈刑事警情。当日无预警指令。当日无发案。当日无破案、无抓获。当日无止付、冻结、返赃。',
    );
  });

  it('reports alerts of stations outside any county without a county list, and alerts of one county as all there', () => {
    expect(bulletinText('2026-04-17', figures({ alerts: 1 }))).toMatch(/^4月17日，全市共接报涉电诈刑事警情1起。/);
    const oneCounty = figures({ alerts: 3, alertsByCounty: [{ countyId: 'county-shaxian', countyName: '沙县', alerts: 3 }] });
    expect(bulletinText('2026-04-17', oneCounty)).toMatch(/^4月17日，全市共接报涉电诈刑事警情3起，均在沙县。/);
  });

  it('reports every figure of a busy day as a bureau writes it: 元 below 10,000, 万元 to two decimals above', () => {
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
      returnedFen: 47_700,
      recoveredFen: 4_247_700,
      top: [
        { rank: 1, stationName: '凤岗派出所', countyName: '沙县', chiefName: '林建国', score: 3.5 },
        { rank: 2, stationName: '虬江派出所', countyName: '沙县', chiefName: '陈志强', score: 0 },
        { rank: 2, stationName: '荆西派出所', countyName: '高新区', chiefName: null, score: 0 },
      ],
      bottom: [{ rank: 4, stationName: '均溪派出所', countyName: '大田', chiefName: '王海峰', score: -2.25 }],
    });
    expect(bulletinText('2026-04-17', busy)).toBe(
      '4月17日，全市共接报涉电诈刑事警情5起，其中沙县3起、大田2起。' +
        '接收预警指令12条，见面10条，见面率83.3%，劝阻成功9人，预警后被骗1人。' +
        '发案3起，财损12.35万元。' +
        '破案2起，抓获犯罪嫌疑人4人。' +
        '止付1.20万元、冻结3.00万元、返赃477元，挽损共计4.25万元。' +
        '4月1日至17日防区长排名前3名：第1名凤岗派出所（沙县，林建国）3.50分；虬江派出所（沙县，陈志强）、荆西派出所（高新区，防区长空缺）并列第2名，均0.00分；' +
        '后1名：第4名均溪派出所（大田，王海峰）-2.25分。',
    );
    // the ranking is of the month to date: on the 1st, that day alone
    expect(bulletinText('2026-05-01', busy)).toContain('。5月1日防区长排名前3名：第1名凤岗派出所');
  });

  it('writes 无… where a figure of a sentence is 0, never "0人" or "0起"', () => {
    const quiet = bulletinText(
      '2026-04-17',
      figures({ warningsReceived: 8, faceToFace: 5, faceToFaceRate: '62.5', dissuaded: 5, cases: 1, lossFen: 0, suspectsApprehended: 3 }),
    );
    expect(quiet).toContain('接收预警指令8条，见面5条，见面率62.5%，劝阻成功5人，无预警后被骗。');
    expect(quiet).toContain('发案1起，无财损。');
    expect(quiet).toContain('无破案，抓获犯罪嫌疑人3人。');
    expect(quiet).not.toMatch(/[^\d.]0[人起条]/);
    expect(bulletinText('2026-04-17', figures({ warningsReceived: 2 }))).toContain('接收预警指令2条，无见面，无劝阻成功，无预警后被骗。');
  });

  it('says the follow-ups of earlier warnings without a count of 0 warnings', () => {
    expect(bulletinText('2026-04-17', figures({ dissuaded: 1 }))).toContain('当日无新接收预警指令，无见面，劝阻成功1人，无预警后被骗。');
  });

  it('names a single recovery measure once, with the total', () => {
    const text = bulletinText('2026-04-17', figures({ cases: 1, lossFen: 5_000_000_000, frozenFen: 250_000, recoveredFen: 250_000 }));
    expect(text).toContain('发案1起，财损5000.00万元。');
    expect(text).toContain('挽损2500元，均为冻结。');
  });

  it('uses only full-width punctuation in the Chinese it writes', () => {
    const text = bulletinText(
      '2026-04-17',
      figures({ alerts: 2, alertsByCounty: SEED_COUNTIES, warningsReceived: 3, faceToFace: 1, faceToFaceRate: '33.3' }),
    );
    expect(text).not.toMatch(/[,:;()]/);
  });
});

describe('describeRankedArea', () => {
  it('writes scores to two decimals, without floating-point noise or a negative zero', () => {
    const area = { rank: 2, stationName: '凤岗派出所', countyName: '沙县', chiefName: '林建国' };
    expect(describeRankedArea({ ...area, score: 0.1 + 0.2 + 3.4 })).toBe('第2名凤岗派出所（沙县，林建国）3.70分');
    expect(describeRankedArea({ ...area, score: -15.345678 })).toBe('第2名凤岗派出所（沙县，林建国）-15.35分');
    expect(describeRankedArea({ ...area, score: -0.00001 })).toBe('第2名凤岗派出所（沙县，林建国）0.00分');
  });

  it('leaves out an unknown county', () => {
    expect(describeRankedArea({ rank: 7, stationName: '城关派出所', countyName: null, chiefName: '张三', score: -1 })).toBe(
      '第7名城关派出所（张三）-1.00分',
    );
  });
});
