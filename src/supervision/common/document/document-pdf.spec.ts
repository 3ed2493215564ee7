import { loadDocumentFonts } from './document-fonts';
import { documentPdf } from './document-pdf';
import { OfficialDocument, heading, paragraph } from './official-document';
import { OFFICE } from './official-document.spec-helpers';
import { joined, pdfText } from './pdf-text.spec-helpers';

const fonts = loadDocumentFonts();

const LAST = '请于2026年5月10日前将整改落实情况书面回复。';
const document = (filler: number, over: Partial<OfficialDocument> = {}): OfficialDocument => ({
  kind: '工作提示函',
  number: '明公基管提〔2026〕26号',
  mark: null,
  title: '关于电诈发案同比上升的工作提示',
  addressee: '沙县分局',
  body: [
    heading('一、基本情况'),
    ...Array.from({ length: filler }, (_, i) => paragraph(`第${i + 1}段：4月以来，你局电诈发案12起，同比上升50.0%，预警见面核查不到位。`)),
    {
      kind: 'table',
      caption: '主要指标',
      header: ['指标', '本期'],
      widths: [1, 1],
      textColumns: [],
      rows: [['发案数（起）', '12']],
    },
    paragraph(LAST),
  ],
  signature: '三明市公安局',
  date: '2026-04-21',
  office: { ...OFFICE, contact: '（联系人：张明，联系电话：0598-8251234）', copyTo: ['市局反诈中心', '沙县人民政府'] },
  ...over,
});

/** The text of each page, joined. */
const pagesOf = async (pdf: Buffer) =>
  (await pdfText(pdf))
    .split(/-+Page \(\d+\) Break-+/)
    .filter((p) => p.trim())
    .map(joined);

describe('official document PDF (GB/T 9704)', () => {
  it('prints its blocks in order: masthead, 文号, title, 主送, body, 落款, date, 附注, 版记', async () => {
    const text = joined(await pdfText(await documentPdf(document(2), fonts)));
    const order = [
      '三明市公安局工作提示函',
      '明公基管提〔2026〕26号',
      '关于电诈发案同比上升的工作提示',
      '沙县分局：',
      '一、基本情况',
      '第1段：',
      '发案数（起）12',
      LAST,
      '三明市公安局',
      '2026年4月21日',
      '（联系人：张明，联系电话：0598-8251234）',
      '抄送：市局反诈中心，沙县人民政府。',
      '三明市公安局办公室',
      '2026年4月21日印发',
    ];
    let from = 0;
    for (const part of order) {
      const at = text.indexOf(part, from);
      expect({ part, found: at >= 0 }).toEqual({ part, found: true });
      from = at + part.length;
    }
  });

  it('leaves out the 文号 line, the 附注 and the 抄送 line when there are none', async () => {
    const doc = document(1, { number: null, office: OFFICE });
    const text = joined(await pdfText(await documentPdf(doc, fonts)));
    expect(text).not.toMatch(/〔|联系人|抄送/);
    expect(text).toContain('三明市公安局办公室2026年4月21日印发');
  });

  it('never ends a page with a heading: it goes over with the line under it', async () => {
    for (let filler = 10; filler <= 16; filler += 1) {
      const body = [...document(filler).body.slice(0, -1), heading('二、工作要求'), paragraph(LAST)];
      const pages = await pagesOf(await documentPdf(document(0, { body }), fonts));
      pages.forEach((page, i) => expect(page.endsWith(`二、工作要求— ${i + 1} —`)).toBe(false));
    }
  });

  it('numbers every page, and never leaves the signature and date alone on a page: the last paragraph goes with them', async () => {
    let moved = 0;
    for (let filler = 8; filler <= 22; filler += 1) {
      const pages = await pagesOf(await documentPdf(document(filler), fonts));
      const signed = pages.findIndex((p) => p.includes('2026年4月21日（联系人'));
      expect(pages[signed]).toContain(LAST);
      pages.forEach((page, i) => expect(page).toContain(`— ${i + 1} —`));
      if (signed > 0 && !pages[signed].includes(`第${filler}段`)) moved += 1;
    }
    // Some of these lengths put the page break right before the signature.
    expect(moved).toBeGreaterThan(0);
  });
});
