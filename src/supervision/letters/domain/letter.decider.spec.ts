import { given } from '../../../common/decider.spec-helpers';
import { UnitFacts } from '../../common/domain/organization-facts';
import { LetterEvent } from '../events/letter.events';
import { CONTENT, drafted, evidence } from './letter.spec-helpers';
import { CitedEvidence, DraftLetter, ReviseLetterDraft, letterDecider as decider } from './letter.decider';

const TODAY = '2026-04-21';
const SHAXIAN: UnitFacts = { unitId: 'county-sx', name: '沙县分局', level: 'COUNTY', parentId: 'city' };
const ownFigures: CitedEvidence = { evidence: evidence(), evidenceCountyId: 'county-sx' };
const draft = (over: Partial<DraftLetter> = {}, addressee = SHAXIAN, cited = ownFigures): DraftLetter => ({
  type: 'DraftLetter',
  letterId: 'L1',
  content: CONTENT,
  today: TODAY,
  facts: { addressee, cited },
  ...over,
});
const revise = (changes: ReviseLetterDraft['changes'], cited: CitedEvidence | null = null): ReviseLetterDraft => ({
  type: 'ReviseLetterDraft',
  letterId: 'L1',
  changes,
  today: TODAY,
  facts: { cited },
});
const issued: LetterEvent = {
  type: 'LetterIssued',
  data: { letterId: 'L1', year: 2026, sequence: 26, number: '明公基管提〔2026〕26号', issuer: '三明市公安局', issuedOn: TODAY },
};
const delivered: LetterEvent = { type: 'LetterDelivered', data: { letterId: 'L1' } };
const acknowledged: LetterEvent = { type: 'LetterAcknowledged', data: { letterId: 'L1', signedBy: '李明' } };
const answered: LetterEvent = {
  type: 'LetterAnswered',
  data: { letterId: 'L1', measures: '已复盘', answeredOn: '2026-05-08', deadline: '2026-05-10', late: false },
};
const issue = {
  type: 'IssueLetter' as const,
  letterId: 'L1',
  number: { year: 2026, sequence: 26, text: '明公基管提〔2026〕26号' },
  issuer: '三明市公安局',
  today: TODAY,
};

