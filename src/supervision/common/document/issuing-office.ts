import { ConfigError } from '../../../config/app-config';

/**
 * Who issues the bureau's documents and how their foot reads: the 发文机关 of the masthead and the
 * 落款, the 联系人 line, and the 版记 (抄送 and 印发). Every document of the bureau prints the same.
 */
export interface IssuingOffice {
  /** 发文机关, e.g. "三明市公安局". */
  organ: string;
  /** "（联系人：…，联系电话：…）"; null when none is configured: an empty line is never printed. */
  contact: string | null;
  /** 抄送机关, in the order printed; none: the 抄送 line is left out. */
  copyTo: string[];
  /** 印发机关, e.g. "三明市公安局办公室". */
  printedBy: string;
}

/** The configured parts; the organ falls back to the city bureau's own name, read from the organisation. */
export interface IssuingOfficeConfig {
  /** LETTER_ISSUER, which already names the issuer of the letters: one organ issues all the documents. */
  organ: string | null;
  /** DOCUMENT_CONTACT_NAME and DOCUMENT_CONTACT_PHONE. */
  contactName: string | null;
  contactPhone: string | null;
  /** DOCUMENT_COPY_TO, separated by commas or 、. */
  copyTo: string[];
  /** DOCUMENT_PRINTED_BY; unset: the organ itself. */
  printedBy: string | null;
}

const text = (env: NodeJS.ProcessEnv, name: string) => env[name]?.trim() || null;

export function loadIssuingOfficeConfig(env: NodeJS.ProcessEnv = process.env): IssuingOfficeConfig {
  const contactPhone = text(env, 'DOCUMENT_CONTACT_PHONE');
  if (contactPhone !== null && !/^[0-9+\-（）() ]{3,30}$/.test(contactPhone)) {
    throw new ConfigError(`DOCUMENT_CONTACT_PHONE must be a telephone number, e.g. 0598-8251234, got "${contactPhone}"`);
  }
  return {
    organ: text(env, 'LETTER_ISSUER'),
    contactName: text(env, 'DOCUMENT_CONTACT_NAME'),
    contactPhone,
    copyTo: (text(env, 'DOCUMENT_COPY_TO') ?? '')
      .split(/[,，、]/)
      .map((name) => name.trim())
      .filter(Boolean),
    printedBy: text(env, 'DOCUMENT_PRINTED_BY'),
  };
}

/** The office as printed, given the city bureau's name for what is not configured. */
export function issuingOfficeOf(config: IssuingOfficeConfig, cityName: string): IssuingOffice {
  const organ = config.organ ?? cityName;
  return {
    organ,
    contact: contactLine(config.contactName, config.contactPhone),
    copyTo: config.copyTo,
    printedBy: config.printedBy ?? organ,
  };
}

/** "（联系人：张明，联系电话：0598-8251234）", or only the part there is; null with neither. */
export function contactLine(name: string | null, phone: string | null): string | null {
  const parts = [name && `联系人：${name}`, phone && `联系电话：${phone}`].filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : null;
}

export const ISSUING_OFFICE_CONFIG = Symbol('ISSUING_OFFICE_CONFIG');
