import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { Change, Row } from '../../read-store/read-store.port';
import { NOTIFICATIONS, NOTIFICATION_MARKS, notificationsProjection as projection } from './notifications.projection';

const at = (position: bigint) => `2026-12-06T0${position % 10n}:05:00.000Z`;
const stored = (type: string, data: unknown, position: bigint, subject = 'kp-zhang') =>
  storedEvent(type, data, { position, metadata: { recordedAt: at(position), actor: { subject, role: 'EVALUATION_STAFF' } } });

/** The rows the changes leave, as a read store keeps them: upserts set only the columns they name. */
function fold(events: ReturnType<typeof stored>[]): Record<string, Row> {
  const rows: Record<string, Row> = {};
  const apply = (change: Change) => {
    if (change.table !== NOTIFICATIONS) return;
    if (change.op === 'upsert') rows[String(change.key.id)] = { ...rows[String(change.key.id)], ...change.key, ...change.values };
    else if (change.op === 'delete') delete rows[String(change.key.id)];
    else throw new Error(`unexpected ${change.op}`);
  };
  for (const event of events) projection.project(event).forEach(apply);
  return rows;
}

const addressee = { unitId: 'st-a', name: '凤岗派出所', level: 'STATION', countyId: 'county-sx' };
const drafted = (letterId = 'L-3') =>
  stored(
    'LetterDrafted',
    { letterId, addressee, title: '关于发案上升的工作提示', findings: '…', requirements: ['…'], deadline: '2026-12-20' },
    11n,
  );
const issued = (letterId = 'L-3') =>
  stored(
    'LetterIssued',
    { letterId, year: 2026, sequence: 3, number: '明公基管提〔2026〕3号', issuer: '三明市公安局', issuedOn: '2026-12-06' },
    13n,
  );
const answered = (position: bigint) =>
  stored(
    'LetterAnswered',
    { letterId: 'L-3', measures: '…', answeredOn: '2026-12-08', deadline: '2026-12-20', late: false },
    position,
    'chief-a',
  );

