import PDFDocument from 'pdfkit';
import { startOfBusinessDay } from '../../../common/business-day';
import { chineseDate } from '../../../common/chinese-date';
import { DocumentFonts } from './document-fonts';
import { DocumentTable, OfficialDocument, closingParagraphIndex, copyToLine, mastheadOf, mastheadSize } from './official-document';

type Pdf = PDFKit.PDFDocument;

const MM = 72 / 25.4;
/** GB/T 9704: 天头 37 mm, 订口 28 mm; the text block 156 × 225 mm leaves 26 mm right and 35 mm at the foot. */
const MARGIN = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
const RED = '#cc0000';
/** 3号 body, 2号 title, 4号 page numbers and 版记, 5号 tables (points). */
const SIZE = { body: 16, title: 22, foot: 14, table: 10.5 };
/** 22 lines to the page, as GB/T 9704 sets them: the distance from one body line to the next. */
const PITCH = (225 * MM) / 22;
const EM = SIZE.body;
const CELL_PADDING = 4;

/**
 * The document as an A4 PDF after GB/T 9704, in the layout of its HTML page. Fonts are embedded as
 * subsets, so the text layer reads back as the Chinese text. The creation date is the document's
 * own, so the same document always gives the same bytes.
 */
export function documentPdf(doc: OfficialDocument, fonts: DocumentFonts): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    lang: 'zh-CN',
    displayTitle: true,
    // Page numbers are written once the page count is known.
    bufferPages: true,
    info: {
      Title: `${doc.kind} ${doc.number ?? doc.title}`,
      Subject: doc.title,
      Author: doc.signature,
      CreationDate: new Date(startOfBusinessDay(doc.date)),
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('body', fonts.body);
  pdf.registerFont('title', fonts.title);
  pdf.registerFont('heading', fonts.heading);

  if (doc.mark) stamp(pdf, doc.mark);
  head(pdf, doc);
  body(pdf, doc);
  imprint(pdf, doc);
  pageNumbers(pdf);
  pdf.end();
  return done;
}

const width = (pdf: Pdf) => pdf.page.width - MARGIN.left - MARGIN.right;
const right = (pdf: Pdf) => pdf.page.width - MARGIN.right;
const bottom = (pdf: Pdf) => pdf.page.height - MARGIN.bottom;

/** The gap pdfkit adds below a body line so that lines fall PITCH apart. */
function bodyFont(pdf: Pdf, font: 'body' | 'heading' = 'body'): { lineGap: number } {
  pdf.font(font).fontSize(SIZE.body).fillColor('black');
  return { lineGap: Math.max(0, PITCH - pdf.currentLineHeight(true)) };
}

/** 版头: the red masthead, the 发文字号 two lines below it, the red rule 4 mm under that; then title and 主送. */
function head(pdf: Pdf, doc: OfficialDocument) {
  const masthead = mastheadOf(doc);
  pdf
    .font('title')
    .fontSize(mastheadSize(masthead))
    .fillColor(RED)
    .text(masthead, MARGIN.left, MARGIN.top, { width: width(pdf), align: 'center', lineBreak: false });
  let y = MARGIN.top + pdf.currentLineHeight() + PITCH;
  if (doc.number !== null) {
    const { lineGap } = bodyFont(pdf);
    pdf.text(doc.number, MARGIN.left, y, { width: width(pdf), align: 'center', lineGap });
    y = pdf.y - lineGap;
  }
  const ruleY = y + 4 * MM;
  pdf.moveTo(MARGIN.left, ruleY).lineTo(right(pdf), ruleY).lineWidth(1.5).strokeColor(RED).stroke();

  pdf.font('title').fontSize(SIZE.title).fillColor('black');
  pdf.text(doc.title, MARGIN.left, ruleY + 1.5 * PITCH, { width: width(pdf), align: 'center', lineGap: 6 });
  const { lineGap } = bodyFont(pdf);
  pdf.text(`${doc.addressee}：`, MARGIN.left, pdf.y + PITCH / 2, { width: width(pdf), lineGap });
}

