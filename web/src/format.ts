/** Figures as officers write them: amounts in 元 below ten thousand and 万元 from there, changes with their sign. */

const FEN_PER_WAN = 1_000_000;

/**
 * A decimal yuan string ("52012000.50") as 5201.20万元 or 3500元, rounded half up, exactly (no
 * floating point). Nothing is written as 0 with a unit ("0元" reads oddly): a plain 0.
 */
export function formatAmount(yuan: string): string {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(yuan);
  if (!match) return yuan;
  const [, sign, whole, cents = ''] = match;
  const fen = BigInt(whole) * 100n + BigInt(cents.padEnd(2, '0'));
  if (fen === 0n) return '0';
  if (fen < BigInt(FEN_PER_WAN)) {
    const decimals = fen % 100n === 0n ? '' : `.${String(fen % 100n).padStart(2, '0')}`;
    return `${sign}${fen / 100n}${decimals}元`;
  }
  const hundredths = (fen + BigInt(FEN_PER_WAN / 200)) / BigInt(FEN_PER_WAN / 100);
  return `${sign}${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}万元`;
}

/** A count with what it counts in (3起, 47,780人); 0 alone, never "0人". */
export function formatCount(value: number | string, unit: string): string {
  const n = Number(value);
  if (n === 0) return '0';
  return `${Number.isInteger(n) ? n.toLocaleString('zh-CN') : value}${unit}`;
}

/** "+378.4" → "+378.4%"; null (last year was 0) → "—". */
export const formatChange = (percent: string | null | undefined): string => (percent == null ? '—' : `${percent}%`);

export const formatScore = (score: number): string => score.toFixed(2);

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** A moment as officers in Fujian read it, e.g. 08:05:31. */
export const formatTime = (at: Date): string => TIME.format(at);

const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Asia/Shanghai as YYYY-MM-DD, the business day of the service. */
export const shanghaiToday = (now = new Date()): string => DAY.format(now);

const CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Now in Asia/Shanghai as YYYY-MM-DDTHH:mm:ss: what a time field of a form starts at. */
export function shanghaiNow(now = new Date()): string {
  const part = Object.fromEntries(CLOCK.formatToParts(now).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`;
}

/** A time entered on a form (Asia/Shanghai, YYYY-MM-DDTHH:mm:ss) as the service takes it, with its offset. */
export const shanghaiInstant = (local: string): string => `${local}+08:00`;

const INSTANT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant as officers read it: 2026年11月20日 10:05, Asia/Shanghai. */
export const formatInstant = (iso: string): string => INSTANT.format(new Date(iso));

/** Amounts the API names without a unit ("loss", "recovered" …) written in 元/万元, counts as they are. */
const AMOUNTS = new Set(['loss', 'stopped', 'frozen', 'returned', 'recovered', 'averted']);
export const formatAmountsIn = (indicator: string, value: string): string => (AMOUNTS.has(indicator) ? formatAmount(value) : value);

/** 2026-11-20 → 2026年11月20日, as officers write a day. */
export const formatDay = (day: string): string => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/**
 * A place among those ranked as officers write it (the service's rankAmong does the same for its
 * documents): 末位 for the last, the rest of the bottom three counted from the end too.
 */
export function formatPlace(rank: number, of: number): string {
  if (rank === of && of > 1) return '末位';
  const fromLast = of - rank + 1;
  return fromLast <= 3 && rank > 1 ? `第${rank}位（倒数第${fromLast}位）` : `第${rank}位`;
}

/** A count as officers read it, with thousands separators: 12,345. */
export const formatNumber = (value: number): string => value.toLocaleString('zh-CN');

/** A file's size: 0.8 KB, 12.3 KB, 1,024.5 MB. */
export function formatBytes(bytes: number): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${value.toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${unit}`;
}
