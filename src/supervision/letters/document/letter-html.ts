import { chineseDate } from '../../../common/chinese-date';
import { LETTER_HEADING, LetterDocument } from './letter-document';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * A4 page in the layout of a 公文 (GB/T 9704): red masthead and rule, 文号, 主送单位, body, signature.
 * Fonts are the reader's own CJK fonts: nothing is fetched, the service runs on an intranet.
 */
const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { background: #e8e8e8; }
body { margin: 0; color: #000; font: 16pt/1.75 "FangSong", "STFangsong", "仿宋", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
.page { position: relative; box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 37mm 26mm 35mm 28mm; background: #fff; }
.masthead { margin: 0; color: #c00; text-align: center; font: bold 36pt/1.3 "SimSun", "STSong", "Noto Serif CJK SC", serif; letter-spacing: .25em; }
.number { margin: 4mm 0 0; text-align: center; }
.rule { margin: 3mm 0 8mm; border: 0; border-top: 2px solid #c00; }
.title { margin: 0 0 6mm; text-align: center; font: bold 20pt/1.5 "SimHei", "STHeiti", "Noto Sans CJK SC", sans-serif; }
p { margin: 0; text-indent: 2em; }
p.addressee { text-indent: 0; }
table { width: 100%; margin: 3mm 0; border-collapse: collapse; font-size: 12pt; line-height: 1.6; }
caption { padding-bottom: 1mm; font-weight: bold; }
th, td { border: 1px solid #000; padding: 1mm 2mm; text-align: center; }
th[scope=row] { text-align: left; font-weight: normal; }
ol { margin: 0; padding: 0; list-style: none; }
li { text-indent: 2em; }
.signature { margin-top: 16mm; text-align: right; }
.signature p { text-indent: 0; }
.mark { position: absolute; top: 18mm; right: 22mm; padding: 1mm 4mm; border: 2px solid #c00; color: #c00; transform: rotate(-12deg); }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; }
  .mark { top: -20mm; right: 0; }
}`;

/** The letter as a printable HTML page; every text is escaped. */
export function letterHtml(doc: LetterDocument): string {
  const e = escapeHtml;
  const rows = doc.figures
    .map((f) => `<tr><th scope="row">${e(f.label)}</th><td>${e(f.current)}</td><td>${e(f.lastYear)}</td><td>${e(f.change)}</td></tr>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${LETTER_HEADING} ${e(doc.number)}</title>
<style>${STYLE}
</style>
</head>
<body>
<article class="page">
${doc.mark ? `<div class="mark">${e(doc.mark)}</div>\n` : ''}<h1 class="masthead">${LETTER_HEADING}</h1>
<p class="number">${e(doc.number)}</p>
<hr class="rule">
<h2 class="title">${e(doc.title)}</h2>
<p class="addressee">${e(doc.addressee)}：</p>
${doc.findings.map((p) => `<p>${e(p)}</p>`).join('\n')}
<table>
<caption>${e(doc.figuresCaption)}</caption>
<thead><tr><th scope="col">指标</th><th scope="col">本期</th><th scope="col">去年同期</th><th scope="col">同比</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<ol>
${doc.requirements.map((r) => `<li>${e(r)}</li>`).join('\n')}
</ol>
<p>${e(doc.deadlineSentence)}</p>
<div class="signature">
${doc.issuer ? `<p>${e(doc.issuer)}</p>\n` : ''}<p>${e(chineseDate(doc.day))}</p>
</div>
</article>
</body>
</html>
`;
}