/** 正文, then the 落款 and 成文日期 (with the 附注), which never stand alone on a page. */
function body(pdf: Pdf, doc: OfficialDocument) {
  const closing = closingParagraphIndex(doc.body);
  const closingHeight = (doc.office.contact ? 4 : 3) * PITCH;
  doc.body.forEach((block, index) => {
    if (block.kind === 'table') return table(pdf, block);
    const options = { width: width(pdf), indent: 2 * EM, ...bodyFont(pdf, block.kind === 'heading' ? 'heading' : 'body') };
    // A heading never ends a page: it goes over with what comes under it (the first line, the last
    // paragraph and the signature, or the start of a table).
    if (block.kind === 'heading') {
      const next = doc.body[index + 1];
      const under =
        index + 1 === closing && next.kind === 'paragraph'
          ? pdf.heightOfString(next.text, options) + closingHeight
          : next?.kind === 'table'
            ? 3 * PITCH
            : PITCH;
      if (pdf.y + pdf.heightOfString(block.text, options) + under > bottom(pdf)) pdf.addPage();
    }
    if (index === closing) {
      // The signature must not open a page by itself: when the last paragraph fits on this page but
      // the signature under it would not, the paragraph goes over to the next page with it.
      const height = pdf.heightOfString(block.text, options);
      if (pdf.y + height <= bottom(pdf) && pdf.y + height + closingHeight > bottom(pdf)) pdf.addPage();
    }
    pdf.text(block.text, MARGIN.left, pdf.y, options);
  });
  if (pdf.y + closingHeight > bottom(pdf)) pdf.addPage();
  signature(pdf, doc);
}

/** 发文机关署名 right, two characters in; 成文日期 under it, two characters further right (GB/T 9704, 7.3.5.2). */
function signature(pdf: Pdf, doc: OfficialDocument) {
  bodyFont(pdf);
  const date = chineseDate(doc.date);
  const signatureX = right(pdf) - 2 * EM - pdf.widthOfString(doc.signature);
  const dateX = Math.min(signatureX + 2 * EM, right(pdf) - pdf.widthOfString(date));
  const y = pdf.y + PITCH;
  pdf.text(doc.signature, signatureX, y, { lineBreak: false });
  pdf.text(date, dateX, y + PITCH, { lineBreak: false });
  let next = y + 2 * PITCH;
  if (doc.office.contact) {
    pdf.text(doc.office.contact, MARGIN.left + 2 * EM, next, { lineBreak: false });
    next += PITCH;
  }
  pdf.x = MARGIN.left;
  pdf.y = next;
}

/** A table with its header repeated on every page it runs onto; a row that would not fit opens the next page. */
function table(pdf: Pdf, t: DocumentTable) {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => (w / total) * width(pdf));
  const captionHeight = () =>
    t.caption
      ? pdf
          .font('heading')
          .fontSize(SIZE.table + 1)
          .heightOfString(t.caption, { width: width(pdf) }) + 8
      : 0;
  const row = (cells: string[], font: 'heading' | 'body') => {
    pdf.font(font).fontSize(SIZE.table).fillColor('black').lineWidth(0.6).strokeColor('black');
    const heights = cells.map((cell, c) => pdf.heightOfString(cell, { width: widths[c] - 2 * CELL_PADDING }));
    const height = Math.max(...heights) + 2 * CELL_PADDING;
    // Column headers are centred over every column; text columns read from the left below them.
    return { height, draw: () => drawRow(pdf, cells, widths, heights, height, font === 'heading' ? [] : t.textColumns) };
  };
  const header = () => row(t.header, 'heading');
  // The caption and the header go over to the next page with the first row rather than end this one.
  if (pdf.y + captionHeight() + header().height + row(t.rows[0] ?? t.header, 'body').height > bottom(pdf)) pdf.addPage();
  if (t.caption) {
    pdf.font('heading').fontSize(SIZE.table + 1);
    pdf.text(t.caption, MARGIN.left, pdf.y + 4, { width: width(pdf), align: 'center' });
    pdf.y += 4;
  }
  header().draw();
  for (const cells of t.rows) {
    const line = row(cells, 'body');
    if (pdf.y + line.height > bottom(pdf)) {
      pdf.addPage();
      header().draw();
    }
    line.draw();
  }
  pdf.x = MARGIN.left;
  pdf.y += PITCH / 3;
}