describe('letter decider', () => {
  describe('drafting', () => {
    it('drafts a letter to a county, the evidence frozen into the event and the texts trimmed', () => {
      given(decider, [])
        .when(draft({ content: { ...CONTENT, title: `  ${CONTENT.title} `, requirements: [' 加强预警劝阻 ', '复盘'] } }))
        .then([drafted('L1', { requirements: ['加强预警劝阻', '复盘'] })]);
    });

    it("accepts figures of one of the addressee's stations", () => {
      const station = evidence({ unitId: 'st-a', unitName: '凤岗派出所', role: 'STATION_CHIEF' });
      given(decider, [])
        .when(draft({}, SHAXIAN, { evidence: station, evidenceCountyId: 'county-sx' }))
        .then([drafted('L1', { evidence: station })]);
    });

    it('refuses figures of another unit, naming the evidence', () => {
      given(decider, [])
        .when(draft({}, SHAXIAN, { evidence: evidence({ unitId: 'county-dt', unitName: '大田县公安局' }), evidenceCountyId: 'county-dt' }))
        .thenThrows({
          message:
            'the evidence is about 大田县公安局 (county-dt), which is neither the addressee 沙县分局 (county-sx) nor one of its stations',
          field: 'evidence.unitId',
        });
    });

    it('addresses a station under its county, with figures of the station or of its county', () => {
      const station: UnitFacts = { unitId: 'st-a', name: '凤岗派出所', level: 'STATION', parentId: 'county-sx' };
      const toStation = { unitId: 'st-a', name: '凤岗派出所', level: 'STATION' as const, countyId: 'county-sx' };
      given(decider, [])
        .when(draft({}, station))
        .thenThrows({ message: 'neither the addressee 凤岗派出所 (st-a) nor one of its stations', field: 'evidence.unitId' });
      const own = evidence({ unitId: 'st-a', unitName: '凤岗派出所', role: 'STATION_CHIEF' });
      given(decider, [])
        .when(draft({}, station, { evidence: own, evidenceCountyId: 'county-sx' }))
        .then([drafted('L1', { addressee: toStation, evidence: own })]);
    });

    it('addresses only a county bureau or a police station', () => {
      given(decider, [])
        .when(draft({}, { unitId: 'city', name: '三明市公安局', level: 'CITY', parentId: null }))
        .thenThrows({ message: 'unit city is a CITY; a letter is addressed to a county bureau or a police station', field: 'unitId' });
    });

    it('refuses a deadline before today, blank texts and no requirements, naming the field', () => {
      given(decider, [])
        .when(draft({ content: { ...CONTENT, deadline: '2026-04-20' } }))
        .thenThrows({ message: 'the answer deadline 2026-04-20 is before today (2026-04-21)', field: 'deadline' });
      given(decider, [])
        .when(draft({ content: { ...CONTENT, findings: '  ' } }))
        .thenThrows({ message: 'findings must not be blank', field: 'findings' });
      given(decider, [])
        .when(draft({ content: { ...CONTENT, requirements: ['复盘', ' '] } }))
        .thenThrows({ field: 'requirements.1' });
      given(decider, [])
        .when(draft({ content: { ...CONTENT, requirements: [] } }))
        .thenThrows({ field: 'requirements' });
    });

    it('accepts today as the deadline', () => {
      given(decider, [])
        .when(draft({ content: { ...CONTENT, deadline: TODAY } }))
        .then([drafted('L1', { deadline: TODAY })]);
    });

    it('refuses a second draft under the same id', () => {
      given(decider, [drafted()]).when(draft()).thenThrows({ message: 'letter L1 already exists (草稿 (DRAFT))', field: 'letterId' });
    });
  });

  describe('revising and withdrawing a draft', () => {
    it('revises the parts given and keeps the rest and the evidence', () => {
      given(decider, [drafted()])
        .when(revise({ deadline: '2026-05-15', title: undefined }))
        .then([{ type: 'LetterDraftRevised', data: { letterId: 'L1', ...CONTENT, deadline: '2026-05-15', evidence: evidence() } }]);
    });

    it('cites new evidence when given, checked against the addressee', () => {
      const newer = evidence({ score: -20 });
      given(decider, [drafted()])
        .when(revise({}, { evidence: newer, evidenceCountyId: 'county-sx' }))
        .then([{ type: 'LetterDraftRevised', data: { letterId: 'L1', ...CONTENT, evidence: newer } }]);
    });

    it('refuses a revision that changes nothing', () => {
      given(decider, [drafted()]).when(revise({})).thenThrows({ message: 'the revision changes nothing', field: 'input' });
    });

    it('withdraws a draft with a reason, and then refuses to issue it', () => {
      const withdrawn = { type: 'LetterWithdrawn' as const, data: { letterId: 'L1', reason: '情况已变化' } };
      given(decider, [drafted()]).when({ type: 'WithdrawLetterDraft', letterId: 'L1', reason: ' 情况已变化 ' }).then([withdrawn]);
      given(decider, [drafted(), withdrawn])
        .when(issue)
        .thenThrows({ message: 'letter L1 is 已撤回 (WITHDRAWN); only a letter that is 草稿 (DRAFT) can be issued', field: 'letterId' });
    });

    it('refuses to revise or withdraw an issued letter', () => {
      given(decider, [drafted(), issued])
        .when(revise({ title: '新标题' }))
        .thenThrows({ message: 'letter L1 is 已下发 (ISSUED); only a letter that is 草稿 (DRAFT) can be revised', field: 'letterId' });
      given(decider, [drafted(), issued])
        .when({ type: 'WithdrawLetterDraft', letterId: 'L1', reason: 'x' })
        .thenThrows({ message: 'is 已下发 (ISSUED)' });
    });
  });

  describe('issuing', () => {
    it('issues a draft with the number and issuer it is given, dated today', () => {
      given(decider, [drafted()]).when(issue).then([issued]);
    });

    it('refuses to issue a draft whose deadline has passed', () => {
      given(decider, [drafted()])
        .when({ ...issue, today: '2026-05-11' })
        .thenThrows({
          message: 'the answer deadline 2026-05-10 has passed (today is 2026-05-11); revise the draft before issuing it',
          field: 'deadline',
        });
    });

    it('refuses a letter never drafted, and issuing twice', () => {
      given(decider, []).when(issue).thenThrows({ message: 'letter L1 has not been drafted', field: 'letterId' });
      given(decider, [drafted(), issued]).when(issue).thenThrows({ message: 'letter L1 is 已下发 (ISSUED)', field: 'letterId' });
    });
  });

  describe('delivery, 签收, answer', () => {
    it('delivers, then takes the signature, then the answer', () => {
      given(decider, [drafted(), issued]).when({ type: 'DeliverLetter', letterId: 'L1' }).then([delivered]);
      given(decider, [drafted(), issued, delivered])
        .when({ type: 'AcknowledgeLetter', letterId: 'L1', signedBy: ' 李明 ' })
        .then([acknowledged]);
      given(decider, [drafted(), issued, delivered, acknowledged])
        .when({ type: 'AnswerLetter', letterId: 'L1', measures: '已复盘', today: '2026-05-08' })
        .then([answered]);
    });

    it('accepts an answer after the deadline and marks it late', () => {
      given(decider, [drafted(), issued, delivered, acknowledged])
        .when({ type: 'AnswerLetter', letterId: 'L1', measures: '已复盘', today: '2026-05-11' })
        .then([
          {
            type: 'LetterAnswered',
            data: { letterId: 'L1', measures: '已复盘', answeredOn: '2026-05-11', deadline: '2026-05-10', late: true },
          },
        ]);
    });

    it('refuses steps out of order, naming the status the letter is in', () => {
      given(decider, [drafted()])
        .when({ type: 'DeliverLetter', letterId: 'L1' })
        .thenThrows({ message: 'letter L1 is 草稿 (DRAFT); only a letter that is 已下发 (ISSUED) can be delivered', field: 'letterId' });
      given(decider, [drafted(), issued])
        .when({ type: 'AnswerLetter', letterId: 'L1', measures: 'x', today: TODAY })
        .thenThrows({ message: 'letter L1 is 已下发 (ISSUED); only a letter that is 已签收 (ACKNOWLEDGED) can be answered' });
      given(decider, [drafted(), issued, delivered])
        .when({ type: 'CloseLetter', letterId: 'L1', remark: null })
        .thenThrows({ message: 'letter L1 is 已送达 (DELIVERED); only a letter that is 已回复 (ANSWERED) can be closed' });
    });

    it('refuses a blank signature or answer', () => {
      given(decider, [drafted(), issued, delivered])
        .when({ type: 'AcknowledgeLetter', letterId: 'L1', signedBy: '' })
        .thenThrows({ field: 'signedBy' });
      given(decider, [drafted(), issued, delivered, acknowledged])
        .when({ type: 'AnswerLetter', letterId: 'L1', measures: ' ', today: TODAY })
        .thenThrows({ message: 'measures must not be blank', field: 'measures' });
    });
  });

  describe('closing or returning the answer', () => {
    const answeredLetter = [drafted(), issued, delivered, acknowledged, answered];

    it('closes an answered letter, and nothing follows a closed one', () => {
      const closed: LetterEvent = { type: 'LetterClosed', data: { letterId: 'L1', remark: '整改到位' } };
      given(decider, answeredLetter).when({ type: 'CloseLetter', letterId: 'L1', remark: ' 整改到位 ' }).then([closed]);
      given(decider, [...answeredLetter, closed])
        .when({ type: 'ReturnLetterAnswer', letterId: 'L1', reason: 'x', deadline: null, today: TODAY })
        .thenThrows({ message: 'letter L1 is 已办结 (CLOSED)' });
    });

    it('returns the answer with a reason, keeping the deadline unless a new one is given, and takes the next answer', () => {
      const returned: LetterEvent = {
        type: 'LetterAnswerReturned',
        data: { letterId: 'L1', reason: '措施不具体', deadline: '2026-05-10' },
      };
      given(decider, answeredLetter)
        .when({ type: 'ReturnLetterAnswer', letterId: 'L1', reason: '措施不具体', deadline: null, today: TODAY })
        .then([returned]);
      const { state } = given(decider, [...answeredLetter, returned]);
      expect(state.status).toBe('ACKNOWLEDGED');
      given(decider, answeredLetter)
        .when({ type: 'ReturnLetterAnswer', letterId: 'L1', reason: '措施不具体', deadline: '2026-05-20', today: TODAY })
        .then([{ type: 'LetterAnswerReturned', data: { letterId: 'L1', reason: '措施不具体', deadline: '2026-05-20' } }]);
      const later = [
        ...answeredLetter,
        { type: 'LetterAnswerReturned' as const, data: { letterId: 'L1', reason: 'r', deadline: '2026-05-20' } },
      ];
      given(decider, later)
        .when({ type: 'AnswerLetter', letterId: 'L1', measures: '补充措施', today: '2026-05-15' })
        .then([
          {
            type: 'LetterAnswered',
            data: { letterId: 'L1', measures: '补充措施', answeredOn: '2026-05-15', deadline: '2026-05-20', late: false },
          },
        ]);
    });

    it('refuses a return without a reason or with a past deadline', () => {
      given(decider, answeredLetter)
        .when({ type: 'ReturnLetterAnswer', letterId: 'L1', reason: ' ', deadline: null, today: TODAY })
        .thenThrows({ field: 'reason' });
      given(decider, answeredLetter)
        .when({ type: 'ReturnLetterAnswer', letterId: 'L1', reason: 'r', deadline: '2026-04-01', today: TODAY })
        .thenThrows({ message: 'the answer deadline 2026-04-01 is before today (2026-04-21)', field: 'deadline' });
    });
  });
});
