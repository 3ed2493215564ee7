import { given } from '../../../common/decider.spec-helpers';
import { emptyCounts } from '../../../scoring/domain/indicators';
import { UnitFacts } from '../../common/domain/organization-facts';
import { Evidence } from '../../evidence/domain/evidence';
import { ProblemEvent, ProblemRaised } from '../events/problem.events';
import { ProblemCandidate } from './problem-candidates';
import { OwnerFacts, ProblemStep, RaiseProblem, RaisedVisit, problemListDecider as decider } from './problem-list.decider';

const evidence = (unitId = 'county-sx'): Evidence => ({
  unitId,
  unitName: '沙县分局',
  role: 'COUNTY_CHIEF',
  period: { kind: 'MONTH', from: '2026-05-01', to: '2026-05-15', label: '2026年5月' },
  rank: 2,
  rankedOf: 2,
  score: -3,
  indicators: { ...emptyCounts(), cases: 3 },
  lastYear: { ...emptyCounts(), cases: 1 },
  bulletin: null,
});
const candidate: ProblemCandidate = {
  key: 'CASES_UP_YEAR_ON_YEAR:county-sx:2026-05',
  rule: 'CASES_UP_YEAR_ON_YEAR',
  unitId: 'county-sx',
  unitName: '沙县分局',
  title: '沙县分局发案同比上升',
  description: '2026年5月沙县分局发案3起, 去年同期1起, 同比+200.0%',
  ratio: { numerator: 3, denominator: 1 },
};
const owner: OwnerFacts = {
  chiefId: 'cc-sx',
  name: '沙县局长',
  role: 'COUNTY_CHIEF',
  unitId: 'county-sx',
  appointedFrom: '2025-01-01',
  removedFrom: null,
  countyId: 'county-sx',
};
const COUNTY: UnitFacts = { unitId: 'county-sx', name: '沙县分局', level: 'COUNTY', parentId: 'city' };
const visit: RaisedVisit = {
  visitId: 'V-1',
  countyId: 'county-sx',
  day: '2026-05-12',
  chiefName: '郑局长',
  points: [
    { number: 1, text: '见面率偏低', stationId: null },
    { number: 2, text: '虬江防区预警超时', stationId: 'st-b' },
  ],
};

/** What every way of raising is asked with, and the county and owner it is judged on. */
interface Raise {
  problemId?: string;
  countyId?: string;
  month?: string;
  deadline?: string;
  county?: UnitFacts;
  owner?: OwnerFacts;
}
const raise = ({ county = COUNTY, owner: chief = owner, ...asked }: Raise) => ({
  asked: {
    type: 'RaiseProblem' as const,
    problemId: 'P-1',
    countyId: 'county-sx',
    month: '2026-05',
    today: '2026-05-15',
    deadline: '2026-05-31',
    ...asked,
  },
  facts: { county, owner: chief },
});
const adopt = (over: Raise = {}, candidateKey = candidate.key): RaiseProblem => {
  const { asked, facts } = raise(over);
  return { ...asked, kind: 'CANDIDATE', candidateKey, facts: { ...facts, candidates: [{ ...candidate, evidence: evidence() }] } };
};
interface Manual {
  title?: string;
  description?: string;
  evidence?: Evidence;
  evidenceCountyId?: string;
}
const manual = (
  { title = ' 宣传不到位 ', description = ' 城区反诈宣传覆盖不足 ', ...cited }: Manual = {},
  over: Raise = {},
): RaiseProblem => {
  const { asked, facts } = raise(over);
  return {
    ...asked,
    kind: 'MANUAL',
    title,
    description,
    facts: { ...facts, evidence: cited.evidence ?? null, evidenceCountyId: cited.evidenceCountyId ?? null },
  };
};
const fromVisit = (pointNumber: number, way: { title?: string; visit?: RaisedVisit } = {}, over: Raise = {}): RaiseProblem => {
  const { asked, facts } = raise(over);
  return {
    ...asked,
    kind: 'VISIT_POINT',
    pointNumber,
    title: way.title ?? null,
    facts: { ...facts, visit: way.visit ?? visit, evidence: null },
  };
};

