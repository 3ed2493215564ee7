import { createReadStream } from 'node:fs';
import { extname } from 'node:path';

/**
 * The data rows of a CSV file by its line ends, to size a progress bar (a line break inside a
 * quoted cell counts as a row); undefined for XLSX, whose rows are known only once read.
 */
export async function estimateRows(file: string): Promise<number | undefined> {
  if (extname(file).toLowerCase() !== '.csv') return undefined;
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
    last = chunk[chunk.length - 1];
  }
  return Math.max(0, lines - 1 + (last === 0x0a ? 0 : 1));
}
