import { LetterEvent } from '../events/letter.events';
import { drafted } from '../domain/letter.spec-helpers';
import { letterRowAfter } from '../projections/letters.projection.spec-helpers';
import { letterDocumentOf, officialLetter } from './letter-document';
import { documentHtml, escapeHtml } from '../../common/document/document-html';
import { IssuingOffice } from '../../common/document/issuing-office';

const issued: LetterEvent = {
  type: 'LetterIssued',
  data: { letterId: 'L1', year: 2026, sequence: 26, number: '明公基管提〔2026〕26号', issuer: '三明市公安局', issuedOn: '2026-04-21' },
};
const office: IssuingOffice = { organ: '三明市公安局', contact: null, copyTo: [], printedBy: '三明市公安局' };
const htmlOf = (events: LetterEvent[]) => documentHtml(officialLetter(letterDocumentOf(letterRowAfter(events)), office));

describe('letter HTML', () => {
  const html = htmlOf([drafted(), issued]);

  it('is a whole A4 page with the red masthead, the number, the addressee and the body', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<h1 class="masthead" style="font-size: 38pt">三明市公安局工作提示函</h1>');
    expect(html).toMatch(/\.masthead \{[^}]*color: #c00/);
    expect(html).toContain('<p class="number">明公基管提〔2026〕26号</p>');
    expect(html).toContain('<p class="addressee">沙县分局：</p>');
    expect(html).toContain('<p>4月以来，你局电诈发案12起，同比上升50.0%。</p>');
    expect(html).toContain('<p>一、加强预警劝阻，确保见面率不低于98%</p>\n<p>二、对发案集中的防区开展复盘</p>');
    // The last paragraph and the signature are kept together, on one page.
    expect(html).toContain(
      '<div class="closing">\n<p>请于2026年5月10日前将整改落实情况书面回复。</p>\n<div class="signature"><div>\n<p>三明市公安局</p>\n<p class="date">2026年4月21日</p>',
    );
  });

  it('tabulates the figures with 同比', () => {
    expect(html).toContain('<th scope="col">同比</th>');
    expect(html).toContain('<tr><th scope="row">发案数（起）</th><td>12</td><td>8</td><td>+50.0%</td></tr>');
    expect(html).toContain('<tr><th scope="row">见面率</th><td>95.0%</td><td>90.0%</td><td>+5.0个百分点</td></tr>');
  });

  it('loads nothing from elsewhere: no links, scripts, images, imported fonts or URLs', () => {
    expect(html).not.toMatch(/<link|<script|<img|@import|@font-face|url\(|https?:/i);
  });

  it('escapes every text, so a finding cannot inject markup', () => {
    const hostile = htmlOf([drafted('L1', { title: '<b>标题</b>', findings: '<script>alert("x")</script> & \'引号\'' }), issued]);
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;引号&#39;</p>');
    expect(hostile).toContain('<h2 class="title">&lt;b&gt;标题&lt;/b&gt;</h2>');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('stamps an unissued letter 草稿 and leaves the number blank', () => {
    const draft = htmlOf([drafted()]);
    expect(draft).toContain('<div class="mark">草稿</div>');
    expect(draft).toContain('<p class="number">（未编号）</p>');
    expect(html).not.toContain('class="mark"');
  });
});
