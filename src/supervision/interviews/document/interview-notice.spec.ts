import { HALF_WIDTH_PUNCTUATION, OFFICE, documentTexts } from '../../common/document/official-document.spec-helpers';
import { figureLines, figuresCaption } from '../../common/document/evidence-figures';
import { evidence } from '../../letters/domain/letter.spec-helpers';
import { InterviewRow, RequirementRow } from '../projections/interviews.projection';
import { interviewNotice } from './interview-notice';

const stationEvidence = evidence({ unitId: 'st-a', unitName: '凤岗派出所', role: 'STATION_CHIEF', rank: 118, rankedOf: 120 });

const row = (over: Partial<InterviewRow> = {}): InterviewRow => ({
  interviewId: 'YT-1',
  target: { kind: 'UNIT', unitId: 'st-a', unitName: '凤岗派出所', chief: { chiefId: 'chief-st-a', name: '林建国', role: 'STATION_CHIEF' } },
  unitId: 'st-a',
  countyId: 'county-sx',
  orderedBy: { chiefId: 'leader-1', name: '郑志远', role: 'BUREAU_LEADER' },
  reason: '凤岗防区4月电诈发案同比上升50.0%，全市排名倒数第3位。',
  evidence: stationEvidence,
  escalatedFrom: null,
  orderedOn: '2026-04-22',
  schedule: null,
  targetKind: 'UNIT',
  status: 'ORDERED',
  heldAt: null,
  attendees: null,
  openDeadline: null,
  cancelReason: null,
  closedOn: null,
  conclusion: null,
  allMet: null,
  ...over,
});

const texts = (doc: ReturnType<typeof interviewNotice>) => doc.body.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));

describe('约谈通知书', () => {
  it('names who is interviewed and why, with the figures of the evidence, to the interviewed unit', () => {
    const doc = interviewNotice(row(), [], OFFICE);
    expect(doc).toMatchObject({
      kind: '约谈通知书',
      number: null,
      mark: null,
      title: '关于约谈凤岗派出所林建国同志的通知',
      addressee: '凤岗派出所',
      signature: '三明市公安局',
      date: '2026-04-22',
    });
    expect(texts(doc).slice(0, 3)).toEqual([
      '因凤岗防区4月电诈发案同比上升50.0%，全市排名倒数第3位，根据反诈工作考评有关规定，经研究，决定对你单位林建国同志进行约谈。现将有关事项通知如下：',
      '一、约谈事由',
      '凤岗防区4月电诈发案同比上升50.0%，全市排名倒数第3位。主要指标如下表。',
    ]);
    expect(doc.body[3]).toMatchObject({
      kind: 'table',
      caption: figuresCaption(stationEvidence),
      rows: figureLines(stationEvidence).map((l) => [l.label, l.current, l.lastYear, l.change]),
    });
  });

  it('leaves time and place to be notified before the interview is scheduled, and says who interviews', () => {
    expect(texts(interviewNotice(row(), [], OFFICE))).toContain('约谈时间、地点另行通知。约谈人：郑志远。');
  });

  it('gives the time in Beijing time, the place and the interviewer once scheduled', () => {
    const schedule = { at: '2026-04-28T01:30:00.000Z', place: '市局三楼会议室', interviewer: '市局副局长郑志远' };
    const lines = texts(interviewNotice(row({ schedule, status: 'SCHEDULED' }), [], OFFICE));
    expect(lines).toEqual(
      expect.arrayContaining(['约谈时间：2026年4月28日上午9时30分。', '约谈地点：市局三楼会议室。', '约谈人：市局副局长郑志远。']),
    );
  });

  it('lists the requirements recorded at the interview with their deadlines, and ends with the follow-up', () => {
    const requirements: RequirementRow[] = [
      { interviewId: 'YT-1', number: 1, text: '逐案复盘4月发案', deadline: '2026-05-10', check: null },
      { interviewId: 'YT-1', number: 2, text: '预警指令逐条见面。', deadline: '2026-05-20', check: null },
    ];
    const lines = texts(interviewNotice(row({ status: 'HELD' }), requirements, OFFICE));
    expect(lines.slice(-4)).toEqual([
      '（二）约谈提出以下整改要求，请逐项按期落实：',
      '1．逐案复盘4月发案，2026年5月10日前完成。',
      '2．预警指令逐条见面，2026年5月20日前完成。',
      '整改情况请于期限届满前书面报送我局，我局将逐项回访核查。',
    ]);
  });

  it("addresses an industry's organisation and names its responsible person by title", () => {
    const target = {
      kind: 'INDUSTRY' as const,
      industry: 'BANK' as const,
      organization: '三明农商银行',
      personTitle: '行长',
      personName: '李明',
    };
    const doc = interviewNotice(row({ target, targetKind: 'INDUSTRY' }), [], OFFICE);
    expect(doc).toMatchObject({ title: '关于约谈三明农商银行行长李明同志的通知', addressee: '三明农商银行' });
  });

  it('stamps a cancelled interview, and writes its Chinese with full-width punctuation', () => {
    const doc = interviewNotice(row({ status: 'CANCELLED', cancelReason: '已整改' }), [], OFFICE);
    expect(doc.mark).toBe('已取消');
    expect(documentTexts(doc).filter((t) => HALF_WIDTH_PUNCTUATION.test(t))).toEqual([]);
  });
});
