import { Clock } from '../src/common/clock';
import { EventStore } from '../src/event-store/event-store.port';
import { GraphqlWsClient, GraphqlSubscription } from './support/graphql-ws-client';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const FIELDS = `unreadCount readUpTo latestPosition items { id kind kindLabel title detail at position read itemId link }`;
const NOTIFICATIONS = `query { notifications { ${FIELDS} } }`;
const MARK = `mutation($upTo: String!) { markNotificationsRead(upTo: $upTo) { eventIds duplicate notifications { ${FIELDS} } } }`;
const CHANGES = `subscription { notificationsChanged(limit: 5) { ${FIELDS} } }`;

interface Item {
  id: string;
  kind: string;
  kindLabel: string;
  title: string;
  detail: string | null;
  at: string;
  position: string;
  read: boolean;
  itemId: string;
  link: string;
}
interface Notifications {
  unreadCount: number;
  readUpTo: string;
  latestPosition: string;
  items: Item[];
}

interface Marked {
  eventIds: string[];
  duplicate: boolean;
  notifications: Notifications;
}

/** 通知 (issue 16, screen 9): what is addressed to an officer, read marks as events, pushed live. */
describe('notifications (通知)', () => {
  let t: TestApp;
  let ws: GraphqlWsClient;
  let changes: GraphqlSubscription<{ notificationsChanged: Notifications }>;
  const token = (subject: string, role: string, units: string[] = []) => `Bearer ${t.tokens.mint({ subject, role: role as never, units })}`;
  let officers: Record<'sxChief' | 'dtChief' | 'stationChief' | 'staff' | 'otherStaff' | 'leadership', string>;

  const as = async <T = Record<string, any>>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { data, errors } = await t.gql<T>(query, variables, { authorization: who });
    if (errors) throw new Error(JSON.stringify(errors));
    return data!;
  };
  const bell = async (who: string) => (await as<{ notifications: Notifications }>(who, NOTIFICATIONS)).notifications;
  const step = (who: string, mutation: string, type: string, input: Record<string, unknown>) =>
    as(who, `mutation($input: ${type}!) { ${mutation}(input: $input) { __typename } }`, { input });

  beforeAll(async () => {
    t = await startTestApp();
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-05-15');
    await buildSmallCity(t);
    officers = {
      sxChief: token('chief-county-sx', 'COUNTY_CHIEF', ['county-sx']),
      dtChief: token('chief-county-dt', 'COUNTY_CHIEF', ['county-dt']),
      stationChief: token('chief-st-a', 'STATION_CHIEF', ['st-a']),
      staff: token('kp-zhang', 'EVALUATION_STAFF'),
      otherStaff: token('kp-li', 'EVALUATION_STAFF'),
      leadership: token('ld-zheng', 'LEADERSHIP'),
    };
    ws = await GraphqlWsClient.connect(t.url, { authorization: officers.sxChief });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await ws.close();
    await t.close();
  });

  it('pushes the bell at once on subscribing: nothing yet', async () => {
    changes = await ws.subscribe(CHANGES);
    expect((await changes.next()).data!.notificationsChanged).toEqual({ unreadCount: 0, readUpTo: '0', latestPosition: '0', items: [] });
  });

  it("tells the county's chief, and no other county's, of a letter issued to his county, and pushes it to him", async () => {
    await step(officers.staff, 'draftLetter', 'DraftLetterInput', {
      letterId: 'N-1',
      unitId: 'county-sx',
      title: '关于电诈发案上升的工作提示',
      findings: '5月以来发案上升。',
      requirements: ['加强预警劝阻'],
      deadline: '2026-05-31',
      evidence: { unitId: 'county-sx', period: { kind: 'MONTH', day: '2026-05-01' } },
    });
    // A draft is nobody's news yet.
    expect((await bell(officers.sxChief)).unreadCount).toBe(0);
    await step(officers.staff, 'issueLetter', 'LetterStepInput', { letterId: 'N-1' });

    const mine = await bell(officers.sxChief);
    expect(mine).toMatchObject({ unreadCount: 1, readUpTo: '0' });
    expect(mine.items).toEqual([
      {
        id: 'LETTER_ISSUED:N-1',
        kind: 'LETTER_ISSUED',
        kindLabel: '工作提示函',
        title: '收到工作提示函：明公基管提〔2026〕1号',
        detail: '关于电诈发案上升的工作提示',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+08:00$/),
        position: mine.latestPosition,
        read: false,
        itemId: 'N-1',
        link: '/letters?letter=N-1',
      },
    ]);
    expect(await bell(officers.dtChief)).toMatchObject({ unreadCount: 0, items: [] });
    // Addressed to the county, not to its station; nor is it news for staff or leadership.
    expect(await bell(officers.stationChief)).toMatchObject({ unreadCount: 0, items: [] });
    expect(await bell(officers.leadership)).toMatchObject({ unreadCount: 0, items: [] });

    const pushed = (await changes.next()).data!.notificationsChanged;
    expect(pushed).toMatchObject({ unreadCount: 1, items: [{ id: 'LETTER_ISSUED:N-1', read: false }] });
  });

  it('marks read up to a position as an event: the count falls to zero, for him only, and the push says so', async () => {
    const { latestPosition } = await bell(officers.sxChief);
    const marked = (await as<{ markNotificationsRead: Marked }>(officers.sxChief, MARK, { upTo: latestPosition })).markNotificationsRead;
    expect(marked.eventIds).toHaveLength(1);
    expect(marked.notifications).toMatchObject({
      unreadCount: 0,
      readUpTo: latestPosition,
      items: [{ id: 'LETTER_ISSUED:N-1', read: true }],
    });
    expect((await changes.next()).data!.notificationsChanged).toMatchObject({ unreadCount: 0, items: [{ read: true }] });
    expect(await bell(officers.sxChief)).toMatchObject({ unreadCount: 0 });

    // Marking the same again records nothing; a position the log has not reached is refused in Chinese.
    const head = await t.app.get(EventStore).headPosition();
    const again = (await as<{ markNotificationsRead: Marked }>(officers.sxChief, MARK, { upTo: latestPosition })).markNotificationsRead;
    expect(again).toMatchObject({ eventIds: [], duplicate: true, notifications: { unreadCount: 0 } });
    expect(await t.app.get(EventStore).headPosition()).toBe(head);
    const { errors } = await t.gql(MARK, { upTo: '999999' }, { authorization: officers.sxChief });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(errors?.[0].message).toContain('已读位置 999999 尚未出现');
    const bad = await t.gql(MARK, { upTo: 'latest' }, { authorization: officers.sxChief });
    expect(bad.errors?.[0].message).toContain('已读位置须为通知的 position');
  });

  it("tells evaluation staff of an answer, each officer keeping his own read mark (never another's cached answer)", async () => {
    await step(officers.staff, 'deliverLetter', 'LetterStepInput', { letterId: 'N-1' });
    await step(officers.sxChief, 'acknowledgeLetter', 'AcknowledgeLetterInput', { letterId: 'N-1', signedBy: '王强' });
    await step(officers.sxChief, 'answerLetter', 'AnswerLetterInput', { letterId: 'N-1', measures: '已逐条落实。' });

    for (const who of [officers.staff, officers.otherStaff]) {
      expect(await bell(who)).toMatchObject({
        unreadCount: 1,
        items: [
          { kind: 'LETTER_ANSWERED', title: '工作提示函已回复：明公基管提〔2026〕1号', detail: '沙县分局', link: '/letters?letter=N-1' },
        ],
      });
    }
    const { latestPosition } = await bell(officers.staff);
    await as(officers.staff, MARK, { upTo: latestPosition });
    expect((await bell(officers.staff)).unreadCount).toBe(0);
    expect((await bell(officers.otherStaff)).unreadCount).toBe(1);
    // The chief's own answer is not news to him: his bell did not move.
    expect((await bell(officers.sxChief)).unreadCount).toBe(0);
  });

  it('tells staff of an appeal filed, and the officer who filed it of its outcome', async () => {
    const { fileAppeal } = await as<{ fileAppeal: { appealId: string } }>(
      officers.stationChief,
      `mutation($input: FileAppealInput!) { fileAppeal(input: $input) { appealId } }`,
      { input: { chiefId: 'chief-st-a', unitId: 'st-a', from: '2026-05-14', reason: '该日预警已见面' } },
    );
    expect((await bell(officers.otherStaff)).items[0]).toMatchObject({
      kind: 'APPEAL_FILED',
      title: '收到申诉：林建国（凤岗派出所）',
      detail: '该日预警已见面',
      link: `/appeals?appeal=${fileAppeal.appealId}`,
    });
    expect((await bell(officers.stationChief)).unreadCount).toBe(0);

    await step(officers.staff, 'reviewAppeal', 'ReviewAppealInput', {
      appealId: fileAppeal.appealId,
      outcome: 'UPHELD',
      reasoning: '核实无误。',
    });
    expect(await bell(officers.stationChief)).toMatchObject({
      unreadCount: 1,
      items: [{ kind: 'APPEAL_DECIDED', title: '申诉已复核：维持原结果', detail: '凤岗派出所2026年5月14日得分', read: false }],
    });
    // The county's chief hears of his station's appeal only through its figures, not as its appellant.
    expect((await bell(officers.sxChief)).unreadCount).toBe(0);
  });

  it('refuses a limit out of range, naming it', async () => {
    const { errors } = await t.gql(`query { notifications(limit: 0) { unreadCount } }`, {}, { authorization: officers.staff });
    expect(errors?.[0].message).toContain('limit');
  });
});
