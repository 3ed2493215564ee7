import { storedEvent } from '../../../event-store/stored-event.spec-helpers';
import { LetterEvent } from '../events/letter.events';
import { CONTENT, SHAXIAN, drafted, evidence } from '../domain/letter.spec-helpers';
import { letterRowAfter } from './letters.projection.spec-helpers';
import { LETTERS, lettersProjection } from './letters.projection';

const issued: LetterEvent = {
  type: 'LetterIssued',
  data: { letterId: 'L1', year: 2026, sequence: 3, number: '明公基管提〔2026〕3号', issuer: '三明市公安局', issuedOn: '2026-04-21' },
};
const answer = (measures: string, late: boolean): LetterEvent => ({
  type: 'LetterAnswered',
  data: { letterId: 'L1', measures, answeredOn: '2026-05-12', deadline: '2026-05-10', late },
});
const lifecycle: LetterEvent[] = [
  drafted(),
  issued,
  { type: 'LetterDelivered', data: { letterId: 'L1' } },
  { type: 'LetterAcknowledged', data: { letterId: 'L1', signedBy: '李明' } },
  answer('已复盘', true),
  { type: 'LetterAnswerReturned', data: { letterId: 'L1', reason: '措施不具体', deadline: '2026-05-20' } },
  answer('补充了三项措施', false),
  { type: 'LetterClosed', data: { letterId: 'L1', remark: '整改到位' } },
];

describe('letters projection', () => {
  it('inserts a drafted letter with its addressee, content, frozen evidence and the first history step', () => {
    const [change] = lettersProjection.project(storedEvent('LetterDrafted', drafted().data, { id: 'e1', position: 7n }));
    expect(change).toEqual({
      op: 'insert',
      table: LETTERS,
      row: expect.objectContaining({
        letterId: 'L1',
        status: 'DRAFT',
        addressee: SHAXIAN,
        addresseeId: 'county-sx',
        countyId: 'county-sx',
        ...CONTENT,
        evidence: evidence(),
        number: null,
        answers: [],
        returns: [],
        position: 7,
        draftedAt: '2026-01-01T00:00:00Z',
        history: [
          {
            eventId: 'e1',
            action: 'DRAFTED',
            status: 'DRAFT',
            occurredAt: '2026-01-01T00:00:00Z',
            recordedAt: '2026-01-01T00:00:01Z',
            actor: { subject: 'staff-1', role: 'EVALUATOR' },
            note: null,
          },
        ],
      }),
    });
  });

  it('follows the letter through every step: status, number, signer, answers with their returns, and who did each', () => {
    const row = letterRowAfter(lifecycle);
    expect(row).toMatchObject({
      status: 'CLOSED',
      number: '明公基管提〔2026〕3号',
      year: 2026,
      sequence: 3,
      issuer: '三明市公安局',
      issuedOn: '2026-04-21',
      signedBy: '李明',
      closingRemark: '整改到位',
      deadline: '2026-05-20',
    });
    expect(row.answers.map((a) => [a.measures, a.late])).toEqual([
      ['已复盘', true],
      ['补充了三项措施', false],
    ]);
    expect(row.returns).toEqual([
      {
        reason: '措施不具体',
        deadline: '2026-05-20',
        occurredAt: '2026-04-21T01:00:00.000Z',
        actor: { subject: 'staff-1', role: 'EVALUATOR' },
      },
    ]);
    expect(row.history.map((h) => [h.action, h.status, h.note])).toEqual([
      ['DRAFTED', 'DRAFT', null],
      ['ISSUED', 'ISSUED', '明公基管提〔2026〕3号'],
      ['DELIVERED', 'DELIVERED', null],
      ['ACKNOWLEDGED', 'ACKNOWLEDGED', '签收人：李明'],
      ['ANSWERED', 'ANSWERED', '逾期回复（期限2026年5月10日）'],
      ['RETURNED', 'ACKNOWLEDGED', '措施不具体'],
      ['ANSWERED', 'ANSWERED', null],
      ['CLOSED', 'CLOSED', '整改到位'],
    ]);
    expect(row.history.map((h) => h.eventId)).toEqual(lifecycle.map((_, i) => `evt-${i + 1}`));
  });

  it('replaces the content on a revision and records a withdrawal with its reason', () => {
    const row = letterRowAfter([
      drafted(),
      { type: 'LetterDraftRevised', data: { letterId: 'L1', ...CONTENT, title: '新标题', evidence: evidence({ score: -20 }) } },
      { type: 'LetterWithdrawn', data: { letterId: 'L1', reason: '情况已变化' } },
    ]);
    expect(row).toMatchObject({
      status: 'WITHDRAWN',
      title: '新标题',
      withdrawnReason: '情况已变化',
      number: null,
      evidence: { score: -20 },
    });
    expect(row.history.map((h) => h.action)).toEqual(['DRAFTED', 'REVISED', 'WITHDRAWN']);
  });

  it('maps only letter events', () => {
    expect(lettersProjection.project(storedEvent('LetterNumberAllocated', { year: 2026, sequence: 1, letterId: 'L1' }))).toEqual([]);
    expect(lettersProjection.eventTypes).not.toContain('LetterNumberAllocated');
  });
});
