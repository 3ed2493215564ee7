/**
 * Chinese systems export CSV as UTF-8 (often with a byte-order mark, which Excel needs) or as
 * GBK/GB2312. GB18030 decodes both of the latter, and text in it is almost never valid UTF-8, so
 * the first bytes decide: a BOM or valid UTF-8 is UTF-8, anything else GB18030.
 */
export type CsvEncoding = 'utf-8' | 'gb18030';

/** How many bytes of the file are looked at: many rows of any export. */
export const SNIFF_BYTES = 64 * 1024;

export function detectEncoding(head: Uint8Array): CsvEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  try {
    // stream: a character cut in two at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}
