/**
 * A graphql-codegen plugin: each enum of the schema whose every value is described, with those
 * descriptions as the values' Chinese labels (FraudType.INVESTMENT → 虚假投资理财), so the screens
 * offer enums as the service names them without a copy of its label maps. Brackets in Chinese are
 * written full-width, as officers read them.
 */
const { isEnumType } = require('graphql');

const FULL_WIDTH = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；' };
const label = (text) => (/\p{Script=Han}/u.test(text) ? text.replace(/[(),:;]/g, (c) => FULL_WIDTH[c]) : text).trim();

module.exports = {
  plugin(schema) {
    const enums = Object.values(schema.getTypeMap())
      .filter((type) => isEnumType(type) && !type.name.startsWith('__'))
      .filter((type) => type.getValues().every((value) => value.description))
      .sort((a, b) => a.name.localeCompare(b.name));
    const entries = enums.map((type) => {
      const values = type.getValues().map((value) => `    ${value.name}: ${JSON.stringify(label(value.description))},`);
      return `  ${type.name}: {\n${values.join('\n')}\n  },`;
    });
    return [
      '/** Each described enum of the schema, its values with their Chinese labels. */',
      `export const ENUM_LABELS = {\n${entries.join('\n')}\n} as const;`,
      '',
    ].join('\n');
  },
};
