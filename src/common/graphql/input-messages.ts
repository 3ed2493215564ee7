import { bilingual } from '../bilingual';

/**
 * Options of class-validator decorators whose messages several inputs share, Chinese first.
 * class-validator puts the field's name for `$property`. Constraints without a message of their
 * own get their Chinese from the validation pipe.
 */

/** `title 不能为空 / title must not be empty`. */
export const NOT_EMPTY = { message: bilingual('$property 不能为空', '$property must not be empty') };

/** The ids this service gives things (units, chiefs, rule sets): a letter or digit, then letters, digits, ".", "_" or "-". */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
export const ID_CHARACTERS = ['.', '_', '-'] as const;

/** An id another system may reuse in a path or a file name: 1–100 letters, digits and `others`. */
export function idFormat(others: readonly string[]) {
  const quoted = others.map((c) => `"${c}"`);
  const last = quoted.at(-1);
  const zh = ['字母', '数字', ...quoted.slice(0, -1)].join('、');
  const en = ['letters', 'digits', ...quoted.slice(0, -1)].join(', ');
  return { message: bilingual(`$property 须由 1–100 个${zh} 或 ${last} 组成`, `$property must be 1–100 ${en} or ${last}`) };
}
