import { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  getMetadataStorage,
} from 'class-validator';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileCaseInput } from '../facts/losses/graphql/loss.inputs';
import { RetractStrikeFactInput } from '../facts/strikes/graphql/strike.inputs';
import { InvalidInputError } from '../common/graphql/api-errors';
import { inputValidationPipe } from './validation.pipe';
import { CHINESE_CONSTRAINTS, chineseProblem } from '../common/graphql/validation-problems';

class Point {
  @IsString()
  @IsNotEmpty()
  text: string;
}

class Sample {
  @IsString()
  @IsNotEmpty()
  @MaxLength(5)
  title: string;

  @IsInt()
  @Min(1)
  @Max(3)
  count: number;

  @IsIn(['FRAUD', 'LOAN'])
  kind: string;

  @IsBoolean()
  urgent: boolean;

  @Matches(/^\d{4}-\d{2}$/)
  month: string;

  @ArrayNotEmpty()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  tags: string[];

  @IsNumber({ allowNaN: false })
  per: number;

  @ValidateNested({ each: true })
  @Type(() => Point)
  points: Point[];

  @IsOptional()
  @IsString()
  note?: string;
}

const asBody = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });

/** The problems the pipe reports for a value, in order. */
async function problems(value: unknown, metatype: ArgumentMetadata['metatype'] = Sample) {
  try {
    await inputValidationPipe.transform(value, asBody(metatype));
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).problems;
  }
  throw new Error('the value was accepted');
}

/** Chinese (a Han character before " / "), then " / " and the English. */
const CHINESE_FIRST = /^[^/]*\p{Script=Han}[^/]* \/ [A-Za-z"]/u;

describe('the validation pipe speaks Chinese first', () => {
  it('gives every default constraint a Chinese message naming the field, the English after it', async () => {
    const found = await problems({
      title: 'too long a title',
      count: 1.5,
      kind: 'MAGIC',
      urgent: 'yes',
      month: '2026/05',
      tags: ['a', 'a', ''],
      per: 'x',
      points: [{ text: '' }],
      note: 7,
    });
    expect(found).toEqual([
      { field: 'input.title', problem: 'title 不能超过 5 个字符 / title must be shorter than or equal to 5 characters' },
      { field: 'input.count', problem: 'count 须为整数 / count must be an integer number' },
      { field: 'input.kind', problem: 'kind 须为以下之一：FRAUD、LOAN / kind must be one of the following values: FRAUD, LOAN' },
      { field: 'input.urgent', problem: 'urgent 须为 true 或 false / urgent must be a boolean value' },
      { field: 'input.month', problem: 'month 格式不正确 / month must match /^\\d{4}-\\d{2}$/ regular expression' },
      { field: 'input.tags', problem: 'tags 的每一项不能为空 / each value in tags should not be empty' },
      { field: 'input.tags', problem: "tags 中有重复项 / All tags's elements must be unique" },
      { field: 'input.tags', problem: 'tags 最多 2 项 / tags must contain no more than 2 elements' },
      { field: 'input.per', problem: 'per 须为数字 / per must be a number conforming to the specified constraints' },
      { field: 'input.points.0.text', problem: 'text 不能为空 / text should not be empty' },
      { field: 'input.note', problem: 'note 须为字符串 / note must be a string' },
    ]);
    for (const { problem } of found) expect(problem).toMatch(CHINESE_FIRST);
  });

  it('names bounds and missing values in Chinese', async () => {
    const found = await problems({ title: '', count: 9, kind: 'LOAN', urgent: true, month: '2026-05', tags: [], per: 1, points: 'none' });
    expect(found).toEqual([
      { field: 'input.title', problem: 'title 不能为空 / title should not be empty' },
      { field: 'input.count', problem: 'count 不能大于 3 / count must not be greater than 3' },
      { field: 'input.tags', problem: 'tags 至少须有一项 / tags should not be empty' },
      {
        field: 'input.points',
        problem: 'points 的每一项须为对象或列表 / each value in nested property points must be either object or array',
      },
    ]);
  });

  it('keeps a message an input wrote in Chinese as it is', async () => {
    const found = await problems({ ...retraction, reason: 'typo' }, RetractStrikeFactInput);
    expect(found).toEqual([{ field: 'input.reason', problem: '更正理由须用中文填写 / reason must be written in Chinese' }]);
    const loss = await problems({ ...validCase, caseId: '', loss: -1 }, FileCaseInput);
    expect(loss).toEqual([
      { field: 'input.loss', problem: '财损不能为负数 / loss must not be negative' },
      { field: 'input.caseId', problem: 'caseId 不能为空 / caseId must not be empty' },
    ]);
  });

  it('makes the Chinese from the constraint in one place, with a Chinese fallback for one it does not know', () => {
    expect(chineseProblem('min', 'count', 'count must not be less than 1')).toBe('count 不能小于 1 / count must not be less than 1');
    expect(chineseProblem('arrayMinSize', 'ids', 'ids must contain at least 2 elements')).toBe(
      'ids 至少须有 2 项 / ids must contain at least 2 elements',
    );
    expect(chineseProblem('minLength', 'name', 'name must be longer than or equal to 2 characters')).toBe(
      'name 不能少于 2 个字符 / name must be longer than or equal to 2 characters',
    );
    expect(chineseProblem('isDateString', 'at', 'at must be a valid ISO 8601 date string')).toBe(
      'at 须为 ISO 8601 格式的日期时间 / at must be a valid ISO 8601 date string',
    );
    expect(chineseProblem('isUUID', 'id', 'id must be a UUID')).toBe('id 填写不符合要求 / id must be a UUID');
  });

  it('has Chinese for every constraint the inputs under src/ use, or a message of their own in Chinese', async () => {
    const src = join(__dirname, '..');
    // Loading a file registers its decorators.
    for (const file of sourceFiles(src).filter((f) => readFileSync(f, 'utf8').includes("from 'class-validator'"))) await import(file);
    const metadatas = [
      ...(getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationMetadataLike[]> }).validationMetadatas.values(),
    ]
      .flat()
      .filter((m) => m.type === 'customValidation' || m.type === 'nestedValidation');
    expect(metadatas.length).toBeGreaterThan(100);
    const untranslated = metadatas
      .filter((m) => !(typeof m.message === 'string' && /\p{Script=Han}/u.test(m.message)))
      .map((m) => (m.type === 'nestedValidation' ? 'nestedValidation' : String(m.name)))
      .filter((name) => !CHINESE_CONSTRAINTS.includes(name));
    expect([...new Set(untranslated)]).toEqual([]);
    const englishMessages = metadatas.filter(
      (m) => typeof m.message === 'string' && !/\p{Script=Han}/u.test(m.message) && m.type !== 'nestedValidation',
    );
    expect(englishMessages.map((m) => `${m.propertyName}: ${String(m.message)}`)).toEqual([]);
  });
});

interface ValidationMetadataLike {
  type: string;
  name?: string;
  propertyName: string;
  message?: unknown;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !relative(dir, path).includes('spec-helpers') ? [path] : [];
  });
}

const validCase = { unitId: 'st-a', caseId: 'AJ-9', fraudType: 'LOAN', loss: 100, occurredAt: '2026-04-17T09:00:00+08:00' };
const retraction = { unitId: 'st-a', operationId: 'OP-1', eventId: 'e-1', occurredAt: '2026-04-17T09:00:00+08:00' };
