import { HALF_WIDTH_PUNCTUATION, OFFICE as office, documentTexts } from '../../common/document/official-document.spec-helpers';
import { ProblemRow } from '../projections/problems.projection';
import { problemLine, problemListDocument } from './problem-list-document';

const actor = { subject: 'staff-1', role: 'EVALUATION_STAFF', units: [] } as unknown as ProblemRow['raisedBy'];

const problem = (number: number, over: Partial<ProblemRow> = {}): ProblemRow => ({
  problemId: `P${number}`,
  countyId: 'county-sx',
  month: '2026-11',
  number,
  unitId: 'county-sx',
  origin: { kind: 'CANDIDATE', candidateKey: `CASES_UP_YEAR_ON_YEAR:county-sx:2026-11`, rule: 'CASES_UP_YEAR_ON_YEAR' },
  title: '沙县分局发案同比上升',
  description: '2026年11月沙县分局发案12起，去年同期8起，同比+50.0%',
  evidence: null,
  owner: { chiefId: 'chief-sx', name: '张国华', role: 'COUNTY_CHIEF', unitId: 'county-sx' },
  deadline: '2026-12-10',
  stage: 'RAISED',
  plan: null,
  rectification: null,
  refusalReason: null,
  raisedAt: '2026-11-20T02:00:00.000Z',
  raisedBy: actor,
  history: [],
  ...over,
});

describe('问题清单 document', () => {
  const visit = problem(2, {
    origin: { kind: 'VISIT_POINT', visitId: 'V1', pointNumber: 1, visitDay: '2026-11-13', chiefName: '郑局长' },
    unitId: 'st-a',
    title: '凤岗派出所预警见面登记不全',
    description: '抽查10条预警，3条无见面记录。',
    owner: { chiefId: 'chief-st-a', name: '林建国', role: 'STATION_CHIEF', unitId: 'st-a' },
    deadline: '2026-11-25',
  });
  const verified = problem(3, {
    origin: { kind: 'MANUAL' },
    title: '宣传覆盖不足',
    description: '重点人群宣传未全覆盖',
    stage: 'VERIFIED',
  });
  const doc = problemListDocument(
    { countyName: '沙县分局', monthLabel: '2026年11月', problems: [problem(1), visit, verified] },
    '2026-11-30',
    office,
  );

  it('is addressed to the county, titled with the county and month, dated the day it is printed', () => {
    expect(doc).toMatchObject({
      kind: '问题清单',
      number: null,
      mark: null,
      title: '沙县分局2026年11月反诈工作问题清单',
      addressee: '沙县分局',
      signature: '三明市公安局',
      date: '2026-11-30',
    });
  });

  it('counts the problems by status as read today, naming only the statuses that occur', () => {
    expect(doc.body[0]).toEqual({
      kind: 'paragraph',
      text: '现将你局2026年11月反诈工作问题清单印发给你们。清单共列问题3项，其中待整改1项、已核验销号1项、逾期1项。',
    });
  });

  it('tabulates each problem: the issue, its ground and source, the requirement and owner, the deadline and its status in Chinese', () => {
    const table = doc.body[1];
    expect(table).toMatchObject({ kind: 'table', header: ['序号', '问题', '依据/来源', '整改要求', '整改期限', '状态'] });
    expect(table.kind === 'table' && table.rows).toEqual([
      [
        '1',
        '沙县分局发案同比上升',
        '2026年11月沙县分局发案12起，去年同期8起，同比+50.0%。\n（来源：考评数据（发案同比上升））',
        '分析发案上升原因，落实针对性防范措施，遏制发案上升势头。\n责任人：张国华',
        '2026年\n12月10日',
        '待整改',
      ],
      [
        '2',
        '凤岗派出所预警见面登记不全',
        '抽查10条预警，3条无见面记录。\n（来源：2026年11月13日旬督导点题）',
        '逐项整改到位，并报送整改情况。\n责任人：林建国',
        '2026年\n11月25日',
        '逾期\n（待整改）',
      ],
      [
        '3',
        '宣传覆盖不足',
        '重点人群宣传未全覆盖。\n（来源：工作检查发现）',
        '逐项整改到位，并报送整改情况。\n责任人：张国华',
        '2026年\n12月10日',
        '已核验销号',
      ],
    ]);
  });

  it('closes with what the county must do, in full-width punctuation', () => {
    const last = doc.body[doc.body.length - 1];
    expect(last.kind === 'paragraph' && last.text).toMatch(/^请你局对照清单逐项落实整改，.*予以约谈。$/);
    expect(documentTexts(doc).filter((t) => HALF_WIDTH_PUNCTUATION.test(t))).toEqual([]);
  });

  it('says so when the month has no problem, without an empty table or "0项"', () => {
    const empty = problemListDocument({ countyName: '沙县分局', monthLabel: '2026年11月', problems: [] }, '2026-11-30', office);
    expect(empty.body).toEqual([
      { kind: 'paragraph', text: '经梳理，你局2026年11月反诈工作暂无列入清单的问题。请继续保持，巩固工作成效。' },
    ]);
  });

  it('reads a rectified problem past its deadline as rectified, not overdue', () => {
    expect(problemLine(problem(1, { stage: 'RECTIFIED', deadline: '2026-11-01' }), '2026-11-30')[5]).toBe('已整改待核验');
  });
});
