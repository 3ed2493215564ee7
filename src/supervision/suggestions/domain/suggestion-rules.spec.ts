import { emptyCounts } from '../../../scoring/domain/indicators';
import {
  DEFAULT_POLICY,
  LevelFigures,
  Place,
  RankingPlaces,
  SuggestionFigures,
  UnitMonth,
  bottomTwoDekads,
  casesUpYearOnYear,
  faceToFaceUnderTarget,
  letterUnanswered,
  listingNotImproving,
  stillBottomAfterInterview,
  suggest,
} from './suggestion-rules';

const AS_OF = '2026-05-22';
/** An ASCII , : ; ( or ) beside a Chinese character: officers read full-width punctuation. */
const ASCII_BESIDE_CHINESE = /\p{Script=Han}[,:;()]|[,:;()] ?\p{Script=Han}/u;
const ranking = (label: string, from: string, ranks: Record<string, number>): RankingPlaces => {
  const places: Place[] = Object.entries(ranks).map(([unitId, rank]) => ({ unitId, unitName: `${unitId}所`, rank }));
  return { label, from, rankedOf: places.length, places };
};
const unit = (unitId: string, counts: Partial<UnitMonth['counts']>, lastYear: Partial<UnitMonth['counts']> = {}): UnitMonth => ({
  unitId,
  unitName: `${unitId}所`,
  counts: { ...emptyCounts(), ...counts },
  lastYear: { ...emptyCounts(), ...lastYear },
});
const level = (over: Partial<LevelFigures> = {}): LevelFigures => ({
  level: 'STATION',
  rankingName: '防区长',
  dekads: [
    ranking('2026年5月上旬', '2026-05-01', { a: 1, b: 2, c: 3, d: 4, e: 5 }),
    ranking('2026年5月中旬', '2026-05-11', { a: 1, b: 2, c: 3, d: 4, e: 5 }),
  ],
  month: { label: '2026年5月', units: [] },
  ...over,
});
const given = (over: Partial<SuggestionFigures> = {}): SuggestionFigures => ({
  asOf: AS_OF,
  levels: [level()],
  overdueLetters: [],
  listings: [],
  issuedLetters: [],
  heldInterviews: [],
  ...over,
});

