/**
 * Lints texts as if they were files of src/, with the layers rule alone (no type checker, so it
 * takes a second, not a minute). Reads [{ file, source }] as JSON on stdin, prints each file's
 * messages as "rule: message" lines, one JSON array per file.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { layersConfig } from '../../eslint-layers.mjs';

const cases = JSON.parse(
  await new Promise((resolve) => {
    let input = '';
    process.stdin.on('data', (chunk) => (input += chunk)).on('end', () => resolve(input));
  }),
);
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, layersConfig],
});
const results = [];
for (const { file, source } of cases) {
  const [result] = await eslint.lintText(source, { filePath: file });
  results.push(result.messages.map((m) => `${m.ruleId}: ${m.message}`));
}
console.log(JSON.stringify(results));
