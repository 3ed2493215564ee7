/** A cell's value converted, or why it could not be, in Chinese naming the column and the text. */
export type Converted<T> = { value: T } | { problem: string };

export const converted = <T>(value: T): Converted<T> => ({ value });
export const refused = (problem: string): Converted<never> => ({ problem });

/** Full-width digits and punctuation, as Chinese input methods type them, to ASCII. */
export function halfWidth(text: string): string {
  if (!/[\uFF01-\uFF5E\u3000]/.test(text)) return text;
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Spaces around units and signs go (“1.2 万元”, “¥ 500”); between digits they stay, so “3 4” is no number. */
export const withoutLooseSpaces = (text: string): string => text.replace(/(?<!\d)\s+|\s+(?!\d)/g, '');
