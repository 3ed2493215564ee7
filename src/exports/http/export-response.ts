import { BadRequestException, NotFoundException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { bilingual } from '../../common/bilingual';
import { DomainRuleError } from '../../common/decider';
import { InvalidInputError, NotFoundError } from '../../common/graphql/api-errors';
import { contentDisposition } from '../../common/http/content-disposition';
import { sheetCsv } from '../domain/csv';
import { Sheet } from '../domain/sheet';
import { sheetsXlsx } from '../domain/xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export type Format = 'xlsx' | 'csv';

export function oneOf<T extends string>(field: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new InvalidInputError([
    {
      field,
      problem: bilingual(
        `须为 ${allowed.join('、')} 之一，实际为 ${value ?? '空'}`,
        `must be one of ${allowed.join(', ')}, got ${value ?? 'nothing'}`,
      ),
    },
  ]);
}

export function required(field: string, value: string | undefined): string {
  if (value) return value;
  throw new InvalidInputError([{ field, problem: bilingual('不能为空', 'is required') }]);
}

/** Refusals as HTTP statuses with the service's bilingual message: bad input or a broken rule 400, an unknown unit 404. */
export async function refusingBadInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidInputError) throw new BadRequestException({ message: error.message, problems: error.problems });
    if (error instanceof NotFoundError) throw new NotFoundException(error.message);
    if (error instanceof DomainRuleError) throw new BadRequestException({ message: error.message, field: error.field });
    throw error;
  }
}

/** One sheet as CSV (the first: a CSV file holds one table), or every sheet as one workbook. */
export async function send(reply: FastifyReply, sheets: Sheet[], format: Format, asciiName: string, chineseName: string) {
  reply.header('content-disposition', contentDisposition('attachment', `${asciiName}.${format}`, `${chineseName}.${format}`));
  if (format === 'csv') {
    reply.type('text/csv; charset=utf-8');
    return sheetCsv(sheets[0]);
  }
  reply.type(XLSX);
  return sheetsXlsx(sheets, new Date());
}