describe('suggestion rules', () => {
  describe('(a) the bottom three two dekads running', () => {
    it('proposes a letter for each unit in the bottom three of both dekads, citing both places', () => {
      const figures = given({
        levels: [
          level({
            dekads: [
              ranking('2026年5月上旬', '2026-05-01', { a: 1, b: 5, c: 3, d: 4, e: 2 }),
              ranking('2026年5月中旬', '2026-05-11', { a: 1, b: 2, c: 3, d: 4, e: 5 }),
            ],
          }),
        ],
      });
      expect(bottomTwoDekads.propose(figures, DEFAULT_POLICY)).toEqual([
        {
          key: 'BOTTOM_TWO_DEKADS:c:2026-05-11',
          rule: 'BOTTOM_TWO_DEKADS',
          action: 'LETTER',
          unitId: 'c',
          unitName: 'c所',
          period: { kind: 'DEKAD', day: '2026-05-11' },
          reason:
            'c所在全市防区长排名中连续两旬处于后三位：2026年5月上旬在5个防区中排名第3位（倒数第3位），2026年5月中旬在5个防区中排名第3位（倒数第3位）',
        },
        expect.objectContaining({ key: 'BOTTOM_TWO_DEKADS:d:2026-05-11' }),
      ]);
    });

    it('never counts first place: of three units the last two are the bottom, and a tie for first is no bottom', () => {
      const three = { a: 1, b: 2, c: 3 };
      const small = given({ levels: [level({ dekads: [ranking('上旬', '2026-05-01', three), ranking('中旬', '2026-05-11', three)] })] });
      expect(bottomTwoDekads.propose(small, DEFAULT_POLICY).map((s) => s.unitId)).toEqual(['b', 'c']);
      const tied = { a: 1, b: 1 };
      expect(
        bottomTwoDekads.propose(
          given({ levels: [level({ dekads: [ranking('上旬', '2026-05-01', tied), ranking('中旬', '2026-05-11', tied)] })] }),
          DEFAULT_POLICY,
        ),
      ).toEqual([]);
    });
  });

  describe('(b) cases up year on year', () => {
    const month = (...units: UnitMonth[]) => given({ levels: [level({ month: { label: '2026年5月', units } })] });

    it('proposes a letter when the month so far is surely up by more than the threshold', () => {
      expect(casesUpYearOnYear.propose(month(unit('a', { cases: 12 }, { cases: 4 })), DEFAULT_POLICY)).toEqual([
        {
          key: 'CASES_UP_YEAR_ON_YEAR:a:2026-05',
          rule: 'CASES_UP_YEAR_ON_YEAR',
          action: 'LETTER',
          unitId: 'a',
          unitName: 'a所',
          period: { kind: 'MONTH', day: AS_OF },
          reason: '2026年5月（截至5月22日）a所发案12起，去年同期4起，同比+200.0%，升幅超过20%',
        },
      ]);
    });

    it('leaves a rise at the threshold, a rise within chance (3 against 2, 5 against 4), few cases and a fall alone, and says when last year had none', () => {
      const units = [
        unit('at', { cases: 6 }, { cases: 5 }),
        unit('chance', { cases: 3 }, { cases: 2 }),
        unit('chance2', { cases: 5 }, { cases: 4 }),
        unit('few', { cases: 2 }),
        unit('down', { cases: 3 }, { cases: 9 }),
        unit('new', { cases: 3 }),
      ];
      const proposed = casesUpYearOnYear.propose(month(...units), DEFAULT_POLICY);
      expect(proposed).toHaveLength(1);
      expect(proposed[0].reason).toBe('2026年5月（截至5月22日）new所发案3起，去年同期0起，去年同期无发案，升幅超过20%');
    });
  });

  describe('(c) face-to-face rate under the target', () => {
    const month = (...units: UnitMonth[]) => given({ levels: [level({ month: { label: '2026年5月', units } })] });

    it('proposes a letter under the target, with the exact rate', () => {
      expect(faceToFaceUnderTarget.propose(month(unit('a', { warningsReceived: 10, faceToFace: 8 })), DEFAULT_POLICY)).toEqual([
        {
          key: 'FACE_TO_FACE_UNDER_TARGET:a:2026-05',
          rule: 'FACE_TO_FACE_UNDER_TARGET',
          action: 'LETTER',
          unitId: 'a',
          unitName: 'a所',
          period: { kind: 'MONTH', day: AS_OF },
          reason: '2026年5月（截至5月22日）a所接收预警指令10条，见面8条，见面率80.0%，低于目标90%',
        },
      ]);
    });

    it('leaves the target met, and a shortfall too few warnings make sure of, alone', () => {
      // 4 of 5 is under 90% with probability 0.886 only; 0 of 4 surely is
      const units = [
        unit('met', { warningsReceived: 10, faceToFace: 9 }),
        unit('few', { warningsReceived: 5, faceToFace: 4 }),
        unit('none', { warningsReceived: 4, faceToFace: 0 }),
      ];
      expect(faceToFaceUnderTarget.propose(month(...units), DEFAULT_POLICY).map((s) => s.unitId)).toEqual(['none']);
      expect(faceToFaceUnderTarget.propose(month(...units), { ...DEFAULT_POLICY, evidence: 0.85 }).map((s) => s.unitId)).toEqual([
        'few',
        'none',
      ]);
    });
  });

  describe('(e) a letter unanswered past its deadline', () => {
    it('proposes an interview of the addressee, keyed by the letter', () => {
      const letter = {
        letterId: 'L1',
        number: '明公基管提〔2026〕3号',
        title: '关于压降发案的提示',
        unitId: 'a',
        unitName: 'a所',
        deadline: '2026-05-20',
      };
      expect(letterUnanswered.propose(given({ overdueLetters: [letter] }), DEFAULT_POLICY)).toEqual([
        {
          key: 'LETTER_UNANSWERED:a:L1',
          rule: 'LETTER_UNANSWERED',
          action: 'INTERVIEW',
          unitId: 'a',
          unitName: 'a所',
          period: { kind: 'MONTH', day: AS_OF },
          reason: '工作提示函明公基管提〔2026〕3号《关于压降发案的提示》回复期限2026年5月20日已过，a所仍未回复',
        },
      ]);
    });
  });

  describe('(d) a listing not improving within a month', () => {
    const listing = {
      listingId: 'GP-1',
      stationId: 'a',
      stationName: 'a所',
      township: '城关镇',
      exitMet: false,
      unmet: ['「发案数每旬≤2，连续2旬」未满足：2026年5月中旬为3'],
    };

    it('proposes an interview once a listing a month old still misses its exit condition', () => {
      expect(listingNotImproving.propose(given({ listings: [{ ...listing, listedOn: '2026-04-22' }] }), DEFAULT_POLICY)).toEqual([
        {
          key: 'LISTING_NOT_IMPROVING:a:GP-1',
          rule: 'LISTING_NOT_IMPROVING',
          action: 'INTERVIEW',
          unitId: 'a',
          unitName: 'a所',
          period: { kind: 'MONTH', day: AS_OF },
          reason: '城关镇（a所防区）自2026年4月22日挂牌整治已满一月，仍未达到摘牌条件：「发案数每旬≤2，连续2旬」未满足：2026年5月中旬为3',
        },
      ]);
    });

    it('gives a younger listing time, and leaves one meeting its condition alone', () => {
      const listings = [
        { ...listing, listedOn: '2026-04-23' },
        { ...listing, listingId: 'GP-2', listedOn: '2026-03-01', exitMet: true, unmet: [] },
      ];
      expect(listingNotImproving.propose(given({ listings }), DEFAULT_POLICY)).toEqual([]);
    });
  });

  describe('(f) still in the bottom three after a letter and an interview', () => {
    // 5月中旬 (from 2026-05-11): d is 4th and e 5th of 5, the bottom three with c.
    const letter = { letterId: 'L1', number: '明公基管提〔2026〕3号', unitId: 'e', issuedOn: '2026-04-02' };
    const interview = { interviewId: 'YT-1', unitId: 'e', heldOn: '2026-05-06' };
    const ladder = (over: Partial<SuggestionFigures> = {}) => given({ issuedLetters: [letter], heldInterviews: [interview], ...over });

    it('proposes listing the defense area, keyed by the interview, citing the letter, the interview and the place', () => {
      expect(stillBottomAfterInterview.propose(ladder(), DEFAULT_POLICY)).toEqual([
        {
          key: 'STILL_BOTTOM_AFTER_INTERVIEW:e:YT-1',
          rule: 'STILL_BOTTOM_AFTER_INTERVIEW',
          action: 'LISTING',
          unitId: 'e',
          unitName: 'e所',
          period: { kind: 'DEKAD', day: '2026-05-11' },
          reason:
            'e所已于2026-04-02收到工作提示函明公基管提〔2026〕3号，于2026-05-06被约谈，2026年5月中旬在全市5个防区中排名末位，仍处于后三位',
        },
      ]);
    });

    it('cites the latest letter and interview of the window', () => {
      const figures = ladder({
        issuedLetters: [letter, { ...letter, letterId: 'L2', number: '明公基管提〔2026〕9号', issuedOn: '2026-05-08' }],
        heldInterviews: [{ ...interview, interviewId: 'YT-0', heldOn: '2026-04-10' }, interview],
      });
      const [proposed] = stillBottomAfterInterview.propose(figures, DEFAULT_POLICY);
      expect(proposed.key).toBe('STILL_BOTTOM_AFTER_INTERVIEW:e:YT-1');
      expect(proposed.reason).toContain('2026-05-08收到工作提示函明公基管提〔2026〕9号，于2026-05-06被约谈');
    });

    it.each([
      ['without a letter', { issuedLetters: [] }],
      ['without an interview', { heldInterviews: [] }],
      ['with a letter older than the window', { issuedLetters: [{ ...letter, issuedOn: '2026-03-22' }] }],
      ['with a letter issued after the day', { issuedLetters: [{ ...letter, issuedOn: '2026-05-23' }] }],
      ['with an interview older than the window', { heldInterviews: [{ ...interview, heldOn: '2026-03-22' }] }],
      ['when the dekad ranked began before the interview', { heldInterviews: [{ ...interview, heldOn: '2026-05-11' }] }],
      ['for another unit', { issuedLetters: [{ ...letter, unitId: 'a' }], heldInterviews: [{ ...interview, unitId: 'a' }] }],
      [
        'when the area was listed by the time of the interview',
        {
          listings: [
            { listingId: 'GP-1', stationId: 'e', stationName: 'e所', township: null, listedOn: '2026-05-06', exitMet: false, unmet: [] },
          ],
        },
      ],
    ])('proposes nothing %s', (_case, over: Partial<SuggestionFigures>) => {
      expect(stillBottomAfterInterview.propose(ladder(over), DEFAULT_POLICY)).toEqual([]);
    });

    it('proposes it still when the area was listed after the interview, and never for counties', () => {
      const listedSince = [
        { listingId: 'GP-2', stationId: 'e', stationName: 'e所', township: '城关镇', listedOn: '2026-05-07', exitMet: false, unmet: [] },
      ];
      expect(stillBottomAfterInterview.propose(ladder({ listings: listedSince }), DEFAULT_POLICY)).toHaveLength(1);
      expect(
        stillBottomAfterInterview.propose(ladder({ levels: [level({ level: 'COUNTY', rankingName: '县局' })] }), DEFAULT_POLICY),
      ).toEqual([]);
    });

    it('gives a unit out of the bottom three nothing, and follows the window of the policy', () => {
      const top = { issuedLetters: [{ ...letter, unitId: 'a' }], heldInterviews: [{ ...interview, unitId: 'a' }] };
      expect(stillBottomAfterInterview.propose(ladder(top), DEFAULT_POLICY)).toEqual([]);
      expect(stillBottomAfterInterview.propose(ladder(), { ...DEFAULT_POLICY, ladderDays: 30 })).toEqual([]);
    });
  });

  it('writes every reason in full-width punctuation, the counties counted as 县（区）', () => {
    const counties = level({
      level: 'COUNTY',
      rankingName: '县局',
      dekads: [ranking('上旬', '2026-05-01', { x: 1, y: 2 }), ranking('中旬', '2026-05-11', { x: 1, y: 2 })],
      month: { label: '2026年5月', units: [unit('y', { cases: 12, warningsReceived: 5 }, { cases: 2 })] },
    });
    const figures = given({
      levels: [level(), counties],
      overdueLetters: [{ letterId: 'L1', number: null, title: '关于压降发案的提示', unitId: 'a', unitName: 'a所', deadline: '2026-05-20' }],
      listings: [
        {
          listingId: 'GP-1',
          stationId: 'a',
          stationName: 'a所',
          township: '城关镇',
          listedOn: '2026-04-01',
          exitMet: false,
          unmet: ['x', 'y'],
        },
      ],
      issuedLetters: [{ letterId: 'L2', number: '明公基管提〔2026〕3号', unitId: 'e', issuedOn: '2026-04-02' }],
      heldInterviews: [{ interviewId: 'YT-1', unitId: 'e', heldOn: '2026-05-06' }],
    });
    const reasons = suggest(figures).map((s) => s.reason);
    expect(new Set(suggest(figures).map((s) => s.rule)).size).toBe(6);
    expect(reasons).toContain('y所在全市县局排名中连续两旬处于后三位：上旬在2个县（区）中排名末位，中旬在2个县（区）中排名末位');
    expect(reasons.filter((reason) => ASCII_BESIDE_CHINESE.test(reason))).toEqual([]);
  });

  it('runs every rule over every level', () => {
    const counties = level({
      level: 'COUNTY',
      rankingName: '县局',
      dekads: [ranking('上旬', '2026-05-01', { x: 1, y: 2 }), ranking('中旬', '2026-05-11', { x: 1, y: 2 })],
      month: { label: '2026年5月', units: [unit('y', { cases: 4, warningsReceived: 5 })] },
    });
    expect(suggest(given({ levels: [level(), counties] })).map((s) => s.key)).toEqual([
      'BOTTOM_TWO_DEKADS:c:2026-05-11',
      'BOTTOM_TWO_DEKADS:d:2026-05-11',
      'BOTTOM_TWO_DEKADS:e:2026-05-11',
      'BOTTOM_TWO_DEKADS:y:2026-05-11',
      'CASES_UP_YEAR_ON_YEAR:y:2026-05',
      'FACE_TO_FACE_UNDER_TARGET:y:2026-05',
    ]);
  });
});