function drawRow(pdf: Pdf, cells: string[], widths: number[], heights: number[], height: number, textColumns: number[]) {
  const top = pdf.y;
  let x = MARGIN.left;
  cells.forEach((cell, c) => {
    pdf.rect(x, top, widths[c], height).stroke();
    // Centred in its cell, a figure across and down; a sentence from the left.
    pdf.text(cell, x + CELL_PADDING, top + (height - heights[c]) / 2, {
      width: widths[c] - 2 * CELL_PADDING,
      align: textColumns.includes(c) ? 'left' : 'center',
    });
    x += widths[c];
  });
  pdf.x = MARGIN.left;
  pdf.y = top + height;
}

/**
 * 版记 at the foot of the last page: 抄送 (when there is any) and 印发机关 with 印发日期, each line
 * between rules, the first and last rule heavier; on a page of its own when the last has no room.
 */
function imprint(pdf: Pdf, doc: OfficialDocument) {
  const lines = [copyToLine(doc.office)].filter((l): l is string => l !== null);
  const rowHeight = SIZE.foot * 1.9;
  const rows = lines.length + 1;
  const top = bottom(pdf) - rows * rowHeight;
  if (pdf.y + PITCH > top) pdf.addPage();
  pdf.font('body').fontSize(SIZE.foot).fillColor('black').strokeColor('black');
  const rule = (y: number, heavy: boolean) =>
    pdf
      .moveTo(MARGIN.left, y)
      .lineTo(right(pdf), y)
      .lineWidth(heavy ? 1 : 0.5)
      .stroke();
  const textY = (y: number) => y + (rowHeight - pdf.currentLineHeight()) / 2;
  rule(top, true);
  lines.forEach((line, i) => {
    const y = top + i * rowHeight;
    pdf.text(line, MARGIN.left + SIZE.foot, textY(y), { lineBreak: false });
    rule(y + rowHeight, false);
  });
  const y = top + lines.length * rowHeight;
  const printedOn = `${chineseDate(doc.date)}印发`;
  pdf.text(doc.office.printedBy, MARGIN.left + SIZE.foot, textY(y), { lineBreak: false });
  pdf.text(printedOn, right(pdf) - SIZE.foot - pdf.widthOfString(printedOn), textY(y), { lineBreak: false });
  rule(y + rowHeight, true);
}

/** "— 1 —" 7 mm under the text block: odd pages on the right, even pages on the left, one character in. */
function pageNumbers(pdf: Pdf) {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    pdf.font('body').fontSize(SIZE.foot).fillColor('black');
    const text = `— ${i + 1} —`;
    const x = (i + 1) % 2 === 1 ? right(pdf) - SIZE.foot - pdf.widthOfString(text) : MARGIN.left + SIZE.foot;
    pdf.text(text, x, bottom(pdf) + 7 * MM, { lineBreak: false });
  }
}

/** 草稿 / 已撤回 stamped at the top right of a document not in force. */
function stamp(pdf: Pdf, mark: string) {
  const x = pdf.page.width - MARGIN.right - 70;
  const y = MARGIN.top - 60;
  pdf
    .save()
    .rotate(-12, { origin: [x, y] })
    .font('title')
    .fontSize(18)
    .fillColor(RED)
    .strokeColor(RED)
    .lineWidth(1.5);
  pdf.rect(x - 8, y - 6, pdf.widthOfString(mark) + 16, 32).stroke();
  pdf.text(mark, x, y, { lineBreak: false });
  pdf.restore();
  pdf.x = MARGIN.left;
  pdf.y = MARGIN.top;
}
