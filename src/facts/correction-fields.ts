import { bilingual } from '../common/bilingual';
import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { ExternalId } from '../common/graphql/external-id.decorator';

/** Why a recorded fact is corrected: required, in Chinese, since officers and appeal reviews read it. */
export function CorrectionReason() {
  return applyDecorators(
    Field({ description: '更正理由(中文)' }),
    IsString(),
    IsNotEmpty({ message: bilingual('须写明更正理由', 'reason must say why the fact is corrected') }),
    MaxLength(500),
    Matches(/\p{Script=Han}/u, { message: bilingual('更正理由须用中文填写', 'reason must be written in Chinese') }),
  );
}

/** The recorded event a correction takes back or amends, as explainScore and appeals list it. */
export const CorrectedEventId = () => ExternalId('The id of the recorded event corrected, as explainScore lists it');
