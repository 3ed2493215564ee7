import { emptyCounts } from '../../../scoring/domain/indicators';
import { LetterEvent } from '../events/letter.events';
import { drafted, evidence } from '../domain/letter.spec-helpers';
import { letterRowAfter } from '../projections/letters.projection.spec-helpers';
import { figureLines, figuresCaption } from '../../common/document/evidence-figures';
import { letterDocumentOf } from './letter-document';

const issued: LetterEvent = {
  type: 'LetterIssued',
  data: { letterId: 'L1', year: 2026, sequence: 26, number: '明公基管提〔2026〕26号', issuer: '三明市公安局', issuedOn: '2026-04-21' },
};

describe('letter document', () => {
  it('reads an issued letter: number, addressee, paragraphs, numbered requirements, deadline and issuer', () => {
    const row = letterRowAfter([drafted('L1', { findings: '第一段。\n\n 第二段。 ' }), issued]);
    expect(letterDocumentOf(row)).toEqual({
      number: '明公基管提〔2026〕26号',
      mark: null,
      title: '关于电诈发案同比上升的工作提示',
      addressee: '沙县分局',
      findings: ['第一段。', '第二段。'],
      figuresCaption: '沙县分局 2026年4月主要指标（2026年4月1日至2026年4月20日，见第3期日通报（2026年4月17日））',
      figures: figureLines(evidence()),
      requirements: ['一、加强预警劝阻，确保见面率不低于98%', '二、对发案集中的防区开展复盘'],
      deadlineSentence: '请于2026年5月10日前将整改落实情况书面回复。',
      issuer: '三明市公安局',
      day: '2026-04-21',
    });
  });

  it('marks a draft as such, unnumbered and dated the day it was drafted', () => {
    const doc = letterDocumentOf(letterRowAfter([drafted()]));
    expect(doc).toMatchObject({ number: '（未编号）', mark: '草稿', issuer: null, day: '2026-04-21' });
  });

  it('says when the figures are as known at, where the evidence kept it', () => {
    expect(figuresCaption(evidence({ asOf: '2026-04-21T01:30:00.000Z', bulletin: null }))).toBe(
      '沙县分局 2026年4月主要指标（2026年4月1日至2026年4月20日，数据截至2026年4月21日 09:30）',
    );
  });

  it('tabulates the figures against last year: counts, amounts in 元/万元, the face-to-face rate in points and the rank', () => {
    expect(figureLines(evidence())).toEqual([
      { label: '警情数（起）', current: '9', lastYear: '10', change: '-10.0%' },
      { label: '发案数（起）', current: '12', lastYear: '8', change: '+50.0%' },
      { label: '财损', current: '3.20万元', lastYear: '4.00万元', change: '-20.0%' },
      { label: '预警指令数（条）', current: '20', lastYear: '10', change: '+100.0%' },
      { label: '见面率', current: '95.0%', lastYear: '90.0%', change: '+5.0个百分点' },
      { label: '全市排名', current: '2个县（区）中排名末位，得分-12.50', lastYear: '—', change: '—' },
    ]);
  });

  it('shows — where last year gives no base and says when the unit was not ranked', () => {
    const lines = figureLines(evidence({ rank: null, score: null, lastYear: emptyCounts(), indicators: { ...emptyCounts(), cases: 3 } }));
    expect(lines[1]).toEqual({ label: '发案数（起）', current: '3', lastYear: '0', change: '—' });
    expect(lines[4]).toEqual({ label: '见面率', current: '—', lastYear: '—', change: '—' });
    expect(lines[5].current).toBe('未参与排名');
  });

  it("writes an unchanged count or rate 持平, and a station's rank among the defense areas", () => {
    const same = { ...emptyCounts(), alerts: 9, cases: 12, warningsReceived: 20, faceToFace: 18 };
    const before = { ...emptyCounts(), alerts: 9, cases: 12, warningsReceived: 10, faceToFace: 9 };
    const lines = figureLines(evidence({ role: 'STATION_CHIEF', rank: 118, rankedOf: 120, indicators: same, lastYear: before }));
    expect(lines[1]).toEqual({ label: '发案数（起）', current: '12', lastYear: '12', change: '持平' });
    expect(lines[4]).toEqual({ label: '见面率', current: '90.0%', lastYear: '90.0%', change: '持平' });
    expect(lines[5].current).toBe('120个防区中排名第118位（倒数第3位），得分-12.50');
  });
});
