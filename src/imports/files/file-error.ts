import { bilingual } from '../../common/bilingual';

/** An import file that cannot be read, named, in the house's Chinese-then-English form. */
export class ImportFileError extends Error {
  constructor(
    readonly path: string,
    zh: string,
    en: string,
  ) {
    super(bilingual(`文件“${path}”${zh}`, `file ${path}: ${en}`));
  }
}
