import { ActionItem, ledgerItems, supervisionOverview } from './supervision-overview';

const item = (over: Partial<ActionItem>): ActionItem => ({
  kind: 'LETTER',
  id: 'x',
  countyId: 'c1',
  title: 't',
  status: 'ISSUED',
  statusLabel: '已下发',
  open: true,
  overdue: false,
  deadline: '2026-04-30',
  countedOn: '2026-04-10',
  township: false,
  ...over,
});

describe('supervisionOverview', () => {
  it('counts only items whose day falls in the period, and townships among listings', () => {
    const items = [
      item({ id: 'l1' }),
      item({ id: 'l2', countedOn: '2026-03-31' }),
      item({ id: 'draft', countedOn: null, open: false }),
      item({ kind: 'INTERVIEW', id: 'i1' }),
      item({ kind: 'LISTING', id: 'g1', township: true }),
      item({ kind: 'LISTING', id: 'g2' }),
    ];
    expect(supervisionOverview(items, '2026-04-01', '2026-04-21')).toMatchObject({
      letters: 1,
      interviews: 1,
      listings: 2,
      townshipsListed: 1,
      summary: '2026年4月1日至2026年4月21日：挂牌整治2处（其中乡镇街道1个），约谈1次，下发工作提示函1份',
    });
  });

  it('groups open items per county by kind and status, and lists overdue items by deadline', () => {
    const items = [
      item({ id: 'a', countyId: 'c2', overdue: true, status: 'OVERDUE', statusLabel: '逾期', deadline: '2026-04-20' }),
      item({ id: 'b', countyId: 'c1' }),
      item({ id: 'c', countyId: 'c1' }),
      item({ kind: 'LISTING', id: 'd', countyId: 'c1', overdue: true, status: 'OVERDUE', statusLabel: '逾期', deadline: '2026-04-05' }),
      item({ id: 'closed', countyId: 'c3', open: false, status: 'CLOSED' }),
    ];
    const overview = supervisionOverview(items, '2026-04-01', '2026-04-30');
    expect(overview.openByCounty).toEqual([
      {
        countyId: 'c1',
        counts: [
          { kind: 'LETTER', status: 'ISSUED', statusLabel: '已下发', count: 2 },
          { kind: 'LISTING', status: 'OVERDUE', statusLabel: '逾期', count: 1 },
        ],
      },
      { countyId: 'c2', counts: [{ kind: 'LETTER', status: 'OVERDUE', statusLabel: '逾期', count: 1 }] },
    ]);
    expect(overview.overdue.map((o) => o.id)).toEqual(['d', 'a']);
  });

  it('keeps in the ledger the items counted in the period, by day, then letters before interviews before listings', () => {
    const items = [
      item({ kind: 'LISTING', id: 'g', countedOn: '2026-04-02' }),
      item({ kind: 'INTERVIEW', id: 'i', countedOn: '2026-04-02' }),
      item({ id: 'late', countedOn: '2026-04-22' }),
      item({ id: 'draft', countedOn: null }),
      item({ id: 'l', countedOn: '2026-04-01' }),
      item({ id: 'k', countedOn: '2026-04-02' }),
    ];
    expect(ledgerItems(items, '2026-04-01', '2026-04-21').map((i) => i.id)).toEqual(['l', 'k', 'i', 'g']);
  });
});
