/**
 * Victims' identity-card and phone numbers must not reach the events, which are never deleted.
 * The detectors look for them in free text as officers write it (embedded in Chinese, with spaces,
 * dashes or full-width digits) while leaving identifiers alone: a number glued to letters or to
 * more digits (a case number such as A350402202604170001) is not one of them.
 */
export type PersonalData = 'IDENTITY_CARD' | 'PHONE';

/** Not part of a longer identifier: letters, digits, "_", or "-" joining them (YJ-2026-13912345678). */
const START = String.raw`(?<![0-9A-Za-z_])(?<![0-9A-Za-z_]-)`;
const END = String.raw`(?![0-9A-Za-z_])(?!-[0-9A-Za-z_])`;
const REGION = String.raw`[1-8]\d{5}`;
const MONTH_DAY = String.raw`(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])`;

/** GB 11643: region, birth day YYYYMMDD, sequence, check character; optionally spaced 6-8-4. */
const IDENTITY_CARD_18 = new RegExp(`${START}(${REGION}) ?((?:18|19|20)\\d{2}${MONTH_DAY}) ?(\\d{3}[\\dX])${END}`, 'gi');
/** The first generation (until 2013): region, birth day YYMMDD, sequence. */
const IDENTITY_CARD_15 = new RegExp(`${START}${REGION}(\\d{2}${MONTH_DAY})\\d{3}${END}`, 'g');
/** 1[3-9]x xxxx xxxx, with +86 or 0086 and spaces or dashes as people write them. */
const MOBILE = new RegExp(`${START}(?:(?:\\+|00)?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}${END}`);
/** 0xx-xxxxxxxx or (0xxx)xxxxxxx: an area code set apart, then a local number of 7 or 8 digits. */
const LANDLINE = new RegExp(`${START}(?:0\\d{2,3}[ -]|\\(0\\d{2,3}\\) ?)[2-8]\\d{6,7}${END}`);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character of the first 17 digits of an 18-digit identity-card number (ISO 7064 MOD 11-2). */
export function identityCardCheck(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return CHECK_CHARACTERS[sum % 11];
}

const isCalendarDay = (yyyymmdd: string) => {
  const [y, m, d] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

function hasIdentityCard(text: string): boolean {
  for (const [, region, birth, rest] of text.matchAll(IDENTITY_CARD_18)) {
    const digits = `${region}${birth}${rest}`.toUpperCase();
    if (isCalendarDay(birth) && identityCardCheck(digits) === digits[17]) return true;
  }
  for (const [, birth] of text.matchAll(IDENTITY_CARD_15)) if (isCalendarDay(`19${birth}`)) return true;
  return false;
}

/** The kind of personal data the text holds, or null. */
export function personalDataIn(text: string): PersonalData | null {
  // Full-width digits, parentheses and dashes as plain ones.
  const plain = text.normalize('NFKC');
  if (hasIdentityCard(plain)) return 'IDENTITY_CARD';
  return MOBILE.test(plain) || LANDLINE.test(plain) ? 'PHONE' : null;
}
