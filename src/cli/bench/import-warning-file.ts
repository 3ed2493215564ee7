import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { buildDemoCity } from '../demo/demo-organization';

/** The header of the warning platform's export, as the `warning-platform-instructions` mapping reads it. */
const HEADER = '指令编号,接收单位,下发时间,预警类型,处置时限,联系时间,联系方式,劝阻结果,案件编号';
const KINDS = ['资金预警', '电话预警', '短信预警', 'APP预警'];
/** The demo organisation exists from 2025-01-01; the rows run from the next day over this many days (to 2026-11-30). */
const FIRST_DAY = Date.UTC(2025, 0, 2);
const DAYS = 698;
const LINES_PER_WRITE = 2_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A Beijing time as the platform writes it, `2026/10/01 08:05:00`, `minutes` after midnight of day `day` of the span. */
function platformTime(day: number, minutes: number): string {
  const date = new Date(FIRST_DAY + day * 86_400_000);
  return `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;
}

/**
 * A warning-platform export of `rows` instructions received and not yet followed up (the contact
 * columns empty: one `receiveWarning` fact a row), for the demo city's 120 stations in turn, in the
 * order of their times as an export lists them (spread evenly from 2025-01-02 to 2026-11-30), with
 * instruction numbers `<prefix>00000000` onwards. UTF-8 with a BOM and CRLF, as Excel saves it;
 * written as a stream, so a million rows never sit in memory.
 */
export async function writeWarningFile(path: string, rows: number, prefix: string): Promise<void> {
  const stations = buildDemoCity().stations.map((s) => s.name);
  const out = createWriteStream(path);
  const written = once(out, 'finish');
  out.write(`\uFEFF${HEADER}\r\n`);
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const day = Math.floor((i * DAYS) / rows);
    const minutes = 8 * 60 + (i % 720);
    const received = platformTime(day, minutes);
    const deadline = platformTime(day + 1, minutes);
    lines.push(`${prefix}${pad(i, 8)},${stations[i % stations.length]},${received},${KINDS[i % KINDS.length]},${deadline},,,,`);
    if (lines.length === LINES_PER_WRITE || i === rows - 1) {
      if (!out.write(`${lines.join('\r\n')}\r\n`)) await once(out, 'drain');
      lines = [];
    }
  }
  out.end();
  await written;
}

/**
 * `count` `receiveWarning` facts as `recordFacts` takes them (`FactInput`), for the demo city's
 * stations (by id), each with its own instruction number `<prefix><n>`, on days of 2026: the
 * fields a platform must send and no more, since 1,000 of them must fit in the service's 256 KiB
 * body limit (about 200 bytes a fact).
 */
export function warningFacts(count: number, prefix: string, stationIds: string[]): Array<{ receiveWarning: Record<string, string> }> {
  return Array.from({ length: count }, (_, n) => {
    const date = new Date(Date.UTC(2026, 0, 2) + (n % 300) * 86_400_000).toISOString().slice(0, 10);
    const minutes = 8 * 60 + (n % 600);
    const instructionId = `${prefix}${pad(n, 4)}`;
    return {
      receiveWarning: {
        unitId: stationIds[n % stationIds.length],
        instructionId,
        kind: 'FUND',
        occurredAt: `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}+08:00`,
        deadline: `${date}T23:59+08:00`,
        idempotencyKey: `wp:${instructionId}`,
      },
    };
  });
}
