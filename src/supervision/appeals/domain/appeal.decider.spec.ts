import { given } from '../../../common/decider.spec-helpers';
import { emptyCounts } from '../../../scoring/domain/indicators';
import { ChiefInfo } from '../../../scoring/domain/accountability';
import { UnitFacts } from '../../common/domain/organization-facts';
import { Evidence } from '../../evidence/domain/evidence';
import { AppealEvent, AppealFiled, AppealTarget, ContestedFact } from '../events/appeal.events';
import { CitedEvent, FileAppeal, FilingFacts, appealDecider as decider } from './appeal.decider';

const ID = 'ap-1';
const figures = (score: number): Evidence => ({
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
const fact: ContestedFact = {
  eventId: 'ev-case',
  type: 'CaseFiled',
  streamId: 'case-AJ-1',
  position: '40',
  areaId: 'st-b',
  day: '2026-05-15',
};
const target = (over: Partial<AppealTarget> = {}): AppealTarget => ({
  unitId: 'st-b',
  unitName: '虬江派出所',
  level: 'STATION',
  countyId: 'county-sx',
  from: '2026-05-15',
  to: '2026-05-15',
  fact,
  ...over,
});
const appellant = { chiefId: 'chief-st-b', name: '陈志强', role: 'STATION_CHIEF' as const, unitId: 'st-b' };
const chief = (over: Partial<ChiefInfo> = {}): ChiefInfo => ({ ...appellant, appointedFrom: '2025-01-01', removedFrom: null, ...over });
const station: UnitFacts = { unitId: 'st-b', name: '虬江派出所', level: 'STATION', parentId: 'county-sx' };
const fileCommand = (over: Partial<FileAppeal> = {}, facts: Partial<FilingFacts> = {}): FileAppeal => ({
  type: 'FileAppeal',
  appealId: ID,
  from: '2026-05-15',
  to: '2026-05-15',
  reason: '该案系重复立案',
  today: '2026-05-16',
  reviewWithinDays: 7,
  facts: { appellant: chief(), unit: station, unitUnderAppellant: true, fact, asOfPosition: '50', figures: figures(-2.01), ...facts },
  ...over,
});

const filed: AppealFiled = {
  type: 'AppealFiled',
  data: {
    appealId: ID,
    appellant,
    target: target(),
    reason: '该案系重复立案',
    filedOn: '2026-05-16',
    deadline: '2026-05-23',
    asOfPosition: '50',
    figures: figures(-2.01),
  },
};
const revoked: CitedEvent = {
  eventId: 'ev-revoke',
  type: 'CaseRevoked',
  streamId: 'case-AJ-1',
  position: '51',
  recordedAt: '2026-05-17T02:00:00.000Z',
  areaId: 'st-b',
  day: '2026-05-15',
  data: { caseId: 'AJ-1', reason: '重复立案', lossFen: 10_000, caseFiledAt: '2026-05-15T03:00:00.000Z' },
};
const review = (outcome: 'UPHELD' | 'CORRECTED' | 'REJECTED', cited: CitedEvent[] = []) => ({
  type: 'ReviewAppeal' as const,
  appealId: ID,
  outcome,
  reasoning: '经核查',
  facts: { cited, figures: figures(0) },
});
const upheld: AppealEvent = { type: 'AppealUpheld', data: { appealId: ID, reasoning: '经核查', figures: figures(-2.01) } };
const withdrawn: AppealEvent = { type: 'AppealWithdrawn', data: { appealId: ID, chiefId: 'chief-st-b', reason: null } };

describe('appeal decider', () => {
  describe('FileAppeal', () => {
    it('files the appeal with the figures contested and a deadline seven days on', () => {
      given(decider, []).when(fileCommand()).then([filed]);
    });

    it('takes another review period from the command', () => {
      given(decider, [])
        .when(fileCommand({ reviewWithinDays: 3 }))
        .then([{ ...filed, data: { ...filed.data, deadline: '2026-05-19' } }]);
    });

    it('lets a county chief contest a station of his county, or the score of the county', () => {
      const countyChief = { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF' as const, unitId: 'county-sx' };
      given(decider, [])
        .when(fileCommand({}, { appellant: chief(countyChief) }))
        .then([{ ...filed, data: { ...filed.data, appellant: countyChief } }]);
      const county: UnitFacts = { unitId: 'county-sx', name: '沙县分局', level: 'COUNTY', parentId: 'city' };
      const [event] = given(decider, [])
        .when(fileCommand({}, { appellant: chief(countyChief), unit: county, fact: null }))
        .then([expect.anything()]);
      expect(event.data).toMatchObject({
        target: { unitId: 'county-sx', unitName: '沙县分局', level: 'COUNTY', countyId: 'county-sx', fact: null },
      });
    });

    it.each([
      [
        "a unit outside the appellant's own",
        {},
        { appellant: chief({ unitId: 'st-a' }), unitUnderAppellant: false },
        'chief chief-st-b answers for st-a; he may appeal only its figures or those of units below it, not st-b',
        'unitId',
      ],
      [
        'a station chief contesting another station',
        {},
        { appellant: chief({ unitId: 'st-a' }) },
        'does not answer for the figures of st-b',
        'unitId',
      ],
      [
        "a county chief contesting another county's station",
        {},
        { appellant: chief({ role: 'COUNTY_CHIEF', unitId: 'county-dt' }) },
        'does not answer for',
        'unitId',
      ],
      [
        'a deputy',
        {},
        { appellant: chief({ role: 'DEPUTY_COUNTY_CHIEF' }) },
        'appeals are filed by station chiefs and county chiefs',
        'chiefId',
      ],
      [
        'a chief no longer in office on the day of filing',
        {},
        { appellant: chief({ removedFrom: '2026-05-16' }) },
        '六长 chief-st-b 不在任 / chief chief-st-b is not in office',
        'chiefId',
      ],
      [
        'a unit that keeps no score',
        {},
        { unit: { unitId: 'city', name: '三明市公安局', level: 'CITY', parentId: null } },
        'unit "city" is a CITY; scores are kept for defense areas (STATION) and counties (COUNTY)',
        'unitId',
      ],
      [
        'days that end before they start',
        { to: '2026-05-14' },
        {},
        '结束日（2026-05-14）早于开始日（2026-05-15） / the period ends (2026-05-14) before it starts (2026-05-15)',
        'to',
      ],
      ['a day to come', { to: '2026-05-17' }, {}, '2026-05-17 has not come yet', 'to'],
      ['more than a year', { from: '2025-01-01' }, {}, 'at most 366 days at a time', 'from'],
      ['a deadline on the day of filing', { reviewWithinDays: 0 }, {}, 'at least one day after filing', 'reviewWithinDays'],
    ] as Array<[string, Partial<FileAppeal>, Partial<FilingFacts>, string, string]>)('refuses %s', (_name, over, facts, message, field) => {
      given(decider, []).when(fileCommand(over, facts)).thenThrows({ message, field });
    });

    it('refuses to file the same appeal twice', () => {
      given(decider, [filed]).when(fileCommand()).thenThrows({ message: 'was already filed', field: 'appealId' });
    });
  });

  describe('ReviewAppeal', () => {
    it.each([
      ['UPHELD', 'AppealUpheld'],
      ['REJECTED', 'AppealRejected'],
    ] as const)('records %s with the reasoning and the figures now', (outcome, type) => {
      given(decider, [filed])
        .when(review(outcome))
        .then([{ type, data: { appealId: ID, reasoning: '经核查', figures: figures(0) } }]);
    });

    it('records a correction citing the correcting event, with what it corrected', () => {
      given(decider, [filed])
        .when(review('CORRECTED', [revoked]))
        .then([
          {
            type: 'AppealCorrected',
            data: {
              appealId: ID,
              reasoning: '经核查',
              figures: figures(0),
              corrections: [
                {
                  eventId: 'ev-revoke',
                  type: 'CaseRevoked',
                  streamId: 'case-AJ-1',
                  position: '51',
                  recordedAt: '2026-05-17T02:00:00.000Z',
                  areaId: 'st-b',
                  day: '2026-05-15',
                  summary: '撤案：案件AJ-1，核减发案1起、财损100.00元（重复立案）',
                },
              ],
            },
          },
        ]);
    });

    it('accepts any correction counted in the contested figures for a score appeal', () => {
      const scoreAppeal = { ...filed, data: { ...filed.data, target: target({ fact: null }) } };
      const [event] = given(decider, [scoreAppeal])
        .when(review('CORRECTED', [{ ...revoked, streamId: 'case-AJ-9' }]))
        .then([expect.anything()]);
      expect(event).toMatchObject({ type: 'AppealCorrected', data: { corrections: [{ eventId: 'ev-revoke', streamId: 'case-AJ-9' }] } });
    });

    it.each([
      ['a correction without correcting events', review('CORRECTED'), 'cites the correcting events'],
      ['an upheld outcome citing events', review('UPHELD', [revoked]), 'only a CORRECTED outcome cites correcting events'],
      [
        'an event that is not a correction',
        review('CORRECTED', [{ ...revoked, type: 'CaseFiled' }]),
        'is a CaseFiled (立案（发案）), not a correction',
      ],
      [
        'a correction of another fact',
        review('CORRECTED', [{ ...revoked, streamId: 'case-AJ-2' }]),
        "corrects case-AJ-2, not the contested fact's case-AJ-1",
      ],
      [
        'a correction recorded before the appeal',
        review('CORRECTED', [{ ...revoked, position: '50' }]),
        'was recorded before the appeal was filed',
      ],
    ])('refuses %s', (_name, command, message) => {
      given(decider, [filed]).when(command).thenThrows({ message, field: 'correctingEventIds' });
    });

    it('refuses a second review', () => {
      given(decider, [filed, upheld])
        .when(review('REJECTED'))
        .thenThrows({ message: 'was already reviewed (维持原结果); a review is final', field: 'appealId' });
    });

    it('refuses to review a withdrawn appeal', () => {
      given(decider, [filed, withdrawn]).when(review('UPHELD')).thenThrows({ message: 'was withdrawn', field: 'appealId' });
    });

    it('refuses to review an appeal never filed', () => {
      given(decider, []).when(review('UPHELD')).thenThrows({ message: 'appeal ap-1 has not been filed', field: 'appealId' });
    });
  });

  describe('WithdrawAppeal', () => {
    const withdraw = (chiefId = 'chief-st-b') => ({ type: 'WithdrawAppeal' as const, appealId: ID, chiefId, reason: '已与考评人员核对' });

    it('lets the appellant withdraw before review', () => {
      given(decider, [filed])
        .when(withdraw())
        .then([{ type: 'AppealWithdrawn', data: { appealId: ID, chiefId: 'chief-st-b', reason: '已与考评人员核对' } }]);
    });

    it('refuses anyone but the appellant', () => {
      given(decider, [filed]).when(withdraw('cc-sx')).thenThrows({ message: 'only the appellant (chief-st-b)', field: 'chiefId' });
    });

    it('refuses after the review', () => {
      given(decider, [filed, upheld]).when(withdraw()).thenThrows({ message: 'already reviewed', field: 'appealId' });
    });

    it('refuses twice', () => {
      given(decider, [filed, withdrawn]).when(withdraw()).thenThrows({ message: 'was withdrawn', field: 'appealId' });
    });
  });

  it('folds the filing, the outcome and a withdrawal', () => {
    expect(given(decider, [filed, upheld]).state).toEqual({
      filed: { appellantId: 'chief-st-b', fact, asOfPosition: '50' },
      outcome: 'UPHELD',
      withdrawn: false,
    });
    expect(given(decider, [filed, withdrawn]).state.withdrawn).toBe(true);
  });
});
