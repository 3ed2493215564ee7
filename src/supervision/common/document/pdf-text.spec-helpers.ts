import PDFParser from 'pdf2json';

/**
 * The text layer of a PDF, read back by a real parser (pdf2json, on pdf.js): what a reader searching
 * or copying gets. Lines end in "\r\n".
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParser(null, true);
  try {
    return await new Promise<string>((resolve, reject) => {
      parser.on('pdfParser_dataError', (error) => reject('parserError' in error ? error.parserError : error));
      parser.on('pdfParser_dataReady', () => resolve(parser.getRawTextContent()));
      // pdf2json reads 0 as "default"; any level at or below 0 keeps pdf.js to errors only.
      parser.parseBuffer(pdf, -1);
    });
  } finally {
    parser.destroy();
  }
}

/** The text with line breaks and page breaks taken out, so a sentence wrapped over two lines reads whole. */
export const joined = (text: string) => text.replace(/-+Page \(\d+\) Break-+/g, '').replace(/\r?\n/g, '');