const OWNER = { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF' as const, unitId: 'county-sx' };
const raised = (data: Partial<ProblemRaised['data']> = {}): ProblemRaised => ({
  type: 'ProblemRaised',
  data: {
    problemId: 'P-1',
    countyId: 'county-sx',
    month: '2026-05',
    number: 1,
    unitId: 'county-sx',
    origin: { kind: 'CANDIDATE', candidateKey: candidate.key, rule: 'CASES_UP_YEAR_ON_YEAR' },
    title: candidate.title,
    description: candidate.description,
    evidence: evidence(),
    owner: OWNER,
    deadline: '2026-05-31',
    ...data,
  },
});
const started: ProblemEvent = { type: 'ProblemRectificationStarted', data: { problemId: 'P-1', plan: '加强见面核查' } };
const rectified: ProblemEvent = { type: 'ProblemRectified', data: { problemId: 'P-1', text: '已逐条见面', references: ['evt-9'] } };
const refused: ProblemEvent = { type: 'ProblemVerificationRefused', data: { problemId: 'P-1', reason: '佐证不足' } };
const verified: ProblemEvent = { type: 'ProblemVerified', data: { problemId: 'P-1', note: null } };

const step = {
  start: { type: 'StartRectification', problemId: 'P-1', plan: ' 加强见面核查 ' },
  report: { type: 'ReportRectified', problemId: 'P-1', text: ' 已逐条见面 ', references: [' evt-9 '] },
  verify: { type: 'VerifyRectification', problemId: 'P-1', note: '  ' },
  refuse: { type: 'RefuseVerification', problemId: 'P-1', reason: ' 佐证不足 ' },
} satisfies Record<string, ProblemStep>;

describe('problem list decider', () => {
  describe('raising', () => {
    it('adopts a candidate with its texts and the evidence frozen, as 第1项', () => {
      given(decider, []).when(adopt()).then([raised()]);
    });

    it('numbers problems in the order raised', () => {
      given(decider, [raised()])
        .when(manual({}, { problemId: 'P-2' }))
        .then([
          raised({
            problemId: 'P-2',
            number: 2,
            origin: { kind: 'MANUAL' },
            title: '宣传不到位',
            description: '城区反诈宣传覆盖不足',
            evidence: null,
          }),
        ]);
    });

    it('raises by hand about the unit of the evidence given, a station of the county', () => {
      given(decider, [])
        .when(manual({ evidence: evidence('st-b'), evidenceCountyId: 'county-sx' }))
        .then([
          raised({
            origin: { kind: 'MANUAL' },
            unitId: 'st-b',
            title: '宣传不到位',
            description: '城区反诈宣传覆盖不足',
            evidence: evidence('st-b'),
          }),
        ]);
    });

    it('raises a visit point linked to the visit, about the station it names', () => {
      given(decider, [])
        .when(fromVisit(2))
        .then([
          raised({
            unitId: 'st-b',
            origin: { kind: 'VISIT_POINT', visitId: 'V-1', pointNumber: 2, visitDay: '2026-05-12', chiefName: '郑局长' },
            title: '虬江防区预警超时',
            description: '2026-05-12 郑局长督导点题（第2点）：虬江防区预警超时',
            evidence: null,
          }),
        ]);
      // A point naming no station is about the county.
      given(decider, [])
        .when(fromVisit(1, { title: '见面率整改' }))
        .then([
          raised({
            unitId: 'county-sx',
            origin: { kind: 'VISIT_POINT', visitId: 'V-1', pointNumber: 1, visitDay: '2026-05-12', chiefName: '郑局长' },
            title: '见面率整改',
            description: '2026-05-12 郑局长督导点题（第1点）：见面率偏低',
            evidence: null,
          }),
        ]);
    });

    it('accepts a station chief of the county as owner, and a deadline of today', () => {
      const stationChief = { chiefId: 'chief-st-b', name: '陈志强', role: 'STATION_CHIEF' as const, unitId: 'st-b' };
      given(decider, [])
        .when(adopt({ owner: { ...owner, ...stationChief }, deadline: '2026-05-15' }))
        .then([raised({ owner: stationChief, deadline: '2026-05-15' })]);
    });

    it.each([
      [
        'a unit that is no county as the county',
        manual({}, { countyId: 'st-a', county: { unitId: 'st-a', name: '城关派出所', level: 'STATION', parentId: 'county-sx' } }),
        '单位 st-a 是派出所，旬督导和问题清单须指定县局 / unit "st-a" is a STATION; visits and problem lists are kept per county',
        'countyId',
      ],
      ['a month not begun', adopt({ month: '2026-06' }), 'the month 2026-06 has not begun (today is 2026-05-15)', 'month'],
      ['a malformed month', adopt({ month: '2026-5' }), '"2026-5" is not a month: use YYYY-MM', 'month'],
      ['a deadline before today', adopt({ deadline: '2026-05-14' }), 'the deadline 2026-05-14 is before today (2026-05-15)', 'deadline'],
      [
        'an owner removed by today',
        adopt({ owner: { ...owner, removedFrom: '2026-05-15' } }),
        'chief cc-sx is not in office',
        'ownerChiefId',
      ],
      [
        'an owner not yet appointed',
        adopt({ owner: { ...owner, appointedFrom: '2026-05-16' } }),
        'chief cc-sx is not in office',
        'ownerChiefId',
      ],
      [
        'an owner of another county',
        adopt({ owner: { ...owner, countyId: 'county-dt', unitId: 'county-dt' } }),
        'chief cc-sx (县局局长, county-dt) is not a chief of county county-sx or of its stations',
        'ownerChiefId',
      ],
      [
        'a city chief as owner',
        adopt({ owner: { ...owner, role: 'BUREAU_LEADER', unitId: 'city', countyId: null } }),
        'is not a chief of county county-sx',
        'ownerChiefId',
      ],
      [
        'a candidate the figures no longer suggest',
        adopt({}, 'BOTTOM_OF_RANKING:st-c:2026-05'),
        '"BOTTOM_OF_RANKING:st-c:2026-05" is not among the current candidates of county county-sx for 2026-05',
        'candidateKey',
      ],
      ['a blank title', manual({ title: '  ' }), '填写内容不能为空白（title） / title must not be blank', 'title'],
      [
        'a blank description',
        manual({ description: '' }),
        '填写内容不能为空白（description） / description must not be blank',
        'description',
      ],
      [
        'evidence of another county',
        manual({ evidence: evidence('st-c'), evidenceCountyId: 'county-dt' }),
        'the evidence is about st-c, which is neither county county-sx nor one of its stations',
        'evidence.unitId',
      ],
      [
        'a visit to another county',
        fromVisit(1, { visit: { ...visit, countyId: 'county-dt' } }),
        'visit V-1 was to county county-dt, not county-sx',
        'visitId',
      ],
      ['a point the visit did not raise', fromVisit(3), 'visit V-1 raised 2 point(s); there is no point 3', 'pointNumber'],
      ['a blank title for a visit point', fromVisit(1, { title: ' ' }), '填写内容不能为空白（title） / title must not be blank', 'title'],
    ])('refuses %s', (_what, command, message, field) => {
      given(decider, []).when(command).thenThrows({ message, field });
    });

    it('refuses a candidate or a visit point already on the list, naming its number', () => {
      given(decider, [raised()])
        .when(adopt({ problemId: 'P-2' }))
        .thenThrows({ message: 'this is already on the 2026-05 list of county county-sx as 第1项', field: 'candidateKey' });
      const point = raised({
        problemId: 'P-2',
        number: 2,
        origin: { kind: 'VISIT_POINT', visitId: 'V-1', pointNumber: 2, visitDay: '2026-05-12', chiefName: '郑局长' },
      });
      given(decider, [raised(), point])
        .when(fromVisit(2, {}, { problemId: 'P-3' }))
        .thenThrows({ message: 'as 第2项', field: 'pointNumber' });
      given(decider, [raised(), point])
        .when(fromVisit(1, {}, { problemId: 'P-3' }))
        .then([
          raised({
            problemId: 'P-3',
            number: 3,
            origin: { kind: 'VISIT_POINT', visitId: 'V-1', pointNumber: 1, visitDay: '2026-05-12', chiefName: '郑局长' },
            title: '见面率偏低',
            description: '2026-05-12 郑局长督导点题（第1点）：见面率偏低',
            evidence: null,
          }),
        ]);
    });

    it('lets the same texts be raised by hand twice: only candidates and visit points are raised once', () => {
      const first = raised({ origin: { kind: 'MANUAL' }, title: '宣传不到位', description: '城区反诈宣传覆盖不足', evidence: null });
      given(decider, [first])
        .when(manual({}, { problemId: 'P-2' }))
        .then([{ type: 'ProblemRaised', data: { ...first.data, problemId: 'P-2', number: 2 } }]);
    });
  });

  describe('rectification', () => {
    it('goes RAISED → RECTIFYING → RECTIFIED → VERIFIED, trimming what is given', () => {
      given(decider, [raised()]).when(step.start).then([started]);
      given(decider, [raised(), started]).when(step.report).then([rectified]);
      given(decider, [raised(), started, rectified]).when(step.verify).then([verified]);
    });

    it('sends a refused verification back to rectification, which can be reported again', () => {
      given(decider, [raised(), started, rectified]).when(step.refuse).then([refused]);
      given(decider, [raised(), started, rectified, refused]).when(step.report).then([rectified]);
      expect(given(decider, [raised(), started, rectified, refused]).state.problems.get('P-1')).toEqual({ number: 1, stage: 'RECTIFYING' });
    });

    it.each([
      ['a plan twice', [started], step.start, 'RECTIFYING (整改中); a rectification plan (整改方案) needs RAISED (待整改)'],
      [
        'a report before a plan',
        [],
        step.report,
        'problem 第1项 (P-1) is RAISED (待整改); reporting it rectified (整改完成) needs RECTIFYING (整改中)',
      ],
      [
        'verification before a report',
        [started],
        step.verify,
        'is RECTIFYING (整改中); verification (核验销号) needs RECTIFIED (已整改待核验)',
      ],
      [
        'refusing verification before a report',
        [],
        step.refuse,
        'is RAISED (待整改); refusing verification (核验不通过) needs RECTIFIED (已整改待核验)',
      ],
      ['anything after verification', [started, rectified, verified], step.refuse, 'is VERIFIED (已核验销号)'],
    ] as Array<[string, ProblemEvent[], ProblemStep, string]>)(
      'refuses %s, naming the current status',
      (_what, history, command, message) => {
        given(decider, [raised(), ...history])
          .when(command)
          .thenThrows({ message, field: 'problemId' });
      },
    );

    it.each([
      ['plan', { ...step.start, plan: ' ' }, []],
      ['text', { ...step.report, text: '' }, [started]],
      ['references.1', { ...step.report, references: ['evt-1', ' '] }, [started]],
      ['reason', { ...step.refuse, reason: '' }, [started, rectified]],
    ] as Array<[string, ProblemStep, ProblemEvent[]]>)('refuses a blank %s', (field, command, history) => {
      given(decider, [raised(), ...history])
        .when(command)
        .thenThrows({ message: `填写内容不能为空白（${field}） / ${field} must not be blank`, field });
    });

    it('refuses a problem not on the list', () => {
      given(decider, [raised()])
        .when({ ...step.start, problemId: 'P-9' })
        .thenThrows({ message: 'problem P-9 is not on this list', field: 'problemId' });
    });

    it('keeps a verification note when one is given', () => {
      given(decider, [raised(), started, rectified])
        .when({ ...step.verify, note: ' 复核属实 ' })
        .then([{ type: 'ProblemVerified', data: { problemId: 'P-1', note: '复核属实' } }]);
    });
  });
});
