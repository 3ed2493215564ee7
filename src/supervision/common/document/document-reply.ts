import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../../../common/http/content-disposition';
import { documentFonts } from './document-fonts';
import { documentHtml } from './document-html';
import { documentPdf } from './document-pdf';
import { OfficialDocument } from './official-document';

export type DocumentFormat = 'html' | 'pdf';

/**
 * A document as its printable page (shown in the browser) or as its PDF (downloaded), named
 * `<ascii>.<format>` for every client and `<chinese>.<format>` for those that read RFC 5987 names.
 */
export async function documentReply(
  reply: FastifyReply,
  doc: OfficialDocument,
  format: DocumentFormat,
  names: { ascii: string; chinese: string },
): Promise<string | Buffer> {
  const html = format === 'html';
  reply
    .type(html ? 'text/html; charset=utf-8' : 'application/pdf')
    .header(
      'content-disposition',
      contentDisposition(html ? 'inline' : 'attachment', `${names.ascii}.${format}`, `${names.chinese}.${format}`),
    );
  return html ? documentHtml(doc) : documentPdf(doc, documentFonts());
}

/** An id as it may stand in an ASCII file name. */
export const asciiId = (id: string) => id.replace(/[^\w.-]/g, '_');
