import { Day, businessDayOf } from '../../../common/business-day';
import { chineseDate } from '../../../common/chinese-date';
import { chineseNumber } from '../../common/document/chinese-text';
import { FigureLine, figureLines, figuresCaption, figuresTable } from '../../common/document/evidence-figures';
import { IssuingOffice } from '../../common/document/issuing-office';
import { OfficialDocument, paragraph } from '../../common/document/official-document';
import { LETTER_STATUS_LABELS } from '../domain/letter-status';
import { LetterRow } from '../projections/letters.projection';

/** Everything the printed letter shows, as text: the HTML and the PDF lay out the same model. */
export interface LetterDocument {
  /** 文号, or （未编号） before issue. */
  number: string;
  /** Stamped across an unissued letter: 草稿 or 已撤回; null once issued. */
  mark: string | null;
  title: string;
  /** 主送单位, e.g. "沙县分局". */
  addressee: string;
  findings: string[];
  figuresCaption: string;
  figures: FigureLine[];
  /** Each with its ordinal, e.g. "一、加强预警劝阻". */
  requirements: string[];
  deadlineSentence: string;
  issuer: string | null;
  /** The date printed at the foot: the day of issue, or of the draft. */
  day: Day;
}

export const LETTER_HEADING = '工作提示函';

/** The printed letter as it reads from the letter's row. */
export function letterDocumentOf(letter: LetterRow): LetterDocument {
  const issued = letter.number !== null;
  return {
    number: letter.number ?? '（未编号）',
    mark: issued ? null : LETTER_STATUS_LABELS[letter.status],
    title: letter.title,
    addressee: letter.addressee.name,
    findings: letter.findings
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean),
    figuresCaption: figuresCaption(letter.evidence),
    figures: figureLines(letter.evidence),
    requirements: letter.requirements.map((r, i) => `${chineseNumber(i + 1)}、${r}`),
    deadlineSentence: `请于${chineseDate(letter.deadline)}前将整改落实情况书面回复。`,
    issuer: letter.issuer,
    day: letter.issuedOn ?? businessDayOf(letter.draftedAt),
  };
}

/**
 * The letter in the bureau's document layout: findings, the figures behind them, the numbered
 * requirements and the deadline, signed by the organ that issued it (a draft: the office's organ).
 */
export function officialLetter(letter: LetterDocument, office: IssuingOffice): OfficialDocument {
  return {
    kind: LETTER_HEADING,
    number: letter.number,
    mark: letter.mark,
    title: letter.title,
    addressee: letter.addressee,
    body: [
      ...letter.findings.map(paragraph),
      figuresTable(letter.figuresCaption, letter.figures),
      ...letter.requirements.map(paragraph),
      paragraph(letter.deadlineSentence),
    ],
    signature: letter.issuer ?? office.organ,
    date: letter.day,
    office,
  };
}
