import { chineseDate } from '../../../common/chinese-date';
import {
  DocumentBlock,
  DocumentTable,
  OfficialDocument,
  closingParagraphIndex,
  copyToLine,
  mastheadOf,
  mastheadSize,
} from './official-document';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * A4 pages in the layout of GB/T 9704: margins 37/26/35/28 mm, a red masthead and rule, the title in
 * a 小标宋 face, the body in 3号 (16 pt) 仿宋 with the first line indented two characters, page numbers
 * "— 1 —" at the foot (odd pages right, even pages left), the 版记 at the end. The fonts are the
 * reader's own, the bureau's 仿宋_GB2312 and 方正小标宋 first: nothing is fetched, the service runs on
 * an intranet. On screen each document shows as a sheet of paper.
 */
const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt "宋体", SimSun, serif; padding-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt "宋体", SimSun, serif; padding-left: 1em; } }
html { background: #e8e8e8; }
body { margin: 0; color: #000; font: 16pt/28.95pt "仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "Source Han Serif SC", serif; }
.page { position: relative; box-sizing: border-box; display: flex; flex-direction: column; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 37mm 26mm 35mm 28mm; background: #fff; }
.masthead { margin: 0; color: #c00; text-align: center; font-family: "方正小标宋简体", "方正小标宋_GBK", "华文中宋", STZhongsong, "Noto Serif CJK SC", "Source Han Serif SC", serif; font-weight: bold; line-height: 1.2; white-space: nowrap; }
.number { margin: 28.95pt 0 0; text-align: center; }
.rule { margin: 4mm 0 0; border: 0; border-top: 1.5pt solid #c00; }
.title { margin: 43pt 0 28.95pt; text-align: center; font: bold 22pt/1.5 "方正小标宋简体", "方正小标宋_GBK", "华文中宋", STZhongsong, "Noto Serif CJK SC", "Source Han Serif SC", serif; }
p { margin: 0; text-indent: 2em; }
p.addressee { text-indent: 0; }
h3 { margin: 0; text-indent: 2em; font: 16pt/28.95pt "黑体", SimHei, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
table { width: 100%; margin: 3mm 0 5mm; border-collapse: collapse; font-size: 10.5pt; line-height: 1.5; break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
caption { padding-bottom: 1mm; font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; }
th, td { border: 1px solid #000; padding: 1mm 1.5mm; text-align: center; white-space: pre-line; }
th[scope=col] { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-weight: normal; }
th[scope=row] { font-weight: normal; }
td.text, th[scope=row].text { text-align: left; }
.closing { break-inside: avoid; }
.signature { display: flex; justify-content: flex-end; margin-top: 28.95pt; padding-right: 2em; }
.signature p { text-indent: 0; }
.signature .date { padding-left: 2em; }
p.contact { margin-top: 0; }
.imprint { margin-top: auto; padding-top: 14pt; break-inside: avoid; font-size: 14pt; line-height: 1.8; }
.imprint p { text-indent: 0; padding: 0 1em; border-bottom: 0.5pt solid #000; }
.imprint p:first-child { border-top: 1pt solid #000; }
.imprint p:last-child { border-bottom-width: 1pt; }
.imprint .printed { display: flex; justify-content: space-between; }
.mark { position: absolute; top: 18mm; right: 22mm; padding: 1mm 4mm; border: 2px solid #c00; color: #c00; transform: rotate(-12deg); }
@media print {
  html { background: none; }
  .page { display: block; width: auto; min-height: 0; margin: 0; padding: 0; }
  .mark { top: -20mm; right: 0; }
}`;

const e = escapeHtml;

function tableHtml(t: DocumentTable): string {
  const cls = (column: number) => (t.textColumns.includes(column) ? ' class="text"' : '');
  const cols = t.widths.map((w) => `<col style="width: ${(w * 100).toFixed(1)}%">`).join('');
  const rows = t.rows.map(
    (cells) =>
      `<tr>${cells.map((cell, c) => (c === 0 ? `<th scope="row"${cls(c)}>${e(cell)}</th>` : `<td${cls(c)}>${e(cell)}</td>`)).join('')}</tr>`,
  );
  return [
    '<table>',
    ...(t.caption ? [`<caption>${e(t.caption)}</caption>`] : []),
    `<colgroup>${cols}</colgroup>`,
    `<thead><tr>${t.header.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function blockHtml(block: DocumentBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${e(block.text)}</p>`;
    case 'heading':
      return `<h3>${e(block.text)}</h3>`;
    case 'table':
      return tableHtml(block);
  }
}

/** The document as a printable HTML page; every text is escaped. */
export function documentHtml(doc: OfficialDocument): string {
  const masthead = mastheadOf(doc);
  const closing = closingParagraphIndex(doc.body);
  const body = doc.body.slice(0, closing ?? doc.body.length).map(blockHtml);
  const { contact, printedBy } = doc.office;
  const copyTo = copyToLine(doc.office);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.kind)} ${e(doc.number ?? doc.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<article class="page">
${doc.mark ? `<div class="mark">${e(doc.mark)}</div>\n` : ''}<header>
<h1 class="masthead" style="font-size: ${mastheadSize(masthead)}pt">${e(masthead)}</h1>
${doc.number === null ? '' : `<p class="number">${e(doc.number)}</p>\n`}<hr class="rule">
</header>
<h2 class="title">${e(doc.title)}</h2>
<p class="addressee">${e(doc.addressee)}：</p>
${body.join('\n')}
<div class="closing">
${closing === null ? '' : `${blockHtml(doc.body[closing])}\n`}<div class="signature"><div>
<p>${e(doc.signature)}</p>
<p class="date">${e(chineseDate(doc.date))}</p>
</div></div>
${contact ? `<p class="contact">${e(contact)}</p>\n` : ''}</div>
<footer class="imprint">
${copyTo ? `<p class="copy-to">${e(copyTo)}</p>\n` : ''}<p class="printed"><span>${e(printedBy)}</span><span>${e(chineseDate(doc.date))}印发</span></p>
</footer>
</article>
</body>
</html>
`;
}
