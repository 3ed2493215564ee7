import type { ValidationError } from 'class-validator';
import { bilingual, holdsChinese } from '../bilingual';
import { FieldProblem } from './api-errors';

/** What an English message of class-validator says, from which its Chinese is made. */
interface Said {
  /** The field's name as the message gives it, with "的每一项" for a check on each item of a list. */
  subject: string;
  /** The numbers and values the message quotes, in order (a length, a bound, the allowed values). */
  quoted: string[];
  english: string;
}

/** The Chinese of each constraint the inputs use without a message of their own; `said.subject` names the field. */
const CHINESE: Record<string, (said: Said) => string> = {
  isString: ({ subject }) => `${subject}须为字符串`,
  isNotEmpty: ({ subject }) => `${subject}不能为空`,
  isDefined: ({ subject }) => `${subject}不能为空`,
  arrayNotEmpty: ({ subject }) => `${subject}至少须有一项`,
  maxLength: ({ subject, quoted: [max] }) => `${subject}不能超过 ${max} 个字符`,
  minLength: ({ subject, quoted: [min] }) => `${subject}不能少于 ${min} 个字符`,
  isLength: ({ subject, quoted, english }) =>
    quoted.length === 2
      ? `${subject}须为 ${quoted[0]} 至 ${quoted[1]} 个字符`
      : english.includes('shorter')
        ? `${subject}不能超过 ${quoted[0]} 个字符`
        : `${subject}不能少于 ${quoted[0]} 个字符`,
  min: ({ subject, quoted: [min] }) => `${subject}不能小于 ${min}`,
  max: ({ subject, quoted: [max] }) => `${subject}不能大于 ${max}`,
  isInt: ({ subject }) => `${subject}须为整数`,
  isNumber: ({ subject }) => `${subject}须为数字`,
  isPositive: ({ subject }) => `${subject}须为正数`,
  isBoolean: ({ subject }) => `${subject}须为 true 或 false`,
  isIn: ({ subject, quoted: [values] }) => `${subject}须为以下之一：${values.split(/,\s*/).join('、')}`,
  isEnum: ({ subject, quoted: [values] }) => `${subject}须为以下之一：${values.split(/,\s*/).join('、')}`,
  matches: ({ subject }) => `${subject}格式不正确`,
  isDateString: ({ subject }) => `${subject}须为 ISO 8601 格式的日期时间`,
  isISO8601: ({ subject }) => `${subject}须为 ISO 8601 格式的日期时间`,
  isArray: ({ subject }) => `${subject}须为列表`,
  arrayMinSize: ({ subject, quoted: [min] }) => `${subject}至少须有 ${min} 项`,
  arrayMaxSize: ({ subject, quoted: [max] }) => `${subject}最多 ${max} 项`,
  arrayUnique: ({ subject }) => `${subject}中有重复项`,
  nestedValidation: ({ subject }) => `${subject}须为对象或列表`,
  whitelistValidation: ({ subject }) => `${subject}不是可填写的字段`,
  unknownValue: () => '输入须为对象',
};

/** The constraints the pipe gives Chinese of its own. */
export const CHINESE_CONSTRAINTS = Object.keys(CHINESE);

/** The quoted parts of class-validator's default messages (see its decorators), by constraint. */
const QUOTED: Record<string, RegExp> = {
  maxLength: /(\d+) characters$/,
  minLength: /(\d+) characters$/,
  isLength: /(\d+)(?: and shorter than or equal to (\d+))? characters$/,
  min: /less than (\S+)$/,
  max: /greater than (\S+)$/,
  isIn: /following values: (.*)$/,
  isEnum: /following values: (.*)$/,
  arrayMinSize: /at least (\d+) elements$/,
  arrayMaxSize: /no more than (\d+) elements$/,
};

/**
 * A constraint's message as officers read it, "title 不能为空 / title should not be empty": the
 * Chinese made here from the constraint and what its English says; a message an input gave in
 * Chinese already (the decorator's `message`) is kept as it is.
 */
export function chineseProblem(constraint: string, property: string, english: string): string {
  if (holdsChinese(english)) return english;
  const each = english.startsWith('each value in ');
  const subject = each ? `${property} 的每一项` : `${property} `;
  const quoted = (QUOTED[constraint]?.exec(english)?.slice(1) ?? []).filter((q): q is string => q !== undefined);
  const chinese = CHINESE[constraint]?.({ subject, quoted, english }) ?? `${subject}填写不符合要求`;
  return bilingual(chinese, english);
}

/** class-validator's errors as problems, each named by the path of its field under `prefix`, in Chinese first. */
export function validationProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, english]) => ({
      field,
      problem: chineseProblem(constraint, e.property, english),
    }));
    return [...own, ...validationProblems(e.children ?? [], field)];
  });
}
