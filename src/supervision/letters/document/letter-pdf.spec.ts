import { LetterEvent } from '../events/letter.events';
import { drafted } from '../domain/letter.spec-helpers';
import { letterRowAfter } from '../projections/letters.projection.spec-helpers';
import { letterDocumentOf, officialLetter } from './letter-document';
import { loadDocumentFonts } from '../../common/document/document-fonts';
import { IssuingOffice } from '../../common/document/issuing-office';
import { documentPdf } from '../../common/document/document-pdf';
import { joined, pdfText } from '../../common/document/pdf-text.spec-helpers';

const issued: LetterEvent = {
  type: 'LetterIssued',
  data: { letterId: 'L1', year: 2026, sequence: 26, number: '明公基管提〔2026〕26号', issuer: '三明市公安局', issuedOn: '2026-04-21' },
};
const fonts = loadDocumentFonts();
const office: IssuingOffice = { organ: '三明市公安局', contact: null, copyTo: [], printedBy: '三明市公安局' };

describe('letter PDF', () => {
  const document = letterDocumentOf(letterRowAfter([drafted(), issued]));

  it('prints the letter in Chinese that reads back from the text layer', async () => {
    const pdf = await documentPdf(officialLetter(document, office), fonts);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = joined(await pdfText(pdf));
    for (const part of [
      '工作提示函',
      '明公基管提〔2026〕26号',
      '关于电诈发案同比上升的工作提示',
      '沙县分局：',
      '4月以来，你局电诈发案12起，同比上升50.0%。',
      '发案数（起）128+50.0%',
      '见面率95.0%90.0%+5.0个百分点',
      '一、加强预警劝阻，确保见面率不低于98%',
      '二、对发案集中的防区开展复盘',
      '请于2026年5月10日前将整改落实情况书面回复。',
      '三明市公安局',
      '2026年4月21日',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('embeds only the glyphs it uses: a few tens of kilobytes from two 10 MB faces', async () => {
    const pdf = await documentPdf(officialLetter(document, office), fonts);
    expect(fonts.body.length).toBeGreaterThan(5_000_000);
    expect(pdf.length).toBeLessThan(100_000);
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
  });

  it('gives the same bytes for the same letter', async () => {
    expect(
      (await documentPdf(officialLetter(document, office), fonts)).equals(await documentPdf(officialLetter(document, office), fonts)),
    ).toBe(true);
  });

  it('runs onto a second page when the findings are long, and stamps a draft', async () => {
    const long = '发现问题'.repeat(400);
    const text = await pdfText(
      await documentPdf(officialLetter(letterDocumentOf(letterRowAfter([drafted('L1', { findings: long })])), office), fonts),
    );
    expect(text).toContain('Page (1) Break');
    expect(joined(text)).toContain('草稿');
    expect(joined(text)).toContain('（未编号）');
  });
});
