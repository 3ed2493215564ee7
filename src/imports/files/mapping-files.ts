import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { bilingual } from '../../common/bilingual';
import { Mapping } from '../domain/mapping';
import { validateMapping } from '../domain/validate-mapping';

/**
 * The mappings shipped with the service: JSON beside the code, copied into dist by nest-cli.json's
 * assets, so this path holds both under ts-jest (src/) and at run time (dist/).
 */
export const MAPPINGS_DIR = join(__dirname, '..', 'mappings');

export interface MappingSummary {
  name: string;
  version: number;
  title?: string;
  source: string;
}

/** Every shipped mapping, by name; a broken one fails the listing, as it would fail its import. */
export async function listMappings(dir = MAPPINGS_DIR): Promise<MappingSummary[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const mappings = await Promise.all(files.map((f) => readMappingFile(join(dir, f))));
  return mappings.map(({ name, version, title, source }) => ({ name, version, source, ...(title !== undefined ? { title } : {}) }));
}

/**
 * A shipped mapping by name, or a bureau's own mapping file by its path (a name with a slash or
 * ending in .json), validated.
 */
export async function loadMapping(nameOrPath: string, dir = MAPPINGS_DIR): Promise<Mapping> {
  if (nameOrPath.endsWith('.json') || /[\\/]/.test(nameOrPath)) return readMappingFile(nameOrPath);
  const names = (await readdir(dir)).filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json'));
  if (!names.includes(nameOrPath)) {
    throw new Error(
      bilingual(
        `没有名为“${nameOrPath}”的导入映射，可用：${names.join('、')}`,
        `no import mapping named "${nameOrPath}"; there are: ${names.join(', ')}`,
      ),
    );
  }
  const mapping = await readMappingFile(join(dir, `${nameOrPath}.json`));
  if (mapping.name !== nameOrPath) {
    throw new Error(
      bilingual(
        `导入映射文件 ${nameOrPath}.json 中的名称是“${mapping.name}”，应与文件名一致`,
        `mapping file ${nameOrPath}.json names itself "${mapping.name}": the name must match the file`,
      ),
    );
  }
  return mapping;
}

async function readMappingFile(path: string): Promise<Mapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(bilingual(`无法读取导入映射文件“${path}”：${String(error)}`, `cannot read mapping file ${path}: ${String(error)}`));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(
      bilingual(`导入映射文件“${path}”不是有效的 JSON：${String(error)}`, `mapping file ${path} is not valid JSON: ${String(error)}`),
    );
  }
  return validateMapping(json);
}
