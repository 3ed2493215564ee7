// Moved to common/document with the other documents' layout; kept here for the letter e2e specs that import it.
export { joined, pdfText } from '../../common/document/pdf-text.spec-helpers';
