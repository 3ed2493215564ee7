import { documentHtml } from './document-html';
import { OfficialDocument, paragraph } from './official-document';
import { OFFICE } from './official-document.spec-helpers';

const doc = (over: Partial<OfficialDocument> = {}): OfficialDocument => ({
  kind: '约谈通知书',
  number: null,
  mark: null,
  title: '关于约谈凤岗派出所林建国同志的通知',
  addressee: '凤岗派出所',
  body: [paragraph('第一段。'), paragraph('最后一段。')],
  signature: '三明市公安局',
  date: '2026-04-22',
  office: OFFICE,
  ...over,
});

describe('official document HTML (GB/T 9704)', () => {
  it('lays out an A4 page with margins 37/26/35/28 mm and page numbers "— n —" at the foot', () => {
    const html = documentHtml(doc());
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toContain('content: "— " counter(page) " —"');
    expect(html).toMatch(/body \{[^}]*16pt[^}]*"仿宋_GB2312", "仿宋", FangSong/);
    expect(html).toMatch(/\.title \{[^}]*22pt[^}]*"方正小标宋简体"/);
  });

  it('prints the red masthead of the organ and kind, and no 文号 line when there is none', () => {
    const html = documentHtml(doc());
    expect(html).toContain('<h1 class="masthead" style="font-size: 38pt">三明市公安局约谈通知书</h1>');
    expect(html).not.toContain('class="number"');
    expect(html).toContain('<p class="addressee">凤岗派出所：</p>');
  });

  it('keeps the last paragraph with the signature and date, and leaves out the contact line when none is configured', () => {
    const html = documentHtml(doc());
    expect(html).toContain(
      '<p>第一段。</p>\n<div class="closing">\n<p>最后一段。</p>\n<div class="signature"><div>\n<p>三明市公安局</p>\n<p class="date">2026年4月22日</p>\n</div></div>\n</div>',
    );
    expect(html).toMatch(/\.closing \{ break-inside: avoid; \}/);
    expect(html).not.toContain('联系');
  });

  it('prints the contact line and the 版记 with 抄送 and 印发', () => {
    const office = { ...OFFICE, contact: '（联系人：张明，联系电话：0598-8251234）', copyTo: ['市局反诈中心', '沙县分局'] };
    const html = documentHtml(doc({ office }));
    expect(html).toContain('<p class="contact">（联系人：张明，联系电话：0598-8251234）</p>');
    expect(html).toContain(
      '<footer class="imprint">\n<p class="copy-to">抄送：市局反诈中心，沙县分局。</p>\n<p class="printed"><span>三明市公安局办公室</span><span>2026年4月22日印发</span></p>',
    );
    expect(documentHtml(doc())).not.toContain('抄送');
  });

  it('fetches nothing', () => {
    expect(documentHtml(doc())).not.toMatch(/<link|<script|<img|@import|@font-face|url\(|https?:/i);
  });
});
