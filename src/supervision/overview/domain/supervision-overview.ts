import { chineseDate } from '../../../common/chinese-date';
import { Day } from '../../../common/business-day';

export const ACTION_KINDS = ['LETTER', 'INTERVIEW', 'LISTING'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_KIND_LABELS: Record<ActionKind, string> = { LETTER: '工作提示函', INTERVIEW: '约谈', LISTING: '挂牌整治' };

/** One letter, interview or listing as the overview counts it, its status read today. */
export interface ActionItem {
  kind: ActionKind;
  id: string;
  countyId: string;
  /** What an officer recognises it by: a letter's number and title, an interview's target, a listed place. */
  title: string;
  status: string;
  statusLabel: string;
  open: boolean;
  overdue: boolean;
  deadline: Day | null;
  /** The day it counts for: a letter's issue, an interview held (else ordered), a listing placed; null while a draft. */
  countedOn: Day | null;
  /** A listing of a township/street (乡镇街道) rather than a whole defense area. */
  township: boolean;
}

export interface StatusCount {
  kind: ActionKind;
  status: string;
  statusLabel: string;
  count: number;
}

export interface SupervisionOverview {
  from: Day;
  to: Day;
  letters: number;
  interviews: number;
  listings: number;
  townshipsListed: number;
  /** E.g. "2026年4月1日至2026年4月21日：挂牌整治乡镇（街道）6个，约谈9次，下发工作提示函26份". */
  summary: string;
  /** Open items per county, counted by kind and status. */
  openByCounty: Array<{ countyId: string; counts: StatusCount[] }>;
  overdue: ActionItem[];
}

/** Counts for the period from the items' days, open items by county and status, and what is overdue now. */
export function supervisionOverview(items: ActionItem[], from: Day, to: Day): SupervisionOverview {
  const inPeriod = (kind: ActionKind) =>
    items.filter((i) => i.kind === kind && i.countedOn !== null && i.countedOn >= from && i.countedOn <= to);
  const [letters, interviews, listings] = ACTION_KINDS.map((kind) => inPeriod(kind).length);
  const townshipsListed = inPeriod('LISTING').filter((i) => i.township).length;
  const listed =
    townshipsListed === listings ? `挂牌整治乡镇（街道）${townshipsListed}个` : `挂牌整治${listings}处（其中乡镇街道${townshipsListed}个）`;
  return {
    from,
    to,
    letters,
    interviews,
    listings,
    townshipsListed,
    summary: `${chineseDate(from)}至${chineseDate(to)}：${listed}，约谈${interviews}次，下发工作提示函${letters}份`,
    openByCounty: openByCounty(items.filter((i) => i.open)),
    overdue: items.filter((i) => i.overdue).sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.id.localeCompare(b.id)),
  };
}

function openByCounty(open: ActionItem[]): SupervisionOverview['openByCounty'] {
  const counties = new Map<string, Map<string, StatusCount>>();
  for (const item of open) {
    const counts = counties.get(item.countyId) ?? new Map<string, StatusCount>();
    counties.set(item.countyId, counts);
    const key = `${item.kind}:${item.status}`;
    const count = counts.get(key) ?? { kind: item.kind, status: item.status, statusLabel: item.statusLabel, count: 0 };
    counts.set(key, { ...count, count: count.count + 1 });
  }
  return [...counties].sort(([a], [b]) => a.localeCompare(b)).map(([countyId, counts]) => ({ countyId, counts: [...counts.values()] }));
}

/** The 督导台账 of a period: the items counted in it, by day, then kind in ladder order, then id. */
export function ledgerItems(items: ActionItem[], from: Day, to: Day): ActionItem[] {
  return items
    .filter((i) => i.countedOn !== null && i.countedOn >= from && i.countedOn <= to)
    .sort(
      (a, b) =>
        a.countedOn!.localeCompare(b.countedOn!) || ACTION_KINDS.indexOf(a.kind) - ACTION_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id),
    );
}
