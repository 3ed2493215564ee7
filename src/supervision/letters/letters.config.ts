import { ConfigError } from '../../config/app-config';

/** How issued letters are headed: the prefix of their 文号 and the issuing unit printed at the foot. */
export interface LettersConfig {
  /** LETTER_NUMBER_PREFIX, e.g. "明公基管提" in "明公基管提〔2026〕26号"; set it empty for "〔2026〕26号". */
  numberPrefix: string;
  /** LETTER_ISSUER, e.g. "三明市公安局基层基础管控中心"; unset: the city bureau's name. */
  issuer: string | null;
}

const DEFAULT_PREFIX = '明公基管提';

export function loadLettersConfig(env: NodeJS.ProcessEnv = process.env): LettersConfig {
  const numberPrefix = env.LETTER_NUMBER_PREFIX?.trim() ?? DEFAULT_PREFIX;
  if (/[〔〕\s]/.test(numberPrefix) || numberPrefix.length > 20) {
    throw new ConfigError(`LETTER_NUMBER_PREFIX must be at most 20 characters without spaces or 〔〕, got "${env.LETTER_NUMBER_PREFIX}"`);
  }
  return { numberPrefix, issuer: env.LETTER_ISSUER?.trim() || null };
}

export const LETTERS_CONFIG = Symbol('LETTERS_CONFIG');
