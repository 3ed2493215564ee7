import PDFDocument from 'pdfkit';
import { startOfBusinessDay } from '../../../common/business-day';
import { chineseDate } from '../../../common/chinese-date';
import { LetterFonts } from './letter-fonts';
import { FigureLine, LETTER_HEADING, LetterDocument } from './letter-document';

const RED = '#cc0000';
const MARGIN = { top: 90, bottom: 80, left: 80, right: 74 };
const BODY = { size: 14, lineGap: 6 };
const INDENT = BODY.size * 2;
const COLUMNS = [0.3, 0.26, 0.22, 0.22];
const TABLE_SIZE = 11;
const CELL_PADDING = 4;

/**
 * The letter as an A4 PDF in the layout of the HTML page. The fonts are embedded as subsets, so the
 * file holds the glyphs it prints and its text layer reads back as the Chinese text. The creation
 * date is the letter's own, so the same letter always gives the same bytes.
 */
export function letterPdf(letter: LetterDocument, fonts: LetterFonts): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${LETTER_HEADING} ${letter.number}`,
      Subject: letter.title,
      Author: letter.issuer ?? '',
      CreationDate: new Date(startOfBusinessDay(letter.day)),
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);

  if (letter.mark) stamp(doc, letter.mark);
  doc.font('bold').fontSize(34).fillColor(RED).text(LETTER_HEADING, { align: 'center' });
  doc.font('regular').fontSize(BODY.size).fillColor('black').moveDown(0.2).text(letter.number, { align: 'center' });
  const ruleY = doc.y + 6;
  doc
    .moveTo(MARGIN.left, ruleY)
    .lineTo(doc.page.width - MARGIN.right, ruleY)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke();
  doc.y = ruleY + 18;

  doc.font('bold').fontSize(18).text(letter.title, { align: 'center' }).moveDown(0.6);
  doc.font('regular').fontSize(BODY.size).text(`${letter.addressee}：`, { lineGap: BODY.lineGap });
  for (const paragraph of letter.findings) doc.text(paragraph, { indent: INDENT, lineGap: BODY.lineGap });
  figuresTable(doc, letter.figuresCaption, letter.figures);
  for (const requirement of letter.requirements) doc.text(requirement, { indent: INDENT, lineGap: BODY.lineGap });
  doc.text(letter.deadlineSentence, { indent: INDENT, lineGap: BODY.lineGap }).moveDown(2);
  if (letter.issuer) doc.text(letter.issuer, { align: 'right' });
  doc.text(chineseDate(letter.day), { align: 'right' });
  doc.end();
  return done;
}

function figuresTable(doc: PDFKit.PDFDocument, caption: string, lines: FigureLine[]) {
  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const widths = COLUMNS.map((c) => c * width - 2 * CELL_PADDING);
  doc.moveDown(0.5).font('bold').fontSize(TABLE_SIZE).text(caption, left, doc.y, { width, align: 'center' }).moveDown(0.3);
  const rows = [['指标', '本期', '去年同期', '同比'], ...lines.map((l) => [l.label, l.current, l.lastYear, l.change])];
  rows.forEach((cells, i) => {
    doc
      .font(i === 0 ? 'bold' : 'regular')
      .fontSize(TABLE_SIZE)
      .lineWidth(0.6)
      .strokeColor('black');
    // A long cell (a rank with its score) wraps, and its whole row grows with it.
    const height = Math.max(...cells.map((cell, c) => doc.heightOfString(cell, { width: widths[c] }))) + 2 * CELL_PADDING;
    if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
    const top = doc.y;
    let x = left;
    cells.forEach((cell, c) => {
      doc.rect(x, top, widths[c] + 2 * CELL_PADDING, height).stroke();
      doc.text(cell, x + CELL_PADDING, top + CELL_PADDING, { width: widths[c], align: 'center' });
      x += widths[c] + 2 * CELL_PADDING;
    });
    doc.y = top + height;
  });
  doc.x = left;
  doc.fontSize(BODY.size).font('regular').moveDown(0.6);
}

/** 草稿 / 已撤回 stamped at the top right of an unissued letter. */
function stamp(doc: PDFKit.PDFDocument, mark: string) {
  const x = doc.page.width - MARGIN.right - 70;
  const y = MARGIN.top - 50;
  doc
    .save()
    .rotate(-12, { origin: [x, y] })
    .font('bold')
    .fontSize(18)
    .fillColor(RED)
    .strokeColor(RED)
    .lineWidth(1.5);
  doc.rect(x - 8, y - 6, doc.widthOfString(mark) + 16, 32).stroke();
  doc.text(mark, x, y, { lineBreak: false });
  doc.restore();
  doc.x = MARGIN.left;
  doc.y = MARGIN.top;
}
