import { Day } from '../../../common/business-day';
import { IssuingOffice } from './issuing-office';

/** A table in the body: its caption, column headers, relative column widths and rows of text. */
export interface DocumentTable {
  kind: 'table';
  caption: string | null;
  header: string[];
  /** Relative widths, one per column; the table spans the text width. */
  widths: number[];
  /** Columns whose cells are read as text rather than figures: aligned left, not centred. */
  textColumns: number[];
  rows: string[][];
}

/** What the body is made of: paragraphs (first line indented two characters), headings (一、…) and tables. */
export type DocumentBlock = { kind: 'paragraph'; text: string } | { kind: 'heading'; text: string } | DocumentTable;

/**
 * A 公文 after GB/T 9704-2012 as text: 版头 (the red 发文机关标志 and 发文字号), 主体 (title, 主送机关,
 * body, 落款 and 成文日期, 附注) and 版记. The HTML page and the PDF both lay out this one model, so
 * the two always say the same; each document (letter, problem list, interview, listing) only fills it.
 */
export interface OfficialDocument {
  /** The document's kind, printed after the organ in the masthead: "工作提示函", "约谈通知书"… */
  kind: string;
  /** 发文字号, e.g. "明公基管提〔2026〕26号"; null for a document that has none (the line is left out). */
  number: string | null;
  /** Stamped across a document not in force: 草稿, 已撤回, 已取消; null otherwise. */
  mark: string | null;
  title: string;
  /** 主送机关, printed with a full-width colon. */
  addressee: string;
  body: DocumentBlock[];
  /** 落款: the organ that signs, usually the office's organ. */
  signature: string;
  /** 成文日期. */
  date: Day;
  office: IssuingOffice;
}

export const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
export const heading = (text: string): DocumentBlock => ({ kind: 'heading', text });

/** 发文机关标志: the organ and the document's kind, e.g. "三明市公安局工作提示函". */
export const mastheadOf = (doc: OfficialDocument) => `${doc.office.organ}${doc.kind}`;

/** "抄送：沙县分局，市局反诈中心。": organs separated by commas, closed by a full stop; null with none. */
export const copyToLine = (office: IssuingOffice) => (office.copyTo.length ? `抄送：${office.copyTo.join('，')}。` : null);

/** The paragraph the 落款 must share a page with: the body's last, when it ends in one. */
export function closingParagraphIndex(body: DocumentBlock[]): number | null {
  const last = body.length - 1;
  return last >= 0 && body[last].kind === 'paragraph' ? last : null;
}

/** The width of the text block (版心): 210 mm less 28 mm left and 26 mm right, in points. */
export const TEXT_WIDTH_PT = ((210 - 28 - 26) * 72) / 25.4;

/**
 * The masthead's size in points: as large as GB/T 9704 allows a 发文机关标志 (about 40 pt), smaller
 * for a long organ name so that it stays on one line within the text block.
 */
export function mastheadSize(masthead: string): number {
  return Math.min(40, Math.floor((TEXT_WIDTH_PT * 0.96) / Math.max(1, [...masthead].length)));
}
