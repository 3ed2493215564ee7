import { IssuingOffice } from './issuing-office';
import { OfficialDocument } from './official-document';

export const OFFICE: IssuingOffice = { organ: '三明市公安局', contact: null, copyTo: [], printedBy: '三明市公安局办公室' };

/** Every text a document prints, in order: title, addressee, paragraphs, headings, captions and cells. */
export function documentTexts(doc: OfficialDocument): string[] {
  return [
    doc.title,
    doc.addressee,
    ...doc.body.flatMap((b) => (b.kind === 'table' ? [b.caption ?? '', ...b.header, ...b.rows.flat()] : [b.text])),
    doc.signature,
  ];
}

/** Half-width punctuation that printed Chinese writes in full width (，：；（）). */
export const HALF_WIDTH_PUNCTUATION = /[,;:()]/;