describe('notifications projection', () => {
  it('keeps a drafted letter unseen (position 0) and tells its unit once it is issued, with its number', () => {
    expect(projection.project(drafted())).toEqual([
      {
        op: 'upsert',
        table: NOTIFICATIONS,
        key: { id: 'LETTER_ISSUED:L-3' },
        values: {
          kind: 'LETTER_ISSUED',
          audience: 'UNIT',
          unitId: 'st-a',
          countyId: 'county-sx',
          subject: null,
          title: '收到工作提示函',
          detail: '关于发案上升的工作提示',
          itemId: 'L-3',
          link: '/letters?letter=L-3',
          position: 0,
          at: null,
        },
      },
      expect.objectContaining({ key: { id: 'LETTER_ANSWERED:L-3' }, values: expect.objectContaining({ audience: 'STAFF', position: 0 }) }),
    ]);
    const revised = stored('LetterDraftRevised', { letterId: 'L-3', title: '关于电诈发案同比上升的工作提示' }, 12n);
    expect(fold([drafted(), revised, issued()])['LETTER_ISSUED:L-3']).toEqual({
      id: 'LETTER_ISSUED:L-3',
      kind: 'LETTER_ISSUED',
      audience: 'UNIT',
      unitId: 'st-a',
      countyId: 'county-sx',
      subject: null,
      title: '收到工作提示函：明公基管提〔2026〕3号',
      detail: '关于电诈发案同比上升的工作提示',
      itemId: 'L-3',
      link: '/letters?letter=L-3',
      position: 13,
      at: at(13n),
    });
  });

  it('tells evaluation staff of the latest answer to a letter, naming the letter and the unit', () => {
    const rows = fold([drafted(), issued(), answered(15n)]);
    expect(rows['LETTER_ANSWERED:L-3']).toMatchObject({
      audience: 'STAFF',
      title: '工作提示函已回复：明公基管提〔2026〕3号',
      detail: '凤岗派出所',
      position: 15,
      at: at(15n),
    });
    // Returned and answered again: news again, at the new answer.
    expect(fold([drafted(), issued(), answered(15n), answered(19n)])['LETTER_ANSWERED:L-3']).toMatchObject({ position: 19 });
  });

  it('drops a withdrawn draft', () => {
    expect(fold([drafted(), stored('LetterWithdrawn', { letterId: 'L-3', reason: '重复' }, 12n)])).toEqual({});
  });

  it('tells a county of a problem on its list, and the unit concerned (its county too) of an interview ordered and a listing', () => {
    const problem = stored(
      'ProblemRaised',
      {
        problemId: 'P-1',
        countyId: 'county-sx',
        month: '2026-12',
        number: 2,
        unitId: 'st-a',
        origin: { kind: 'MANUAL' },
        title: '见面率偏低',
        description: '…',
        evidence: null,
        owner: { chiefId: 'chief-a', name: '林建国', role: 'STATION_CHIEF', unitId: 'st-a' },
        deadline: '2026-12-31',
      },
      21n,
    );
    const interview = stored(
      'InterviewOrdered',
      {
        interviewId: 'I-1',
        target: { kind: 'UNIT', unitId: 'county-sx', unitName: '沙县分局', chief: null },
        unitId: 'county-sx',
        countyId: 'county-sx',
        reason: '连续两旬排名末位',
      },
      22n,
    );
    const industry = stored(
      'InterviewOrdered',
      {
        interviewId: 'I-2',
        target: { kind: 'INDUSTRY', industry: 'BANK', organization: '某银行', personTitle: '行长', personName: '张三' },
        unitId: 'county-sx',
        countyId: 'county-sx',
        reason: '涉诈账户多',
      },
      23n,
    );
    const listing = stored(
      'ListingPlaced',
      {
        listingId: 'G-1',
        target: { stationId: 'st-a', stationName: '凤岗派出所', areaName: '凤岗防区', township: null },
        countyId: 'county-sx',
        reason: '发案居高不下',
        deadline: '2027-01-31',
      },
      24n,
    );
    expect(fold([problem, interview, industry, listing])).toEqual({
      'PROBLEM_RAISED:P-1': expect.objectContaining({
        unitId: 'county-sx',
        countyId: 'county-sx',
        title: '列入问题清单：见面率偏低',
        detail: '2026年12月问题清单第2项，整改期限2026年12月31日',
        link: '/problems?problem=P-1',
        position: 21,
      }),
      'INTERVIEW_ORDERED:I-1': expect.objectContaining({
        unitId: 'county-sx',
        title: '决定约谈：沙县分局',
        detail: '连续两旬排名末位',
        link: '/interviews?interview=I-1',
      }),
      'LISTING_PLACED:G-1': expect.objectContaining({
        unitId: 'st-a',
        countyId: 'county-sx',
        title: '挂牌整治：凤岗防区',
        detail: '整改期限2027年1月31日：发案居高不下',
        link: '/listings?listing=G-1',
      }),
    });
  });

  it('tells staff of an appeal filed, and the officer who filed it of its outcome once reviewed', () => {
    const filed = stored(
      'AppealFiled',
      {
        appealId: 'ap-1',
        appellant: { chiefId: 'chief-a', name: '林建国', role: 'STATION_CHIEF', unitId: 'st-a' },
        target: {
          unitId: 'st-a',
          unitName: '凤岗派出所',
          level: 'STATION',
          countyId: 'county-sx',
          from: '2026-12-01',
          to: '2026-12-01',
          fact: null,
        },
        reason: '该日预警已见面',
      },
      31n,
      'chief-a',
    );
    expect(fold([filed])).toEqual({
      'APPEAL_FILED:ap-1': expect.objectContaining({
        audience: 'STAFF',
        title: '收到申诉：林建国（凤岗派出所）',
        detail: '该日预警已见面',
        position: 31,
      }),
      'APPEAL_DECIDED:ap-1': expect.objectContaining({ audience: 'SUBJECT', subject: 'chief-a', position: 0 }),
    });
    const corrected = stored('AppealCorrected', { appealId: 'ap-1', reasoning: '…', corrections: [] }, 35n);
    expect(fold([filed, corrected])['APPEAL_DECIDED:ap-1']).toEqual({
      id: 'APPEAL_DECIDED:ap-1',
      kind: 'APPEAL_DECIDED',
      audience: 'SUBJECT',
      unitId: null,
      countyId: null,
      subject: 'chief-a',
      title: '申诉已复核：已更正',
      detail: '凤岗派出所2026年12月1日得分',
      itemId: 'ap-1',
      link: '/appeals?appeal=ap-1',
      position: 35,
      at: at(35n),
    });
    expect(fold([filed, stored('AppealWithdrawn', { appealId: 'ap-1', chiefId: 'chief-a', reason: null }, 33n)])).toEqual({
      'APPEAL_FILED:ap-1': expect.anything(),
    });
  });

  it("moves an officer's read mark", () => {
    expect(projection.project(stored('NotificationsRead', { subject: 'chief-a', upToPosition: '35' }, 40n, 'chief-a'))).toEqual([
      { op: 'upsert', table: NOTIFICATION_MARKS, key: { subject: 'chief-a' }, values: { upToPosition: 35, at: at(40n) } },
    ]);
  });

  it('maps nothing else', () => {
    expect(projection.project(stored('LetterDelivered', { letterId: 'L-3' }, 14n))).toEqual([]);
    expect(projection.project(stored('CaseFiled', { caseId: 'AJ-1' }, 14n))).toEqual([]);
    expect(projection.eventTypes).not.toContain('LetterDelivered');
  });
});
