import { Converted, converted, halfWidth, refused, withoutLooseSpaces } from './converted';
import { toInstant } from './beijing-time';
import { toYuan } from './yuan';
import { CodedField, Convert } from './mapping';
import { UnitLookup } from './unit-lookup';

export type FieldValue = string | number | boolean;

/** Where a unit's text is looked up: the mapping's own aliases first, then the service's units. */
export interface UnitResolver {
  aliases?: Record<string, string>;
  units: UnitLookup;
}

const TRUE = ['是', 'y', 'yes', '1', 'true'];
const FALSE = ['否', 'n', 'no', '0', 'false'];

/** A cell's text (not empty) converted as a column field says. */
export function convertCell(text: string, column: string, convert: Convert, units: UnitResolver): Converted<FieldValue> {
  const trimmed = text.trim();
  switch (convert) {
    case 'text':
      return converted(trimmed);
    case 'datetime':
      return toInstant(trimmed, column);
    case 'yuan':
      return toYuan(trimmed, column);
    case 'integer':
      return toInteger(trimmed, column);
    case 'boolean':
      return toBoolean(trimmed, column);
    case 'unit':
      return toUnit(trimmed, units);
  }
}

export function toInteger(text: string, column: string): Converted<number> {
  // Counts come as "3", "3人" or, from a spreadsheet number, "3" again; "3.0" is still three.
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?(?:人|个|户|次|名|起|件)?$/.exec(withoutLooseSpaces(halfWidth(text)));
  if (!match) return refused(`${column}“${text}”不是整数`);
  const value = Number(match[1].replace(/,/g, ''));
  if (!Number.isSafeInteger(value)) return refused(`${column}“${text}”有误：数值过大`);
  return converted(value);
}

export function toBoolean(text: string, column: string): Converted<boolean> {
  const lower = halfWidth(text).toLowerCase();
  if (TRUE.includes(lower)) return converted(true);
  if (FALSE.includes(lower)) return converted(false);
  return refused(`${column}“${text}”无法识别，可填：是、否、Y、N、1、0、true、false`);
}

export function toUnit(text: string, { aliases, units }: UnitResolver): Converted<string> {
  const id = (aliases && Object.hasOwn(aliases, text) ? aliases[text] : undefined) ?? units.resolve(text);
  if (id !== undefined) return converted(id);
  const accepted = units.describe?.();
  return refused(`未知单位“${text}”${accepted ? `，${accepted}` : ''}`);
}

/** Through a code table: the source's text or code first, then the enum names themselves (any case). */
export function toCode(text: string, column: string, spec: CodedField): Converted<string> {
  const trimmed = text.trim();
  if (Object.hasOwn(spec.codes, trimmed)) return converted(spec.codes[trimmed]);
  const names = [...new Set(Object.values(spec.codes))];
  const name = names.find((n) => n.toUpperCase() === trimmed.toUpperCase());
  if (name) return converted(name);
  // Officers are told the texts of their own systems; the enum names are accepted all the same.
  return refused(`${column}“${text}”无法识别，可填：${Object.keys(spec.codes).join('、')}`);
}
