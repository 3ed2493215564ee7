import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRows } from './read-rows';

const ROWS = 200_000;
const gc = (globalThis as { gc?: () => void }).gc;

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'imports-memory-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function writeLargeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('\uFEFF指令编号,接收单位,下发时间,预警类型,处置时限,联系时间,联系方式,劝阻结果\r\n');
  for (let i = 0; i < ROWS; i++) {
    const line = `ZL${String(i).padStart(9, '0')},城关派出所,2025-01-17 11:30:04,资金预警,2025-01-17 13:30:04,2025-01-17 12:00:00,见面,"劝阻成功，群众表示知晓"\r\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('readRows on a large file', () => {
  it(`streams ${ROWS} rows without holding them${gc ? ', the heap staying small' : ''}`, async () => {
    const path = join(dir, 'large.csv');
    await writeLargeCsv(path);
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    let last = 0;
    let peak = before;
    for await (const row of readRows(path)) {
      count++;
      last = row.row;
      if (gc && count % 50_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    expect(count).toBe(ROWS);
    expect(last).toBe(ROWS + 1);
    if (gc) expect(peak - before).toBeLessThan(50 * 1024 * 1024);
  });
});
