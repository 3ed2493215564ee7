import { bilingual } from '../../common/bilingual';
import { ENVELOPE_FIELDS, MUTATION_FIELDS, FIELDS_FROM_MAPPING } from './mutation-fields';
import { CONVERTS, Mapping } from './mapping';

/** Every problem of a mapping at once: whoever edits the JSON fixes them in one pass. */
export class InvalidMappingError extends Error {
  constructor(
    readonly mappingName: string,
    readonly problems: { zh: string; en: string }[],
  ) {
    super(
      bilingual(
        `导入映射“${mappingName}”有 ${problems.length} 处错误：${problems.map((p, i) => `${i + 1}) ${p.zh}`).join('；')}`,
        `import mapping "${mappingName}" has ${problems.length} problem(s): ${problems.map((p, i) => `${i + 1}) ${p.en}`).join('; ')}`,
      ),
    );
  }
}

const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SOURCE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const MAPPING_KEYS = ['name', 'version', 'title', 'source', 'key', 'units', 'facts', 'notes'];
const FACT_KEYS = ['mutation', 'id', 'when', 'if', 'key', 'fields', 'onChange', 'notes'];
const FIELD_KEYS = ['column', 'convert', 'codes', 'optional', 'value'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every(isText);
const isTextTable = (v: unknown): v is Record<string, string> => isObject(v) && Object.values(v).every((x) => typeof x === 'string');

/** The mapping a parsed JSON document describes, or an InvalidMappingError listing all that is wrong with it. */
export function validateMapping(json: unknown): Mapping {
  const problems: { zh: string; en: string }[] = [];
  const problem = (zh: string, en: string) => problems.push({ zh, en });
  if (!isObject(json)) throw new InvalidMappingError('?', [{ zh: '映射须为 JSON 对象', en: 'a mapping must be a JSON object' }]);
  const name = isText(json.name) ? json.name : '?';

  if (!isText(json.name) || !NAME.test(json.name)) {
    problem('缺少名称 name，或不是小写字母、数字和连字符', 'name is missing or not lower-case letters, digits and hyphens');
  }
  if (!Number.isInteger(json.version) || (json.version as number) < 1)
    problem('缺少版本号 version（正整数）', 'version is missing or not a positive integer');
  if (json.title !== undefined && typeof json.title !== 'string') problem('标题 title 须为文字', 'title must be a string');
  if (!isText(json.source) || !SOURCE.test(json.source)) {
    problem(
      '缺少来源系统 source，或不是简短的小写系统名（如 "warning-platform"）',
      'source is missing or not a short lower-case system name',
    );
  }
  if (!isTextList(json.key)) problem('缺少来源编号列 key（列名数组）', 'key is missing or not a list of column names');
  if (json.units !== undefined && !isTextTable(json.units))
    problem('单位对照表 units 须为“文件中的单位 → 单位编号”', 'units must map texts to unit ids');
  for (const extra of Object.keys(json).filter((k) => !MAPPING_KEYS.includes(k)))
    problem(`未知属性“${extra}”`, `unknown property "${extra}"`);

  if (!Array.isArray(json.facts) || json.facts.length === 0) {
    problem('缺少事实列表 facts', 'facts is missing or empty');
  } else {
    const ids = new Set<string>();
    json.facts.forEach((fact: unknown, index) => {
      const at = { zh: `第 ${index + 1} 个事实`, en: `fact ${index + 1}` };
      if (!isObject(fact)) return problem(`${at.zh}须为对象`, `${at.en} must be an object`);
      const mutation = isText(fact.mutation) ? fact.mutation : undefined;
      if (mutation) Object.assign(at, { zh: `${at.zh}（${mutation}）`, en: `${at.en} (${mutation})` });
      for (const extra of Object.keys(fact).filter((k) => !FACT_KEYS.includes(k)))
        problem(`${at.zh}有未知属性“${extra}”`, `${at.en} has unknown property "${extra}"`);
      if (fact.id !== undefined && !isText(fact.id)) problem(`${at.zh}的 id 须为文字`, `${at.en}: id must be a string`);
      const id = isText(fact.id) ? fact.id : mutation;
      if (id && ids.has(id))
        problem(
          `${at.zh}与前面的事实重复：同一映射中同一 mutation 出现多次时，须以不同的 id 区分`,
          `${at.en} repeats an earlier one: give facts of the same mutation distinct ids`,
        );
      if (id) ids.add(id);
      if (fact.when !== undefined && !isText(fact.when)) problem(`${at.zh}的 when 须为列名`, `${at.en}: when must be a column name`);
      if (fact.if !== undefined && !isCondition(fact.if)) {
        problem(
          `${at.zh}的 if 须为 {"column": 列名, "equals": 文字或文字数组}`,
          `${at.en}: if must be {"column", "equals": string or strings}`,
        );
      }
      if (fact.key !== undefined && !isTextList(fact.key))
        problem(`${at.zh}的 key 须为列名数组`, `${at.en}: key must be a list of column names`);
      if (!mutation) {
        problem(`${at.zh}缺少 mutation`, `${at.en} has no mutation`);
      } else if (!Object.hasOwn(MUTATION_FIELDS, mutation)) {
        problem(`${at.zh}的 mutation“${mutation}”不是可导入的事实`, `${at.en}: "${mutation}" is not a fact mutation`);
      }
      if (fact.onChange !== undefined) checkCorrection(fact.onChange, at, problem);
      if (!isObject(fact.fields)) return problem(`${at.zh}缺少字段表 fields`, `${at.en} has no fields`);
      checkFields(fact.fields, mutation && Object.hasOwn(MUTATION_FIELDS, mutation) ? mutation : undefined, at, problem);
    });
  }
  if (problems.length > 0) throw new InvalidMappingError(name, problems);
  return json as unknown as Mapping;
}

/** onChange: a correction's mutation and fields, checked as a fact's are, its time optional (the import's). */
function checkCorrection(onChange: unknown, fact: { zh: string; en: string }, problem: (zh: string, en: string) => void) {
  const at = { zh: `${fact.zh}的更正 onChange`, en: `${fact.en}, onChange` };
  if (!isObject(onChange) || !isText(onChange.mutation) || !isObject(onChange.fields) || Object.keys(onChange).length !== 2) {
    return problem(`${at.zh}须为 {"mutation": 更正操作, "fields": 字段表}`, `${at.en} must be {"mutation", "fields"}`);
  }
  if (!Object.hasOwn(MUTATION_FIELDS, onChange.mutation)) {
    return problem(`${at.zh}的 mutation“${onChange.mutation}”不是可导入的事实`, `${at.en}: "${onChange.mutation}" is not a fact mutation`);
  }
  checkFields(onChange.fields, onChange.mutation, at, problem, ['occurredAt']);
}

function isCondition(v: unknown): boolean {
  return isObject(v) && isText(v.column) && (isText(v.equals) || isTextList(v.equals)) && Object.keys(v).length === 2;
}

function checkFields(
  fields: Json,
  mutation: string | undefined,
  at: { zh: string; en: string },
  problem: (zh: string, en: string) => void,
  filledByImporter: readonly string[] = [],
) {
  for (const [field, spec] of Object.entries(fields)) {
    const of = { zh: `${at.zh}的字段 ${field} `, en: `${at.en}, field ${field}` };
    if ((FIELDS_FROM_MAPPING as readonly string[]).includes(field)) {
      problem(
        `${of.zh}由映射自动填写（来源编号列 key、来源系统 source），不能另行指定`,
        `${of.en} is filled from the mapping's key and source`,
      );
      continue;
    }
    if (!isObject(spec)) {
      problem(`${of.zh}须为对象`, `${of.en} must be an object`);
      continue;
    }
    for (const extra of Object.keys(spec).filter((k) => !FIELD_KEYS.includes(k)))
      problem(`${of.zh}有未知属性“${extra}”`, `${of.en} has unknown property "${extra}"`);
    const sources = ['column', 'value'].filter((k) => spec[k] !== undefined);
    if (sources.length !== 1) {
      problem(
        `${of.zh}须且只能有 column（列，可加 convert 或 codes）或 value（常量）之一`,
        `${of.en} needs exactly one of column (with convert or codes) or value`,
      );
    } else if (spec.value !== undefined) {
      if (!['string', 'number', 'boolean'].includes(typeof spec.value))
        problem(`${of.zh}的 value 须为文字、数字或是否`, `${of.en}: value must be a string, number or boolean`);
      if (spec.convert !== undefined || spec.codes !== undefined || spec.optional !== undefined) {
        problem(`${of.zh}是常量 value，不能再有 convert、codes 或 optional`, `${of.en}: a value takes no convert, codes or optional`);
      }
    } else {
      if (!isText(spec.column)) problem(`${of.zh}的 column 须为列名`, `${of.en}: column must be a column name`);
      if (spec.convert !== undefined && !(CONVERTS as readonly unknown[]).includes(spec.convert)) {
        problem(
          `${of.zh}的转换“${String(spec.convert)}”未知，可用：${CONVERTS.join('、')}`,
          `${of.en}: unknown convert "${String(spec.convert)}"; use ${CONVERTS.join(', ')}`,
        );
      }
      if (spec.codes !== undefined) {
        if (spec.convert !== undefined) problem(`${of.zh}不能同时有 convert 和 codes`, `${of.en} cannot have both convert and codes`);
        if (!isTextTable(spec.codes) || Object.keys(spec.codes).length === 0)
          problem(`${of.zh}的代码表 codes 须为“文件中的文字 → 枚举名”`, `${of.en}: codes must map texts to enum names`);
      }
      if (spec.optional !== undefined && typeof spec.optional !== 'boolean')
        problem(`${of.zh}的 optional 须为 true 或 false`, `${of.en}: optional must be true or false`);
    }
  }
  if (!mutation) return;
  const { required, optional } = MUTATION_FIELDS[mutation];
  const known = [...required, ...optional, ...ENVELOPE_FIELDS.required, ...ENVELOPE_FIELDS.optional, ...FIELDS_FROM_MAPPING];
  for (const field of Object.keys(fields).filter((f) => !known.includes(f))) {
    problem(
      `${at.zh}没有字段 ${field}，可用：${known.filter((f) => !(FIELDS_FROM_MAPPING as readonly string[]).includes(f)).join('、')}`,
      `${at.en} has no field ${field}`,
    );
  }
  for (const field of [...ENVELOPE_FIELDS.required, ...required].filter(
    (f) => !Object.hasOwn(fields, f) && !filledByImporter.includes(f),
  )) {
    problem(`${at.zh}缺少必填字段 ${field}`, `${at.en} lacks the required field ${field}`);
  }
}
