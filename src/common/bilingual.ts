/**
 * Messages officers read: Chinese first, as a bureau would publish it (full-width punctuation,
 * the officers' own terms), then " / " and the English for the logs: "案件 AJ-1 尚未立案 / case AJ-1
 * has not been filed". Ids and field names stay as they are in both parts.
 */
export const bilingual = (zh: string, en: string): string => `${zh} / ${en}`;

const HAN = /\p{Script=Han}/u;

/** Whether a text holds Chinese (a Han character). */
export const holdsChinese = (text: string): boolean => HAN.test(text);

/**
 * The two parts of a bilingual message: the Chinese before the first " / " that follows Chinese,
 * the English after it. A message without both parts is both.
 */
export function splitBilingual(message: string): { zh: string; en: string } {
  for (let at = message.indexOf(' / '); at > 0; at = message.indexOf(' / ', at + 3)) {
    if (holdsChinese(message.slice(0, at))) return { zh: message.slice(0, at), en: message.slice(at + 3) };
  }
  return { zh: message, en: message };
}
